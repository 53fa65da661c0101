package io.github.gluelabels.fake.internal.http;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where WireMock sends the fake's answers that need one of its faults: {@link DirectAnswers} answered the request in
 * the filter chain and left the answer here, and this turns it into a WireMock response — a reset or empty
 * connection, a delay, a body cut short — streamed when it is an S3 object.
 */
public final class Dispatcher implements ResponseTransformerV2 {

    /** The name WireMock knows this extension by. */
    public static final String NAME = "glue-labels-fake";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public Response transform(Response stubbed, ServeEvent serveEvent) {
        FakeResponse computed = DirectAnswers.computed();
        if (computed == null) {
            // every request of the fake's context passes DirectAnswers, which answers it or leaves its answer here
            throw new IllegalStateException("A request reached WireMock without the fake's answer: "
                    + serveEvent.getRequest().getMethod() + " "
                    + serveEvent.getRequest().getUrl());
        }
        return toWireMock(stubbed, computed);
    }

    private static Response toWireMock(Response stubbed, FakeResponse answer) {
        Response.Builder builder = Response.Builder.like(stubbed).but();
        if (answer.drop() != null) {
            return builder.fault(
                            answer.drop() == FakeResponse.Drop.RESET
                                    ? Fault.CONNECTION_RESET_BY_PEER
                                    : Fault.EMPTY_RESPONSE)
                    .build();
        }
        List<HttpHeader> headers = new ArrayList<>();
        for (Map.Entry<String, String> h : answer.headersToSend()) {
            headers.add(new HttpHeader(h.getKey(), h.getValue()));
        }
        builder.status(answer.status()).headers(new HttpHeaders(headers)).body(answer::openBody);
        if (!answer.delay().isZero()) {
            builder.incrementInitialDelay(answer.delay().toMillis());
        }
        return builder.build();
    }
}
