package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fake S3 answers, straight from {@link S3Service}: its XML errors word for word (with the resource they name,
 * if any; without a body for HEAD), requests it does not implement, and where CreateBucket puts a bucket.
 */
class S3ServiceTest {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";

    @TempDir
    Path root;

    S3Store store;
    S3Service s3;

    @BeforeEach
    void newStore() {
        store = new S3Store(root.resolve("s3"), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        s3 = new S3Service(store, "eu-central-1", "123456789012");
    }

    private static FakeRequest request(String method, String url, String body) {
        return request(method, url, Map.of(), body);
    }

    private static FakeRequest request(String method, String url, Map<String, List<String>> headers, String body) {
        return new FakeRequest(method, url, headers, body.getBytes(StandardCharsets.UTF_8), "REQ1");
    }

    private FakeResponse answer(FakeRequest r) {
        return s3.handle(r, s3.operation(r));
    }

    private static String body(FakeResponse response) throws IOException {
        try (InputStream in = response.openBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anErrorNamesItsResource() throws IOException {
        FakeResponse response = answer(request("GET", "/missing/key", ""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response))
                .isEqualTo(XML + "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist"
                        + "</Message><BucketName>missing</BucketName><RequestId>REQ1</RequestId>"
                        + "<HostId>REQ1</HostId></Error>");
    }

    @Test
    void aHeadErrorHasNoBody() {
        FakeResponse response = answer(request("HEAD", "/missing/key", ""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("NoSuchBucket");
        assertThat(response.bodyLength()).isZero();
        assertThat(response.headers()).extracting(Map.Entry::getKey).doesNotContain("Content-Type");
    }

    @Test
    void aRequestWithAQueryItDoesNotImplementIsNotImplemented() throws IOException {
        store.createBucket("bucket", "eu-central-1");
        FakeResponse response = answer(request("GET", "/bucket?acl", ""));

        assertThat(response.status()).isEqualTo(501);
        assertThat(body(response))
                .isEqualTo(XML + "<Error><Code>NotImplemented</Code><Message>The fake S3 of glue-labels does not "
                        + "implement GET /bucket with query [acl]</Message><RequestId>REQ1</RequestId>"
                        + "<HostId>REQ1</HostId></Error>");
    }

    @Test
    void aMethodItDoesNotImplementIsNotImplemented() throws IOException {
        FakeResponse response = answer(request("PATCH", "/bucket/key", ""));

        assertThat(response.status()).isEqualTo(501);
        assertThat(body(response))
                .isEqualTo(XML + "<Error><Code>NotImplemented</Code><Message>The fake S3 of glue-labels does not "
                        + "implement PATCH /bucket/key</Message><RequestId>REQ1</RequestId>"
                        + "<HostId>REQ1</HostId></Error>");
    }

    @Test
    void anEmptyBucketNameIsNoSuchBucket() throws IOException {
        FakeResponse response = answer(request("GET", "//key", ""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response)).contains("<Code>NoSuchBucket</Code>").contains("<BucketName></BucketName>");
    }

    @Test
    void theKeyOfAPathWithAnEmptyBucketNameIsWhatFollowsTheSecondSlash() throws IOException {
        FakeResponse response = answer(request("POST", "//" + "k".repeat(1025) + "?uploads", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(body(response))
                .isEqualTo(XML + "<Error><Code>KeyTooLongError</Code><Message>Your key is too long</Message>"
                        + "<Size>1025</Size><RequestId>REQ1</RequestId><HostId>REQ1</HostId></Error>");
    }

    @Test
    void aCreateWithoutALocationConstraintMakesTheBucketInTheDefaultRegion() {
        String configuration = "<CreateBucketConfiguration xmlns=\"" + NS + "\"></CreateBucketConfiguration>";
        assertThat(answer(request("PUT", "/plain", configuration)).status()).isEqualTo(200);
        assertThat(answer(request(
                                "PUT",
                                "/blank",
                                "<CreateBucketConfiguration xmlns=\"" + NS + "\">"
                                        + "<LocationConstraint> </LocationConstraint></CreateBucketConfiguration>"))
                        .status())
                .isEqualTo(200);

        assertThat(store.bucketRegion("plain")).contains("eu-central-1");
        assertThat(store.bucketRegion("blank")).contains("eu-central-1");
    }

    @Test
    void theLocationOfABucketInUsEast1IsEmpty() throws IOException {
        String configuration = "<CreateBucketConfiguration xmlns=\"" + NS + "\">"
                + "<LocationConstraint>us-east-1</LocationConstraint></CreateBucketConfiguration>";
        assertThat(answer(request("PUT", "/first", configuration)).status()).isEqualTo(200);
        assertThat(store.bucketRegion("first")).contains("us-east-1");

        assertThat(body(answer(request("GET", "/first?location", ""))))
                .isEqualTo(XML + "<LocationConstraint xmlns=\"" + NS + "\"></LocationConstraint>");
        store.createBucket("other", "eu-west-1");
        assertThat(body(answer(request("GET", "/other?location", ""))))
                .isEqualTo(XML + "<LocationConstraint xmlns=\"" + NS + "\">eu-west-1</LocationConstraint>");
    }

    @Test
    void userMetadataIsEveryXAmzMetaHeaderWithAValue() {
        Map<String, List<String>> headers = Map.of(
                "X-Amz-Meta-Color", List.of("red", "blue"),
                "x-amz-meta-empty", List.of(),
                "Content-Type", List.of("text/csv"));

        assertThat(ObjectRequests.userMetadata(request("PUT", "/bucket/key", headers, "")))
                .isEqualTo(Map.of("color", "red"));
    }

    private long filesOfTheStore() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPartUploadedAgainAndAnAbortedUploadFreeTheirFiles() throws IOException {
        store.createBucket("bucket", "eu-central-1");
        List<String> ids = S3Xml.elements(body(answer(request("POST", "/bucket/key?uploads", ""))), "UploadId");
        assertThat(ids).hasSize(1);
        String part = "/bucket/key?partNumber=1&uploadId=" + ids.get(0);

        assertThat(answer(request("PUT", part, "first")).status()).isEqualTo(200);
        assertThat(filesOfTheStore()).isEqualTo(1);
        assertThat(answer(request("PUT", part, "second")).status()).isEqualTo(200);
        assertThat(filesOfTheStore()).as("the part uploaded again").isEqualTo(1);
        assertThat(answer(request("PUT", "/bucket/key?partNumber=2&uploadId=" + ids.get(0), "third"))
                        .status())
                .isEqualTo(200);
        assertThat(filesOfTheStore()).isEqualTo(2);

        assertThat(answer(request("DELETE", "/bucket/key?uploadId=" + ids.get(0), ""))
                        .status())
                .isEqualTo(204);
        assertThat(filesOfTheStore()).as("the aborted upload's parts").isZero();
    }
}
