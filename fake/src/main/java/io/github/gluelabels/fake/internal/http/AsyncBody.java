package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Reads a request body that has not arrived yet without holding a thread: Jetty calls back as its bytes come. A client
 * that trickles its body, or stops sending it, costs a connection and the bytes it sent, never one of the server's
 * threads, so it cannot starve the clients that send theirs. The whole body must arrive within the body read timeout;
 * when it has, the request is dispatched again and answered as one whose body came at once.
 */
final class AsyncBody implements ReadListener, AsyncListener {

    private static final int CHUNK = 1 << 16;

    private final RequestBodies owner;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ServletInputStream in;
    private final AsyncContext async;
    private final BodyBudget.Hold hold;
    private final long limit;
    private final long timeoutMillis;
    /** The body when its length is announced (its bytes are held already); null when it is not. */
    private final byte[] announced;

    private int filled;
    /** The body so far when no length is announced, in chunks, so that the heap it takes stays within the limit. */
    private final List<byte[]> chunks = new ArrayList<>();

    private long size;
    private boolean finished;

    private AsyncBody(
            RequestBodies owner,
            HttpServletRequest request,
            HttpServletResponse response,
            ServletInputStream in,
            AsyncContext async,
            BodyBudget.Hold hold,
            long declared,
            long limit,
            long timeoutMillis) {
        this.owner = owner;
        this.request = request;
        this.response = response;
        this.in = in;
        this.async = async;
        this.hold = hold;
        this.limit = limit;
        this.timeoutMillis = timeoutMillis;
        this.announced = declared >= 0 ? new byte[(int) declared] : null;
    }

    /**
     * Starts reading the body; the hold passes to the reader, which gives it back however the request ends.
     *
     * @param declared the announced length, or -1
     * @param timeoutMillis how long the whole body may take; 0 for no bound
     */
    static void start(
            RequestBodies owner,
            HttpServletRequest request,
            HttpServletResponse response,
            ServletInputStream in,
            BodyBudget.Hold hold,
            long declared,
            long limit,
            long timeoutMillis) {
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeoutMillis);
        AsyncBody body = new AsyncBody(owner, request, response, in, async, hold, declared, limit, timeoutMillis);
        async.addListener(body);
        in.setReadListener(body);
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
        while (!finished && in.isReady()) {
            if (announced != null) {
                // once it is full, a read finds the end of the body (Jetty keeps to the Content-Length)
                int n = filled < announced.length ? in.read(announced, filled, announced.length - filled) : in.read();
                if (n < 0) {
                    return;
                }
                filled += filled < announced.length ? n : 0;
            } else {
                byte[] chunk = new byte[CHUNK];
                int n = in.read(chunk);
                if (n < 0) {
                    return;
                }
                size += n;
                if (size > limit) {
                    end(owner.policy().refuse(RequestBodies.withoutBody(request), -1, limit));
                    return;
                }
                if (!hold.take(n)) {
                    end(owner.policy()
                            .refuse(
                                    RequestBodies.withoutBody(request),
                                    Refusal.BUSY,
                                    RequestBodies.busy(owner.budget())));
                    return;
                }
                chunks.add(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
            }
        }
    }

    @Override
    public synchronized void onAllDataRead() {
        if (finished) {
            return;
        }
        byte[] body = announced;
        if (body == null) {
            // the chunks and the body they make are both held while it is made
            if (!hold.take(size)) {
                end(owner.policy()
                        .refuse(RequestBodies.withoutBody(request), Refusal.BUSY, RequestBodies.busy(owner.budget())));
                return;
            }
            body = join();
            hold.giveBack(size);
        }
        finished = true;
        request.setAttribute(RequestBodies.READ_BODY, new RequestBodies.ReadBody(body, hold));
        async.dispatch();
    }

    private byte[] join() {
        byte[] body = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, body, at, chunk.length);
            at += chunk.length;
        }
        chunks.clear();
        return body;
    }

    @Override
    public synchronized void onError(Throwable failure) {
        if (!finished) {
            Refusal why = RequestBodies.classify(failure);
            end(owner.policy()
                    .refuse(
                            RequestBodies.withoutBody(request),
                            why,
                            why == Refusal.BODY_TIMEOUT
                                    ? "the connection was idle while the body came (" + received() + " bytes received)"
                                    : "the body broke off after " + received() + " bytes" + announcedLength() + ": "
                                            + RequestBodies.reason(failure)));
        }
    }

    @Override
    public synchronized void onTimeout(AsyncEvent event) {
        if (!finished) {
            end(owner.policy()
                    .refuse(
                            RequestBodies.withoutBody(request),
                            Refusal.BODY_TIMEOUT,
                            "the body did not arrive "
                                    + "whole within the body read timeout of " + timeoutMillis + " ms (" + received()
                                    + " bytes received"
                                    + announcedLength() + ")"));
        }
    }

    /** The end of the request, however it ended (the dispatch that answers a whole body gives the hold back first). */
    @Override
    public void onComplete(AsyncEvent event) {
        hold.release();
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}

    private long received() {
        return announced != null ? filled : size;
    }

    private String announcedLength() {
        return announced != null ? " of the " + announced.length + " its Content-Length announced" : "";
    }

    /** Answers with a refusal, closes the connection and gives the budget back. */
    private void end(FakeResponse answer) {
        finished = true;
        chunks.clear();
        try {
            ServletAnswers.refuse(request.getMethod(), answer, response);
        } catch (IOException | RuntimeException e) {
            // the client is gone; nothing is left to answer
        } finally {
            hold.release();
            async.complete();
        }
    }
}
