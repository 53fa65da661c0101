package io.github.gluelabels.fake.internal.http;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where WireMock meets the fake: every request WireMock receives comes here, is turned into a
 * {@link FakeRequest}, answered by the fake, and the {@link FakeResponse} turned back into a WireMock response —
 * streamed when it is an S3 object.
 */
public final class Dispatcher implements ResponseTransformerV2 {

  /** The name WireMock knows this extension by. */
  public static final String NAME = "glue-labels-fake";

  private final Function<FakeRequest, FakeResponse> handler;

  /**
   * @param handler answers one request
   */
  public Dispatcher(Function<FakeRequest, FakeResponse> handler) {
    this.handler = handler;
  }

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
    if (computed != null) {
      // answered in the filter chain already; WireMock only sends it, with its fault or delay
      return toWireMock(stubbed, computed);
    }
    Request request = serveEvent.getRequest();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      // a header sent twice comes as two: keep every value
      headers.computeIfAbsent(header.key(), k -> new ArrayList<>()).addAll(header.values());
    }
    // the bytes as sent, from RequestBodies; WireMock's own copy would be un-gzipped
    byte[] body = RequestBodies.current();
    if (body == null) {
      body = request.getBody();
    }
    FakeRequest fakeRequest = new FakeRequest(request.getMethod().getName(), request.getUrl(), headers,
        body == null ? new byte[0] : body, FakeRequest.newRequestId());
    FakeResponse answer = handler.apply(fakeRequest);
    return toWireMock(stubbed, answer);
  }

  private static Response toWireMock(Response stubbed, FakeResponse answer) {
    Response.Builder builder = Response.Builder.like(stubbed).but();
    if (answer.drop() != null) {
      return builder.fault(answer.drop() == FakeResponse.Drop.RESET ? Fault.CONNECTION_RESET_BY_PEER
          : Fault.EMPTY_RESPONSE).build();
    }
    List<HttpHeader> headers = new ArrayList<>();
    boolean hasLength = false;
    for (Map.Entry<String, String> h : answer.headers()) {
      headers.add(new HttpHeader(h.getKey(), h.getValue()));
      hasLength |= h.getKey().equalsIgnoreCase("Content-Length");
    }
    if (!hasLength && answer.status() != 204 && answer.status() != 304) {
      headers.add(new HttpHeader("Content-Length", Long.toString(answer.bodyLength())));
    }
    builder.status(answer.status()).headers(new HttpHeaders(headers)).body(answer::openBody);
    if (!answer.delay().isZero()) {
      builder.incrementInitialDelay(answer.delay().toMillis());
    }
    return builder.build();
  }
}
