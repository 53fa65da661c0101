package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.BodyBudget;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.http.HttpFront;
import io.github.gluelabels.fake.internal.http.RequestBodies;
import java.util.function.Function;

/**
 * The port of one {@link FakeGlueServer}, through its {@link HttpFront}: opened at start, by
 * {@link FakeGlueServer#listen()} or on demand, and closed at stop. The server decides when; this knows how.
 */
final class ServerPort {

    private final ServerSettings settings;
    private final RequestPolicy policy;
    private final BodyBudget bodyBudget;
    private final Function<FakeRequest, FakeResponse> handler;
    /** The HTTP front; null while the server is in process. */
    private volatile HttpFront front;

    ServerPort(
            ServerSettings settings,
            RequestPolicy policy,
            BodyBudget bodyBudget,
            Function<FakeRequest, FakeResponse> handler) {
        this.settings = settings;
        this.policy = policy;
        this.bodyBudget = bodyBudget;
        this.handler = handler;
    }

    /** Opens the port; warns when it is not on loopback. */
    synchronized void open() {
        HttpFront started = HttpFront.start(
                new HttpFront.Listening(
                        settings.port(),
                        settings.bindAddress(),
                        settings.containerThreads(),
                        settings.idleTimeout() == null
                                ? null
                                : settings.idleTimeout().toMillis()),
                new RequestBodies(policy, bodyBudget, settings.bodyReadTimeout().toMillis()),
                handler);
        front = started;
        if (!Exposure.isLoopback(settings.bindAddress())) {
            settings.warnings().accept(Exposure.warning(settings.bindAddress(), started.port()));
        }
    }

    /**
     * Opens the port unless it is open already.
     *
     * @throws IllegalStateException when the port cannot be opened
     */
    synchronized void openIfClosed() {
        if (front == null) {
            try {
                open();
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "Cannot open the fake Glue server's port on " + settings.bindAddress() + ":" + settings.port()
                                + ": " + e.getMessage(),
                        e);
            }
        }
    }

    /** @return whether no port is open */
    boolean isClosed() {
        return front == null;
    }

    /**
     * @return the open port
     * @throws IllegalStateException when no port is open
     */
    int port() {
        HttpFront open = front;
        if (open == null) {
            throw new IllegalStateException(
                    "The fake Glue server runs in process and listens on no port; call it through "
                            + "inProcessHttpClient()");
        }
        return open.port();
    }

    /** Closes the port, if one is open. */
    synchronized void close() {
        if (front != null) {
            front.stop();
        }
    }
}
