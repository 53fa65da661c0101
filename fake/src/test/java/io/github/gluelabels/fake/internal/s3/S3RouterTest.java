package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operation each request names, as the S3 API reference names it: by method, by whether the path is a bucket or
 * a bucket and a key, and by query; a query parameter the operation does not take, or a method it does not have, is
 * {@value S3Router#UNSUPPORTED}, and the parameters of a presigned URL go with any operation.
 */
class S3RouterTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "GET, /, ListBuckets",
        "PUT, /, Unsupported",
        "DELETE, /, Unsupported",
        // a bucket, with or without its trailing slash
        "PUT, /bucket, CreateBucket",
        "PUT, /bucket/, CreateBucket",
        "PUT, /bucket?acl, Unsupported",
        "HEAD, /bucket, HeadBucket",
        "DELETE, /bucket, DeleteBucket",
        "DELETE, /bucket?tagging, Unsupported",
        "POST, /bucket?delete, DeleteObjects",
        "POST, /bucket, Unsupported",
        "GET, /bucket?location, GetBucketLocation",
        "GET, /bucket?list-type=2&prefix=a, ListObjectsV2",
        "GET, /bucket, ListObjects",
        "GET, /bucket/, ListObjects",
        "GET, /bucket?prefix=a&delimiter=/&marker=a/b&max-keys=5&encoding-type=url, ListObjects",
        "GET, /bucket?versions, Unsupported",
        "GET, /bucket?prefix=a&versions, Unsupported",
        "PATCH, /bucket, Unsupported",
        // an object
        "PUT, /bucket/key, PutObject",
        "PUT, /bucket/key?x-id=PutObject, PutObject",
        "PUT, /bucket/key?tagging, Unsupported",
        "PUT, /bucket/key?partNumber=1&uploadId=u, UploadPart",
        "GET, /bucket/a/b, GetObject",
        "GET, /bucket/key?partNumber=1&response-content-type=text/plain, GetObject",
        "GET, /bucket/key?acl, Unsupported",
        "HEAD, /bucket/key, HeadObject",
        "DELETE, /bucket/key, DeleteObject",
        "DELETE, /bucket/key?x-id=DeleteObject, DeleteObject",
        "DELETE, /bucket/key?uploadId=u, AbortMultipartUpload",
        "DELETE, /bucket/key?versionId=v, Unsupported",
        "POST, /bucket/key?uploads, CreateMultipartUpload",
        "POST, /bucket/key?uploadId=u, CompleteMultipartUpload",
        "POST, /bucket/key, Unsupported",
        "PATCH, /bucket/key, Unsupported",
        // the query of a presigned URL goes with any operation, and adds none
        "GET, /bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc, GetObject",
        "PUT, /bucket?X-Amz-Credential=c&X-Amz-Date=d&X-Amz-Expires=60, CreateBucket",
        "DELETE, /bucket/key?X-Amz-SignedHeaders=host&X-Amz-Security-Token=t, DeleteObject",
        "GET, /bucket?X-Amz-Signature=abc, ListObjects",
    })
    void namesTheOperation(String method, String url, String operation) {
        assertThat(S3Router.operation(request(method, url, Map.of()))).isEqualTo(operation);
    }

    @ParameterizedTest(name = "{0} {1} with a copy source is {2}")
    @CsvSource({
        "PUT, /bucket/key, CopyObject",
        "PUT, /bucket/key?uploadId=u&partNumber=2, UploadPart",
    })
    void namesACopy(String method, String url, String operation) {
        FakeRequest copy = request(method, url, Map.of("x-amz-copy-source", List.of("/other/source")));

        assertThat(S3Router.operation(copy)).isEqualTo(operation);
    }

    private static FakeRequest request(String method, String url, Map<String, List<String>> headers) {
        return new FakeRequest(method, url, headers, new byte[0], FakeRequest.newRequestId());
    }
}
