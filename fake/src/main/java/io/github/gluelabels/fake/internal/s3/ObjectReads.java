package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.Map;
import java.util.Optional;

/**
 * GetObject and HeadObject: the object's bytes (streamed from its content, a range of them when asked) and headers,
 * with S3's conditional requests ({@code If-Match}, {@code If-None-Match}) and response header overrides.
 */
final class ObjectReads {

    /** The response header overrides GetObject takes as query parameters, with the headers they set. */
    static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding",
            "response-content-language", "Content-Language",
            "response-cache-control", "Cache-Control",
            "response-expires", "Expires");

    private final S3Store store;

    /** @param store where objects live */
    ObjectReads(S3Store store) {
        this.store = store;
    }

    /**
     * @param withBody false for HeadObject: the same headers, no bytes
     * @return the answer
     */
    FakeResponse getObject(FakeRequest r, String bucket, String key, boolean withBody) {
        store.bucket(bucket);
        StoredObject o = store.get(bucket, key).orElseThrow(() -> S3Error.noSuchKey(key));
        if (!matches(r.header("If-Match"), o)) {
            throw new S3Error(
                    412,
                    "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold",
                    "Condition",
                    "If-Match");
        }
        Optional<String> ifNoneMatch = r.header("If-None-Match");
        if (ifNoneMatch.isPresent()
                && (ifNoneMatch.get().equals(o.etag()) || ifNoneMatch.get().equals("*"))) {
            return FakeResponse.status(304).header("ETag", o.etag());
        }
        ByteRange range = ByteRange.of(r.header("Range").orElse(null), o.size());
        long length = range.length();
        FakeResponse response = FakeResponse.status(range.partial() ? 206 : 200)
                .header("ETag", o.etag())
                .header("Last-Modified", S3Xml.httpDate(o.lastModified()))
                .header("Accept-Ranges", "bytes")
                .header("Content-Type", o.contentType())
                .header("Content-Length", Long.toString(length));
        RESPONSE_OVERRIDES.forEach(
                (parameter, header) -> r.queryValue(parameter).ifPresent(value -> response.header(header, value)));
        if (range.partial()) {
            response.header("Content-Range", range.contentRange(o.size()));
        }
        o.metadata().forEach((k, v) -> response.header("x-amz-meta-" + k, v));
        if (withBody) {
            long from = range.start();
            response.body(() -> o.content().open(from, length), length);
        }
        return response;
    }

    /** @return whether an {@code If-Match} header, if any, names the object's entity tag (or {@code *}) */
    private static boolean matches(Optional<String> ifMatch, StoredObject o) {
        return ifMatch.isEmpty()
                || ifMatch.get().equals(o.etag())
                || ifMatch.get().equals("*");
    }
}
