package io.github.gluelabels.core.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback in front of a server, whose answers it can slow down to a given rate: a download through it
 * takes long enough for a test to kill the process that downloads, mid-file. Requests pass at full speed.
 */
final class ThrottlingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile long bytesPerSecond;

    /** @param target the server, on loopback */
    ThrottlingProxy(URI target) throws IOException {
        this.targetPort = target.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "throttling-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the proxy's endpoint, e.g. {@code http://127.0.0.1:41234} */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** @param rate how many bytes of answers per second pass from now on; 0 for full speed */
    void answersPerSecond(long rate) {
        this.bytesPerSecond = rate;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                SocketPipe.start(client, server, () -> 0, "throttling-proxy-requests");
                SocketPipe.start(server, client, () -> bytesPerSecond, "throttling-proxy-answers");
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(SocketPipe::closeQuietly);
    }
}
