package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Names the S3 operation a request asks for, as the S3 API reference names it, from its method, its path (a bucket,
 * or a bucket and a key: path style) and its query. A query parameter the operation does not take makes the request
 * {@value #UNSUPPORTED}: the fake answers {@code NotImplemented} rather than ignore what the caller asked for.
 */
final class S3Router {

    /** The name of a request the fake does not implement. */
    static final String UNSUPPORTED = "Unsupported";

    private static final String[] GET_OBJECT_QUERY = Stream.concat(
                    Stream.of("x-id", "partNumber"), ObjectReads.RESPONSE_OVERRIDES.keySet().stream())
            .toArray(String[]::new);

    /** The query parameters of a presigned URL (SigV4 query authentication): allowed on any operation. */
    private static final Set<String> QUERY_AUTHENTICATION = Set.of(
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Date",
            "X-Amz-Expires",
            "X-Amz-SignedHeaders",
            "X-Amz-Signature",
            "X-Amz-Security-Token");

    private S3Router() {}

    /**
     * @param r the request
     * @return e.g. {@code GetObject}, or {@value #UNSUPPORTED} when the fake does not implement it
     */
    static String operation(FakeRequest r) {
        String path = r.path();
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        if (rest.isEmpty()) {
            return r.method().equals("GET") ? "ListBuckets" : UNSUPPORTED;
        }
        boolean objectLevel = slash >= 0 && slash < rest.length() - 1;
        return objectLevel ? objectOperation(r) : bucketOperation(r);
    }

    private static String bucketOperation(FakeRequest r) {
        return switch (r.method()) {
            case "PUT" -> onlyQuery(r) ? "CreateBucket" : UNSUPPORTED;
            case "HEAD" -> "HeadBucket";
            case "DELETE" -> onlyQuery(r) ? "DeleteBucket" : UNSUPPORTED;
            case "POST" -> r.hasQuery("delete") ? "DeleteObjects" : UNSUPPORTED;
            case "GET" -> {
                if (r.hasQuery("location")) {
                    yield "GetBucketLocation";
                } else if ("2".equals(r.queryValue("list-type").orElse(null))) {
                    yield "ListObjectsV2";
                } else if (onlyQuery(r, "prefix", "delimiter", "marker", "max-keys", "encoding-type")) {
                    yield "ListObjects";
                }
                yield UNSUPPORTED;
            }
            default -> UNSUPPORTED;
        };
    }

    private static String objectOperation(FakeRequest r) {
        return switch (r.method()) {
            case "PUT" ->
                r.hasQuery("uploadId")
                        ? "UploadPart"
                        : r.header("x-amz-copy-source").isPresent()
                                ? "CopyObject"
                                : onlyQuery(r, "x-id") ? "PutObject" : UNSUPPORTED;
            case "GET" -> onlyQuery(r, GET_OBJECT_QUERY) ? "GetObject" : UNSUPPORTED;
            case "HEAD" -> "HeadObject";
            case "DELETE" ->
                r.hasQuery("uploadId") ? "AbortMultipartUpload" : onlyQuery(r, "x-id") ? "DeleteObject" : UNSUPPORTED;
            case "POST" ->
                r.hasQuery("uploads")
                        ? "CreateMultipartUpload"
                        : r.hasQuery("uploadId") ? "CompleteMultipartUpload" : UNSUPPORTED;
            default -> UNSUPPORTED;
        };
    }

    private static boolean onlyQuery(FakeRequest r, String... allowed) {
        return r.query().keySet().stream()
                .allMatch(k -> List.of(allowed).contains(k) || QUERY_AUTHENTICATION.contains(k));
    }
}
