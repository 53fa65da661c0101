package io.github.gluelabels.fake.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Reads every request body before WireMock does, up to a limit, and hands it to {@link DirectAnswers} as it came.
 *
 * <p>Two reasons. WireMock reads a body whole into the heap, whatever its size, before any extension sees the request;
 * here a body over its limit is refused before it is read when its {@code Content-Length} says so, and as soon as it
 * passes the limit otherwise, so that no request costs more heap than the limit. And WireMock un-gzips every body that
 * starts with the gzip magic bytes, {@code Content-Encoding} or not, which would store a {@code .gz} object
 * decompressed (and turns a small body into a large one); WireMock finds the body read to its end, and the fake gets
 * the bytes as sent.
 *
 * <p>The body travels to {@link DirectAnswers}, the next filter, on the request's thread.
 */
public final class RequestBodies implements Filter {

  /** What the fake decides about a request from its method, path and headers, before its body is read. */
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
  }

  private static final ThreadLocal<byte[]> CURRENT = new ThreadLocal<>();
  private static final int CHUNK = 1 << 16;

  private final Policy policy;

  /** @param policy the limits and the errors of bodies over them */
  public RequestBodies(Policy policy) {
    this.policy = policy;
  }

  /**
   * The body of the request being handled on this thread, as sent.
   *
   * @return the body, or {@code null} when the request did not come through this filter
   */
  static byte[] current() {
    return CURRENT.get();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    // the limit needs only these; the whole request is built only to answer a refusal
    long limit = policy.limit(http.getMethod(), http.getRequestURI(), http.getHeader("X-Amz-Target"),
        http.getContentType());
    long declared = http.getContentLengthLong();
    if (declared > limit) {
      refuse(answer, policy.refuse(withoutBody(http), declared, limit));
      return;
    }
    byte[] body = read(http, declared, limit);
    if (body == null) {
      refuse(answer, policy.refuse(withoutBody(http), -1, limit));
      return;
    }
    CURRENT.set(body);
    try {
      // the body has been read to its end, so what reads the stream after this filter gets none of it; the request
      // goes on unwrapped, for WireMock reads the headers of Jetty's own request in one pass, of a wrapper name by
      // name (quadratically)
      chain.doFilter(http, response);
    } finally {
      CURRENT.remove();
    }
  }

  /** @return the body, or {@code null} when it turns out longer than the limit */
  private static byte[] read(HttpServletRequest http, long declared, long limit) throws IOException {
    if (declared == 0) {
      return new byte[0];
    }
    InputStream in = http.getInputStream();
    if (declared > 0) {
      return in.readNBytes((int) declared);
    }
    // no length announced: chunked, or HTTP/2, or no body at all (then the stream ends at once)
    // chunks rather than a growing array, so that the heap it takes stays within twice the limit
    List<byte[]> chunks = new ArrayList<>();
    long size = 0;
    while (true) {
      byte[] chunk = in.readNBytes(CHUNK);
      size += chunk.length;
      if (size > limit) {
        return null;
      }
      if (chunk.length > 0) {
        chunks.add(chunk);
      }
      if (chunk.length < CHUNK) {
        break;
      }
    }
    byte[] body = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, body, at, chunk.length);
      at += chunk.length;
    }
    return body;
  }

  private static FakeRequest withoutBody(HttpServletRequest http) {
    String query = http.getQueryString();
    return new FakeRequest(http.getMethod(), http.getRequestURI() + (query == null ? "" : "?" + query),
        DirectAnswers.headers(http), new byte[0], FakeRequest.newRequestId());
  }

  /** Answers without reading the body, and closes the connection: what is left of the body is never read. */
  private static void refuse(HttpServletResponse response, FakeResponse answer) throws IOException {
    byte[] body;
    try (InputStream in = answer.openBody()) {
      body = in.readAllBytes();
    }
    response.setStatus(answer.status());
    List<Entry<String, String>> headers = new ArrayList<>(answer.headers());
    for (Entry<String, String> header : headers) {
      response.setHeader(header.getKey(), header.getValue());
    }
    response.setHeader("Connection", "close");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
