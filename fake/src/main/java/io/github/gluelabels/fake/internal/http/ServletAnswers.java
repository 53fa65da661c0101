package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/** Writes the fake's answers onto Jetty's responses. */
final class ServletAnswers {

    private ServletAnswers() {}

    /** Writes the answer as WireMock would: its status, its headers with a Content-Length, the body unless it has none. */
    static void write(String method, FakeResponse answer, HttpServletResponse out) throws IOException {
        out.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headersToSend()) {
            out.addHeader(header.getKey(), header.getValue());
        }
        if (answer.hasNoBody() || method.equals("HEAD")) {
            return;
        }
        try (InputStream in = answer.openBody()) {
            OutputStream stream = out.getOutputStream();
            in.transferTo(stream);
        }
    }

    /**
     * Writes a refusal and closes the connection: what is left of the request's body is never read, so the connection
     * cannot carry another request. Does nothing when an answer has been sent already.
     *
     * @return whether it was written
     */
    static boolean refuse(String method, FakeResponse answer, HttpServletResponse out) throws IOException {
        if (out.isCommitted()) {
            return false;
        }
        out.reset();
        out.setHeader("Connection", "close");
        write(method, answer, out);
        out.flushBuffer();
        return true;
    }
}
