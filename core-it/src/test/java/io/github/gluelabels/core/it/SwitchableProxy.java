package io.github.gluelabels.core.it;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP proxy on loopback in front of a server, that can be taken down — its port closed, its connections cut, so
 * that a client's connections are refused as by a dead host — and brought up again on the same port: a network blip.
 *
 * <p>Its port is chosen below 32768, outside the ranges operating systems hand out for outgoing connections (Linux
 * 32768–60999, macOS and Windows 49152–65535), so that no other connection takes it while the proxy is down.
 */
final class SwitchableProxy implements AutoCloseable {

    private static final int LOWEST_PORT = 20_000;
    private static final int HIGHEST_PORT = 32_000;

    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    /** @param target the server, on loopback; the proxy starts up */
    SwitchableProxy(URI target) throws IOException {
        this.targetPort = target.getPort();
        ServerSocket bound = null;
        for (int tries = 0; bound == null; tries++) {
            try {
                bound = bind(ThreadLocalRandom.current().nextInt(LOWEST_PORT, HIGHEST_PORT));
            } catch (BindException taken) {
                if (tries == 100) {
                    throw taken;
                }
            }
        }
        this.port = bound.getLocalPort();
        serve(bound);
    }

    /** @return the proxy's endpoint, e.g. {@code http://127.0.0.1:23456} */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Closes the port and cuts every connection: from now on, connections are refused. */
    synchronized void down() throws IOException {
        listener.close();
        sockets.forEach(SocketPipe::closeQuietly);
        sockets.clear();
    }

    /** Opens the port again. */
    synchronized void up() throws IOException {
        if (listener.isClosed()) {
            serve(bind(port));
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    private void serve(ServerSocket socket) {
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "switchable-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                SocketPipe.start(client, server, () -> 0, "switchable-proxy-requests");
                SocketPipe.start(server, client, () -> 0, "switchable-proxy-answers");
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        down();
    }
}
