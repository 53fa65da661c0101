package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;

/**
 * Reads every request body before WireMock does, within limits, and hands it to {@link DirectAnswers} as it came.
 *
 * <p>WireMock reads a body whole into the heap, whatever its size, before any extension sees the request, on one of
 * the server's threads for as long as the body takes. Here a body is refused when it is over its limit (before it is
 * read when its {@code Content-Length} says so, as soon as it passes the limit otherwise) or when it does not fit in
 * the {@link BodyBudget} of all bodies in flight; a body that is not there yet is read without holding a thread
 * ({@link AsyncBody}) and must arrive within the body read timeout. And WireMock un-gzips every body that starts with
 * the gzip magic bytes, {@code Content-Encoding} or not, which would store a {@code .gz} object decompressed; WireMock
 * finds the body read to its end, and the fake gets the bytes as sent.
 *
 * <p>Whatever goes wrong on the way — a body cut short, a broken chunk, a timeout, the fake failing, out of memory
 * included — is answered with the service's modelled error, never with Jetty's page.
 */
public final class RequestBodies implements Filter {

    /** What the fake decides about a request from its method, path and headers, and how it words refusals. */
    public interface Policy {

        /**
         * @param method the request's method
         * @param path the request's path, as sent
         * @param target its {@code X-Amz-Target} header, or {@code null}
         * @param contentType its {@code Content-Type} header, or {@code null}
         * @return the most bytes its body may have
         */
        long limit(String method, String path, String target, String contentType);

        /**
         * @param request the request without its body
         * @param size the size of its body, or -1 when it is not announced (then it is more than the limit)
         * @param limit the limit it passes
         * @return the modelled error to answer with
         */
        FakeResponse refuse(FakeRequest request, long size, long limit);

        /**
         * @param request the request without its body
         * @param why why it is refused
         * @param detail what happened, in words, for the message
         * @return the modelled error to answer with
         */
        FakeResponse refuse(FakeRequest request, Refusal why, String detail);

        /**
         * @param status the status Jetty answers bytes it cannot read as a request with
         * @param reason why, in Jetty's words
         * @return the modelled error to answer with: there is no request to tell the service by
         */
        FakeResponse belowHttp(int status, String reason);
    }

    /** The request attribute that carries a body read by {@link AsyncBody} to the dispatch that answers it. */
    static final String READ_BODY = RequestBodies.class.getName() + ".body";

    /** A body read whole, and the budget it holds until its request is answered. */
    @SuppressWarnings("ArrayRecordComponent") // carries the bytes read, never compared or hashed
    record ReadBody(byte[] body, BodyBudget.Hold hold) {}

    private static final ThreadLocal<byte[]> CURRENT = new ThreadLocal<>();

    private final Policy policy;
    private final BodyBudget budget;
    private final long readTimeoutMillis;

    /**
     * @param policy the limits and the errors of refused requests
     * @param budget the memory budget of all bodies in flight
     * @param readTimeoutMillis how long a body may take to arrive whole; 0 for no bound
     */
    public RequestBodies(Policy policy, BodyBudget budget, long readTimeoutMillis) {
        this.policy = policy;
        this.budget = budget;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /**
     * The body of the request being handled on this thread, as sent.
     *
     * @return the body, or {@code null} when the request did not come through this filter
     */
    static byte[] current() {
        return CURRENT.get();
    }

    Policy policy() {
        return policy;
    }

    BodyBudget budget() {
        return budget;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getDispatcherType() == DispatcherType.ASYNC) {
            answerReadBody(http, answer, chain);
            return;
        }
        // the limit needs only these; the whole request is built only to answer a refusal
        long limit = policy.limit(
                http.getMethod(), http.getRequestURI(), http.getHeader("X-Amz-Target"), http.getContentType());
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            ServletAnswers.refuse(http.getMethod(), policy.refuse(withoutBody(http), declared, limit), answer);
            return;
        }
        BodyBudget.Hold hold = budget.hold();
        if (!hold.take(declared)) {
            ServletAnswers.refuse(
                    http.getMethod(), policy.refuse(withoutBody(http), Refusal.BUSY, busy(budget)), answer);
            return;
        }
        readAndAnswer(http, answer, chain, hold, limit);
    }

    /** The dispatch after {@link AsyncBody} read a body without a thread: answers the request with it. */
    private void answerReadBody(HttpServletRequest http, HttpServletResponse answer, FilterChain chain)
            throws IOException, ServletException {
        if (http.getAttribute(READ_BODY) instanceof ReadBody read) {
            http.removeAttribute(READ_BODY);
            try {
                answer(http, answer, chain, read.body());
            } finally {
                read.hold().release();
            }
        }
    }

    /**
     * Answers with the body when it is at hand, or has {@link AsyncBody} read it without a thread; refuses a body that
     * broke off. Releases {@code hold} once the request is answered.
     */
    private void readAndAnswer(
            HttpServletRequest http, HttpServletResponse answer, FilterChain chain, BodyBudget.Hold hold, long limit)
            throws IOException, ServletException {
        long declared = http.getContentLengthLong();
        ServletInputStream in;
        byte[] body;
        try {
            // asking for the stream sends "100 Continue" to a client that waits for it: only once the body is wanted
            in = http.getInputStream();
            body = bodyAtHand(in, declared);
        } catch (IOException | BadMessageException e) {
            hold.release();
            Refusal why = classify(e);
            ServletAnswers.refuse(
                    http.getMethod(),
                    policy.refuse(withoutBody(http), why, "the body broke off: " + reason(e)),
                    answer);
            return;
        }
        if (body == null) {
            try {
                AsyncBody.start(this, http, answer, in, hold, declared, limit, readTimeoutMillis);
            } catch (RuntimeException e) {
                hold.release();
                throw e;
            }
            return;
        }
        try {
            answer(http, answer, chain, body);
        } finally {
            hold.release();
        }
    }

    /** @return the body when it is all here already, so that reading it cannot wait; {@code null} otherwise */
    private static byte[] bodyAtHand(ServletInputStream in, long declared) throws IOException {
        if (declared == 0 || (declared < 0 && in.isFinished())) {
            return new byte[0];
        }
        if (declared > 0 && in.available() >= declared) {
            return in.readNBytes((int) declared);
        }
        return null;
    }

    /** Answers the request with its body; a failure of the fake is answered as the service's internal error. */
    private void answer(HttpServletRequest http, HttpServletResponse response, FilterChain chain, byte[] body)
            throws IOException, ServletException {
        CURRENT.set(body);
        try {
            chain.doFilter(http, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (response.isCommitted()) {
                throw e;
            }
            ServletAnswers.refuse(
                    http.getMethod(), policy.refuse(withoutBody(http), Refusal.INTERNAL, describe(e)), response);
        } finally {
            CURRENT.remove();
        }
    }

    /** @return what the fake failed on, for the message of an internal error */
    static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "it ran out of memory (" + failure.getMessage() + "; the JVM's heap is "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)";
        }
        return String.valueOf(failure);
    }

    /**
     * @return why reading a body failed, in the words of the innermost cause that has some, without class names: the
     *     client needs the what, not the server's insides
     */
    static String reason(Throwable failure) {
        String reason = null;
        for (Throwable cause = failure; cause != null && reason == null; cause = cause.getCause()) {
            reason = cause.getMessage();
            if (cause.getCause() == cause) {
                break;
            }
        }
        return reason == null ? "the connection failed" : reason;
    }

    static String busy(BodyBudget budget) {
        return "the request bodies in flight hold " + budget.taken() + " of the " + budget.limit()
                + " bytes the fake gives them (FakeGlueServer.Builder.bodyBudgetBytes, --body-budget)";
    }

    /** @return what a failure while reading a body means: a timeout, or a body that is cut short or malformed */
    static Refusal classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException
                    || (cause instanceof BadMessageException bad && bad.getCode() == 408)) {
                return Refusal.BODY_TIMEOUT;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Refusal.INCOMPLETE_BODY;
    }

    static FakeRequest withoutBody(HttpServletRequest http) {
        String query = http.getQueryString();
        return new FakeRequest(
                http.getMethod(),
                http.getRequestURI() + (query == null ? "" : "?" + query),
                DirectAnswers.headers(http),
                new byte[0],
                FakeRequest.newRequestId());
    }
}
