package io.github.gluelabels.fake.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the fake answers: status, headers and a body that is either bytes or a stream opened on demand (so that large
 * S3 objects are never held in memory). A response can also be a dropped connection, or come after a delay.
 */
public final class FakeResponse {

    /** Opens the body; may be called more than once. */
    @FunctionalInterface
    public interface BodySource {
        InputStream open() throws IOException;
    }

    /** How the connection misbehaves instead of answering. */
    public enum Drop {
        /** The connection is reset before any byte is sent. */
        RESET,
        /** The connection is closed without a response. */
        EMPTY
    }

    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private BodySource body;
    private long bodyLength;
    private long cutAfter = -1;
    private Drop drop;
    private String errorCode;
    private Duration delay = Duration.ZERO;

    private FakeResponse(int status) {
        this.status = status;
        body(new byte[0]);
    }

    public static FakeResponse status(int status) {
        return new FakeResponse(status);
    }

    public static FakeResponse dropped(Drop how) {
        FakeResponse response = new FakeResponse(500);
        response.drop = how;
        return response;
    }

    public FakeResponse header(String name, String value) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        return this;
    }

    public FakeResponse body(byte[] bytes) {
        this.body = () -> new ByteArrayInputStream(bytes);
        this.bodyLength = bytes.length;
        return this;
    }

    public FakeResponse body(String text, String contentType) {
        return body(text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType);
    }

    /**
     * A streamed body of known length.
     *
     * @param source opens the body
     * @param length its length in bytes, sent as Content-Length
     * @return this
     */
    public FakeResponse body(BodySource source, long length) {
        this.body = source;
        this.bodyLength = length;
        return this;
    }

    /**
     * Announces the full Content-Length but sends only the first bytes, then closes: a body cut short.
     *
     * @param bytes how many bytes to send
     * @return this
     */
    public FakeResponse cutAfter(long bytes) {
        this.cutAfter = bytes;
        return this;
    }

    /**
     * Marks the response as an error of this type or code, for the journal.
     *
     * @return this
     */
    public FakeResponse errorCode(String code) {
        this.errorCode = code;
        return this;
    }

    /** @return the error type or code, or null for a success */
    public String errorCode() {
        return errorCode;
    }

    public FakeResponse delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    public int status() {
        return status;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    public long bodyLength() {
        return bodyLength;
    }

    public Drop drop() {
        return drop;
    }

    public Duration delay() {
        return delay;
    }

    /** @return whether its status has no body by definition: 204 No Content, 304 Not Modified */
    public boolean hasNoBody() {
        return status == 204 || status == 304;
    }

    /**
     * The headers as sent, whichever way the answer goes (through WireMock, written directly, in process): the answer's
     * own, and a {@code Content-Length} of the body when it sets none and its status has a body.
     *
     * @return the headers to send
     */
    public List<Map.Entry<String, String>> headersToSend() {
        if (hasNoBody() || headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Content-Length"))) {
            return headers;
        }
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        all.add(Map.entry("Content-Length", Long.toString(bodyLength)));
        return all;
    }

    /** @return whether this is an answer as a server gives it: not dropped, not delayed, not cut short */
    public boolean isPlain() {
        return drop == null && delay.isZero() && cutAfter < 0;
    }

    /**
     * @return the body stream, cut short when {@link #cutAfter} was set
     */
    public InputStream openBody() {
        try {
            InputStream in = body.open();
            return cutAfter < 0 ? in : new CutStream(in, cutAfter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CutStream extends InputStream {
        private final InputStream in;
        private long left;

        CutStream(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
