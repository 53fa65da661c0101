package io.github.gluelabels.core.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.LongSupplier;

/** One direction of a test proxy's connection: copies bytes from one socket to another, on a daemon thread. */
final class SocketPipe {

    private static final int CHUNK = 4096;

    private SocketPipe() {}

    /**
     * Copies until either side closes, then closes both.
     *
     * @param bytesPerSecond how many bytes pass per second, read before each chunk; 0 for full speed
     */
    static void start(Socket from, Socket to, LongSupplier bytesPerSecond, String name) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[CHUNK];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            out.write(buffer, 0, n);
                            out.flush();
                            long rate = bytesPerSecond.getAsLong();
                            if (rate > 0) {
                                Thread.sleep(n * 1000L / rate);
                            }
                        }
                    } catch (IOException e) {
                        // one side closed: close the other too
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
