package io.github.gluelabels.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP exchange over a plain socket, for requests no HTTP client would send: a broken chunk, a body cut short, a
 * body trickled a byte at a time. Reads the answer until the server closes the connection or the read times out.
 */
final class RawExchange implements AutoCloseable {

    private final Socket socket;

    RawExchange(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(readTimeoutMillis);
    }

    RawExchange send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    /** Ends what this side sends: the server sees the end of the stream (a body cut short). */
    RawExchange endSending() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** @return the answer read to the server's close; what came before a read timed out, with a note of it */
    String answer() throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            answer.append("\n(no more within the read timeout)");
        } catch (IOException e) {
            answer.append("\n(").append(e).append(")");
        }
        return answer.toString();
    }

    /** @return whether an answer has the marks of a server error page: HTML, or a Java stack trace */
    static boolean looksLikeAnErrorPage(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        return lower.contains("text/html")
                || lower.contains("<html")
                || answer.contains("\tat ")
                || answer.contains("Exception: ")
                || lower.contains("jetty");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
