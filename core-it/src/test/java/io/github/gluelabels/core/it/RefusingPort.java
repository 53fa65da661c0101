package io.github.gluelabels.core.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * A loopback port where nothing listens for as long as this is open: a socket bound to it but neither listening nor
 * connected holds it, so that no other program can listen there meanwhile and every connection is refused. Unlike a
 * fixed port (such as 9) or a port picked and let go, nothing else on the machine can change what a test sees.
 */
final class RefusingPort implements AutoCloseable {

    private final Socket holder = new Socket();

    RefusingPort() {
        try {
            holder.setReuseAddress(false);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("could not hold a loopback port", e);
        }
    }

    /** @return {@code http://127.0.0.1:PORT} for the port held */
    URI endpoint() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + holder.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        holder.close();
    }
}
