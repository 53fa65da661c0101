package io.github.gluelabels.fake.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One HTTP request as the fake services see it: method, path (percent-decoded), query, headers and body. Independent
 * of WireMock so that the services stay plain Java.
 */
public final class FakeRequest {

    private final String method;
    private final String rawPath;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String requestId;

    /**
     * @param method the HTTP method, upper case
     * @param rawUrl the path and query as sent, percent-encoded
     * @param headers the headers; names are matched case-insensitively
     * @param body the body, empty when none
     * @param requestId the id the fake answers with
     */
    public FakeRequest(String method, String rawUrl, Map<String, List<String>> headers, byte[] body, String requestId) {
        this.method = method.toUpperCase(Locale.ROOT);
        int q = rawUrl.indexOf('?');
        this.rawPath = q < 0 ? rawUrl : rawUrl.substring(0, q);
        this.query = parseQuery(q < 0 ? "" : rawUrl.substring(q + 1));
        // names lower-cased once, so that a lookup is a hash, not a case-insensitive search
        Map<String, List<String>> h = new HashMap<>(headers.size() * 2);
        headers.forEach((name, values) -> h.merge(name.toLowerCase(Locale.ROOT), values, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        this.headers = Collections.unmodifiableMap(h);
        this.body = body;
        this.requestId = requestId;
    }

    public String method() {
        return method;
    }

    /** @return the path as sent, still percent-encoded */
    public String rawPath() {
        return rawPath;
    }

    /** @return the path, percent-decoded as UTF-8 ({@code +} stays a plus sign) */
    public String path() {
        return percentDecode(rawPath, false);
    }

    /** @return whether the path's percent-escapes decode to valid UTF-8 (S3 refuses a path that does not) */
    public boolean pathIsUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && isHex(rawPath.charAt(i + 1)) && isHex(rawPath.charAt(i + 2))) {
                bytes.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @return the query parameters in the order sent, decoded */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * @param name a query parameter
     * @return whether the query names it, with or without a value
     */
    public boolean hasQuery(String name) {
        return query.containsKey(name);
    }

    /**
     * @param name a query parameter
     * @return its first value; empty when absent ({@code ""} when present without a value)
     */
    public Optional<String> queryValue(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * @param name a header name, any case
     * @return its first value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** @return every header, names lower-cased */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String requestId() {
        return requestId;
    }

    /**
     * A new request id: a random version-4 UUID, as AWS sends in {@code x-amzn-RequestId}. Not from
     * {@link UUID#randomUUID()}: a request id needs no secure randomness, and that one costs a shared
     * {@code SecureRandom} per request.
     *
     * @return the id
     */
    public static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), true);
            out.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        }
        return out;
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8.
     *
     * @param s the encoded text
     * @param plusIsSpace whether {@code +} means a space (query strings) or itself (paths)
     * @return the decoded text
     */
    public static String percentDecode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out[n++] = (byte) Integer.parseInt(s.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out[n++] = ' ';
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                if (n + bytes.length > out.length) {
                    out = Arrays.copyOf(out, out.length * 2 + bytes.length);
                }
                System.arraycopy(bytes, 0, out, n, bytes.length);
                n += bytes.length;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
