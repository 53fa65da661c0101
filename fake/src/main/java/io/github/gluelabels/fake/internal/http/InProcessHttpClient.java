package io.github.gluelabels.fake.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An AWS SDK HTTP client that hands each request to the fake in this JVM instead of sending it over a socket: the
 * same {@link FakeRequest} in, the same {@link FakeResponse} out as through WireMock, without the cost of starting
 * Jetty. The SDK still marshals, signs, checks and retries as it does against any endpoint.
 *
 * <p>What only a socket can show is shown as the SDK would see it on one: a dropped connection is an
 * {@link IOException}, a delay is slept (up to the read timeout, if one is given, and then a {@link
 * SocketTimeoutException}), an object cut short ends early.
 */
public final class InProcessHttpClient implements SdkHttpClient {

    private final Function<FakeRequest, FakeResponse> handler;
    private final RequestBodies.Policy limits;
    private final Duration readTimeout;

    /**
     * @param handler answers one request, as the fake's server does
     * @param limits the limits of request bodies, the same as over HTTP
     * @param readTimeout the longest wait for an answer, as a socket's read timeout; {@code null} for none
     */
    public InProcessHttpClient(
            Function<FakeRequest, FakeResponse> handler, RequestBodies.Policy limits, Duration readTimeout) {
        this.handler = handler;
        this.limits = limits;
        this.readTimeout = readTimeout;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return execute(request);
            }

            @Override
            public void abort() {
                // nothing is in flight outside the calling thread
            }
        };
    }

    private HttpExecuteResponse execute(HttpExecuteRequest request) throws IOException {
        SdkHttpRequest http = request.httpRequest();
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
            try (InputStream in = request.contentStreamProvider().get().newStream()) {
                body = in.readAllBytes();
            }
        }
        URI uri = http.getUri();
        String rawUrl = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        FakeRequest fakeRequest =
                new FakeRequest(http.method().name(), rawUrl, http.headers(), body, FakeRequest.newRequestId());
        long limit = limits.limit(
                fakeRequest.method(),
                fakeRequest.rawPath(),
                fakeRequest.header("X-Amz-Target").orElse(null),
                fakeRequest.header("Content-Type").orElse(null));
        FakeResponse answer =
                body.length > limit ? limits.refuse(fakeRequest, body.length, limit) : handler.apply(fakeRequest);
        if (answer.drop() != null) {
            throw new IOException("Connection reset: the fake dropped the connection without answering");
        }
        if (!answer.delay().isZero()) {
            boolean timesOut = readTimeout != null && answer.delay().compareTo(readTimeout) > 0;
            try {
                Thread.sleep((timesOut ? readTimeout : answer.delay()).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the fake delayed its answer");
            }
            if (timesOut) {
                // what the Apache client throws when its socket timeout passes
                throw new SocketTimeoutException("Read timed out");
            }
        }
        SdkHttpFullResponse.Builder response = SdkHttpFullResponse.builder().statusCode(answer.status());
        long length = answer.bodyLength();
        for (Map.Entry<String, String> header : answer.headersToSend()) {
            response.appendHeader(header.getKey(), header.getValue());
            if (header.getKey().equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(header.getValue());
            }
        }
        HttpExecuteResponse.Builder result = HttpExecuteResponse.builder().response(response.build());
        if (!answer.hasNoBody() && !http.method().name().equals("HEAD")) {
            result.responseBody(AbortableInputStream.create(new ContentLengthStream(answer.openBody(), length)));
        }
        return result.build();
    }

    /** Ends with an error, as an HTTP client does, when the body ends before its Content-Length. */
    private static final class ContentLengthStream extends FilterInputStream {
        private final long expected;
        private long received;

        ContentLengthStream(InputStream in, long expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                if (received < expected) {
                    throw new IOException("Premature end of Content-Length delimited message body (expected: "
                            + expected + "; received: " + received + ")");
                }
            } else {
                received += n;
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            received += skipped;
            return skipped;
        }
    }

    @Override
    public String clientName() {
        return "glue-labels-fake-in-process";
    }

    @Override
    public void close() {
        // holds nothing: the fake it calls is stopped on its own
    }
}
