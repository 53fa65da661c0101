package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error handler, replaced: where Jetty would answer an HTML page (with a stack trace, when a request failed
 * with an exception), the fake answers its service's modelled error — Glue JSON or S3 XML for a request, S3 XML for
 * bytes that are not a request at all. Installed on the server (for what fails before a request exists) and on both
 * servlet contexts (for what fails inside one, and for the status codes Jetty sends by itself).
 */
final class ModelledErrors extends ErrorHandler {

    private final RequestBodies.Policy policy;

    ModelledErrors(RequestBodies.Policy policy) {
        this.policy = policy;
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Every method gets an answer with a body, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus();
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Refusal why;
        if (failure instanceof Error || failure instanceof RuntimeException || status >= 500) {
            why = Refusal.INTERNAL;
        } else if (status == 408) {
            why = Refusal.BODY_TIMEOUT;
        } else {
            why = Refusal.BAD_REQUEST;
        }
        String detail = failure != null
                ? RequestBodies.describe(failure)
                : "HTTP " + status + (message == null ? "" : " " + message);
        ServletAnswers.refuse(
                request.getMethod(), policy.refuse(RequestBodies.withoutBody(request), why, detail), response);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        FakeResponse answer = policy.belowHttp(status, reason == null ? "HTTP " + status : reason);
        for (Map.Entry<String, String> header : answer.headers()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeader.CONTENT_LENGTH.asString())) {
                fields.put(header.getKey(), header.getValue());
            }
        }
        try (InputStream in = answer.openBody()) {
            return ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
