package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the fake's requests in the servlet filter chain, after {@link RequestBodies} has read the body: a plain
 * answer (no fault) is written here, without WireMock's stub matching, serve event and response-transformer
 * pipeline, which cost the fake's round trip about a tenth of its CPU time over a static stub's. An answer that
 * misbehaves — a dropped connection, a delay, a body cut short — goes on to WireMock, whose {@link Dispatcher} sends
 * the answer computed here (the request is answered once) with WireMock's faults.
 */
final class DirectAnswers implements Filter {

    private static final ThreadLocal<FakeResponse> COMPUTED = new ThreadLocal<>();

    private final Function<FakeRequest, FakeResponse> handler;

    DirectAnswers(Function<FakeRequest, FakeResponse> handler) {
        this.handler = handler;
    }

    /** @return the answer computed for the request being handled on this thread, or {@code null} */
    static FakeResponse computed() {
        return COMPUTED.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = RequestBodies.current();
        if (body == null
                || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        String query = http.getQueryString();
        FakeResponse answer = handler.apply(new FakeRequest(
                http.getMethod(),
                http.getRequestURI() + (query == null ? "" : "?" + query),
                headers(http),
                body,
                FakeRequest.newRequestId()));
        if (!answer.isPlain()) {
            COMPUTED.set(answer);
            try {
                chain.doFilter(request, response);
            } finally {
                COMPUTED.remove();
            }
            return;
        }
        ServletAnswers.write(http.getMethod(), answer, out);
    }

    /** Every header as sent, repeated ones with all their values. */
    static Map<String, List<String>> headers(HttpServletRequest http) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Enumeration<String> names = http.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            List<String> values = new ArrayList<>(1);
            for (Enumeration<String> each = http.getHeaders(name); each.hasMoreElements(); ) {
                values.add(each.nextElement());
            }
            headers.put(name, values);
        }
        return headers;
    }

    @Override
    public void destroy() {}
}
