package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

@DisplayName("S3 objects through the AWS SDK's S3Client")
class S3ObjectsTest {

    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().createBucket("bucket");
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        s3.close();
        fake.close();
    }

    private void put(String key, String text) {
        s3.putObject(r -> r.bucket("bucket").key(key), RequestBody.fromString(text));
    }

    private ResponseBytes<GetObjectResponse> get(String key, String range) {
        return s3.getObjectAsBytes(r -> r.bucket("bucket").key(key).range(range));
    }

    /** A SigV4 header naming the account's access key: the fake reads the key and does not check the signature. */
    private String authorization() {
        return "AWS4-HMAC-SHA256 Credential=" + fake.accessKeyId() + "/20250101/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host, Signature=" + "0".repeat(64);
    }

    private static String md5Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    // ---------------------------------------------------------------- put

    @Test
    void putStoresTheDecodedBytesOfTheSdksAwsChunkedBodyWithItsCrc32Trailer() {
        List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();
        ExecutionInterceptor capture = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.add(context.httpRequest());
            }
        };
        try (S3Client client = S3Client.builder()
                .endpointOverride(fake.s3Endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(Clients.http())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
                .build()) {
            client.putObject(r -> r.bucket("bucket").key("chunked.txt"), RequestBody.fromString(ALPHABET));
        }

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.firstMatchingHeader("Content-Encoding")).hasValue("aws-chunked");
            assertThat(request.firstMatchingHeader("x-amz-trailer")).hasValue("x-amz-checksum-crc32");
        });
        assertThat(fake.objectBytes("bucket", "chunked.txt"))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo(ALPHABET);
    }

    @Test
    void etagOfASimplePutIsTheMd5OfTheBytes() throws Exception {
        String etag = s3.putObject(r -> r.bucket("bucket").key("k"), RequestBody.fromString(ALPHABET))
                .eTag();

        String expected = "\"" + md5Hex(ALPHABET.getBytes(StandardCharsets.UTF_8)) + "\"";
        assertThat(etag).isEqualTo(expected);
        assertThat(s3.headObject(r -> r.bucket("bucket").key("k")).eTag()).isEqualTo(expected);
        assertThat(s3.listObjectsV2(r -> r.bucket("bucket")).contents())
                .extracting(S3Object::eTag)
                .containsExactly(expected);
    }

    @Test
    void putWithAChecksumThatDoesNotMatchIsBadDigestAndStoresNothing() {
        assertThatThrownBy(() -> s3.putObject(
                        r -> r.bucket("bucket").key("k").checksumCRC32("AAAAAA=="), RequestBody.fromString(ALPHABET)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest");
                });
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void awsChunkedBodyWhoseTrailerChecksumDoesNotMatchIsBadDigest() throws Exception {
        String body = "1a;chunk-signature=" + "0".repeat(64) + "\r\n" + ALPHABET + "\r\n0;chunk-signature="
                + "0".repeat(64) + "\r\nx-amz-checksum-crc32:AAAAAA==\r\nx-amz-trailer-signature:" + "0".repeat(64)
                + "\r\n\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.s3Endpoint() + "/bucket/k"))
                                .header("Authorization", authorization())
                                .header("Content-Encoding", "aws-chunked")
                                .header("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER")
                                .header("x-amz-decoded-content-length", "26")
                                .header("x-amz-trailer", "x-amz-checksum-crc32")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>BadDigest</Code>");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void plainPutWhosePayloadHashDoesNotMatchIsXAmzContentSha256Mismatch() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.s3Endpoint() + "/bucket/k"))
                                .header("Authorization", authorization())
                                .header("x-amz-content-sha256", "0".repeat(64))
                                .PUT(HttpRequest.BodyPublishers.ofString(ALPHABET))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>XAmzContentSHA256Mismatch</Code>");
    }

    @Test
    void pathThatIsNotUtf8IsInvalidUri() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.s3Endpoint() + "/bucket/bad%C3%28utf8"))
                                .header("Authorization", authorization())
                                .PUT(HttpRequest.BodyPublishers.ofString(ALPHABET))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidURI</Code>");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void putReplacesAnExistingObject() {
        put("k", "first");
        put("k", "second");

        assertThat(get("k", null).asUtf8String()).isEqualTo("second");
        assertThat(fake.objects("bucket", "")).hasSize(1);
    }

    @Test
    void contentTypeAndUserMetadataComeBackOnGetAndHead() {
        s3.putObject(
                r -> r.bucket("bucket")
                        .key("labels.csv")
                        .contentType("text/csv; charset=utf-8")
                        .metadata(Map.of("transform-id", "tfm-1", "rows", "42")),
                RequestBody.fromString("a,b\n"));

        HeadObjectResponse head = s3.headObject(r -> r.bucket("bucket").key("labels.csv"));
        assertThat(head.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(head.contentLength()).isEqualTo(4);
        assertThat(head.metadata()).containsOnly(Map.entry("transform-id", "tfm-1"), Map.entry("rows", "42"));
        GetObjectResponse got = get("labels.csv", null).response();
        assertThat(got.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(got.metadata()).containsOnly(Map.entry("transform-id", "tfm-1"), Map.entry("rows", "42"));
    }

    @Test
    void keyOf1024BytesIsStoredAndALongerOneIsKeyTooLongError() {
        String longest = "é".repeat(512);
        put(longest, "x");
        assertThat(get(longest, null).asUtf8String()).isEqualTo("x");

        assertThatThrownBy(() -> put(longest + "a", "x")).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KeyTooLongError");
        });
    }

    // ---------------------------------------------------------------- get and head

    @Test
    void getReturnsTheWholeObjectWithLengthEtagAndLastModified() {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", null);
        assertThat(got.asUtf8String()).isEqualTo(ALPHABET);
        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(got.response().contentLength()).isEqualTo(26);
        assertThat(got.response().contentRange()).isNull();
        assertThat(got.response().acceptRanges()).isEqualTo("bytes");
        assertThat(got.response().lastModified()).isNotNull();
    }

    @Test
    void closedRangeIsPartialContentWithContentRange() {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", "bytes=2-5");
        assertThat(got.asUtf8String()).isEqualTo("cdef");
        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(206);
        assertThat(got.response().contentRange()).isEqualTo("bytes 2-5/26");
        assertThat(got.response().contentLength()).isEqualTo(4);
    }

    @Test
    void suffixRangeIsTheLastBytes() {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", "bytes=-4");
        assertThat(got.asUtf8String()).isEqualTo("wxyz");
        assertThat(got.response().contentRange()).isEqualTo("bytes 22-25/26");
    }

    @Test
    void openRangeRunsToTheEnd() {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", "bytes=23-");
        assertThat(got.asUtf8String()).isEqualTo("xyz");
        assertThat(got.response().contentRange()).isEqualTo("bytes 23-25/26");
    }

    @Test
    void rangePastTheEndIsCutAtTheEnd() {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", "bytes=24-1000");
        assertThat(got.asUtf8String()).isEqualTo("yz");
        assertThat(got.response().contentRange()).isEqualTo("bytes 24-25/26");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "bytes=", "bytes=x-y", "bytes=3", "bytes=5-3", "bytes=1-0"})
    void rangeS3CannotParseIsIgnoredAndTheWholeObjectSent(String range) {
        put("k", ALPHABET);

        ResponseBytes<GetObjectResponse> got = get("k", range);
        assertThat(got.asUtf8String()).isEqualTo(ALPHABET);
        assertThat(got.response().sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(got.response().contentRange()).isNull();
        assertThat(got.response().contentLength()).isEqualTo(26);
    }

    @Test
    void rangeThatStartsPastTheEndIsInvalidRangeWith416() {
        put("k", ALPHABET);

        assertThatThrownBy(() -> get("k", "bytes=26-30")).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(416);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The requested range is not satisfiable");
        });
    }

    @Test
    void responseOverridesSetTheHeadersOfTheAnswer() {
        put("k", ALPHABET);

        GetObjectResponse got = s3.getObjectAsBytes(r -> r.bucket("bucket")
                        .key("k")
                        .responseContentType("text/plain")
                        .responseContentDisposition("attachment; filename=\"k.txt\"")
                        .responseCacheControl("no-cache"))
                .response();
        assertThat(got.contentType()).isEqualTo("text/plain");
        assertThat(got.contentDisposition()).isEqualTo("attachment; filename=\"k.txt\"");
        assertThat(got.cacheControl()).isEqualTo("no-cache");
    }

    @Test
    void getOfAMissingKeyIsNoSuchKey() {
        assertThatThrownBy(() -> get("missing", null)).isInstanceOfSatisfying(NoSuchKeyException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist.");
        });
    }

    @Test
    void headOfAMissingKeyIsNoSuchKeyFromA404WithoutBody() throws Exception {
        assertThatThrownBy(() -> s3.headObject(r -> r.bucket("bucket").key("missing")))
                .isInstanceOfSatisfying(
                        NoSuchKeyException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));

        HttpResponse<byte[]> raw = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.s3Endpoint() + "/bucket/missing"))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(raw.body()).isEmpty();
        assertThat(raw.headers().firstValue("x-amz-request-id")).isPresent();
    }

    // ---------------------------------------------------------------- delete, copy

    @Test
    void deletedObjectIsGoneAndDeletingAMissingKeySucceeds() {
        put("k", "x");

        assertThat(s3.deleteObject(r -> r.bucket("bucket").key("k"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
        assertThat(fake.objects("bucket", "")).isEmpty();
        assertThat(s3.deleteObject(r -> r.bucket("bucket").key("k"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void deleteObjectsDeletesEveryKeyAndReportsEach() {
        put("a", "1");
        put("b & c", "2");
        put("keep", "3");

        DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket("bucket")
                .delete(d -> d.objects(
                        ObjectIdentifier.builder().key("a").build(),
                        ObjectIdentifier.builder().key("b & c").build(),
                        ObjectIdentifier.builder().key("never-there").build())));

        assertThat(response.deleted()).extracting(d -> d.key()).containsExactly("a", "b & c", "never-there");
        assertThat(response.errors()).isEmpty();
        assertThat(fake.objects("bucket", "")).extracting(S3ObjectInfo::key).containsExactly("keep");
    }

    @Test
    void quietDeleteObjectsReportsNothing() {
        put("a", "1");

        DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket("bucket")
                .delete(d -> d.quiet(true)
                        .objects(ObjectIdentifier.builder().key("a").build())));

        assertThat(response.deleted()).isEmpty();
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void copyKeepsBytesContentTypeAndMetadata() {
        s3.putObject(
                r -> r.bucket("bucket")
                        .key("from/a b+c?v=1.csv")
                        .contentType("text/csv")
                        .metadata(Map.of("origin", "test")),
                RequestBody.fromString(ALPHABET));
        fake.createBucket("other");

        CopyObjectResponse copy = s3.copyObject(r -> r.sourceBucket("bucket")
                .sourceKey("from/a b+c?v=1.csv")
                .destinationBucket("other")
                .destinationKey("to/ü?x.csv"));

        HeadObjectResponse head = s3.headObject(r -> r.bucket("other").key("to/ü?x.csv"));
        assertThat(copy.copyObjectResult().eTag())
                .isEqualTo(head.eTag())
                .isEqualTo(s3.headObject(r -> r.bucket("bucket").key("from/a b+c?v=1.csv"))
                        .eTag());
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.metadata()).containsOnly(Map.entry("origin", "test"));
        assertThat(fake.objectBytes("other", "to/ü?x.csv"))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo(ALPHABET);
    }

    @Test
    void copyWithReplaceTakesTheRequestsContentTypeAndMetadata() {
        s3.putObject(
                r -> r.bucket("bucket").key("a").contentType("text/csv").metadata(Map.of("old", "1")),
                RequestBody.fromString(ALPHABET));

        s3.copyObject(r -> r.sourceBucket("bucket")
                .sourceKey("a")
                .destinationBucket("bucket")
                .destinationKey("a")
                .metadataDirective(MetadataDirective.REPLACE)
                .contentType("text/plain")
                .metadata(Map.of("new", "2")));

        HeadObjectResponse head = s3.headObject(r -> r.bucket("bucket").key("a"));
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.metadata()).containsOnly(Map.entry("new", "2"));
        assertThat(get("a", null).asUtf8String()).isEqualTo(ALPHABET);
    }

    @Test
    void copyOfAnObjectOntoItselfWithoutChangesIsInvalidRequest() {
        put("a", ALPHABET);

        assertThatThrownBy(() -> s3.copyObject(r -> r.sourceBucket("bucket")
                        .sourceKey("a")
                        .destinationBucket("bucket")
                        .destinationKey("a")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest");
                });
    }

    @Test
    void copyOfAMissingKeyIsNoSuchKey() {
        assertThatThrownBy(() -> s3.copyObject(r -> r.sourceBucket("bucket")
                        .sourceKey("missing")
                        .destinationBucket("bucket")
                        .destinationKey("b")))
                .isInstanceOfSatisfying(
                        NoSuchKeyException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    // ---------------------------------------------------------------- keys that URLs and XML find hard

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "with space.csv",
                "a+b.csv",
                "100%.csv",
                "%2F-literal",
                "ünï/東京/😀.csv",
                "a&b<c>'\".csv",
                "semi;colon",
                "dots/../up",
                "./here",
                "..",
                "double//slash",
                "//leading",
                "trailing/",
                "question?mark=1",
                "hash#tag",
                "back\\slash",
                "tab\there",
                "tilde~star*paren()",
                "equals=comma,",
                "caret^brace{}pipe|"
            })
    void keyRoundTripsThroughPutListAndGet(String key) {
        put(key, "content of " + key);

        assertThat(s3.listObjectsV2(r -> r.bucket("bucket")).contents())
                .extracting(S3Object::key)
                .containsExactly(key);
        assertThat(s3.listObjectsV2(r -> r.bucket("bucket").encodingType("url")).contents())
                .extracting(S3Object::key)
                .containsExactly(key);
        assertThat(get(key, null).asUtf8String()).isEqualTo("content of " + key);
        assertThat(fake.objects("bucket", "")).extracting(S3ObjectInfo::key).containsExactly(key);
    }
}
