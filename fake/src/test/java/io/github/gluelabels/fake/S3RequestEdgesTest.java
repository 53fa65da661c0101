package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * S3 requests at their edges, sent as real HTTP requests (the SDK checks or rewrites most of them before they are
 * sent): conditional GETs, the {@code x-amz-copy-source} header, the keys of {@code encoding-type=url} byte for byte,
 * character references in a DeleteObjects body, part numbers and upload ids. Each answer is S3's status, code and
 * message. Pins mutants of {@code ObjectReads}, {@code CopySource}, {@code S3Xml}, {@code MultipartOperations} and
 * {@code MultipartUploads} that survived the first measured run (see docs/RELIABILITY.md).
 */
@DisplayName("S3 requests at their edges: conditions, copy sources, encodings, uploads")
@Timeout(60)
class S3RequestEdgesTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    static final String LONG_KEY = "k".repeat(1025);
    FakeGlue fake;
    String etag;

    @BeforeEach
    void bucket() throws Exception {
        fake = server.defaultAccount();
        fake.createBucket("bucket").createBucket("other");
        HttpResponse<String> put = send("PUT", "/bucket/src", HttpRequest.BodyPublishers.ofString("source bytes"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        etag = put.headers().firstValue("ETag").orElseThrow();
    }

    @AfterEach
    void forget() {
        fake.reset();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return RawHttp.send(request);
    }

    static HttpRequest.Builder request(String method, String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(server.endpoint() + path)).method(method, body);
    }

    static HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
        return send(request(method, path, body));
    }

    static HttpResponse<String> get(String path, String header, String value) throws Exception {
        return send(request("GET", path, HttpRequest.BodyPublishers.noBody()).header(header, value));
    }

    static HttpResponse<String> copy(String to, String source) throws Exception {
        return send(request("PUT", to, HttpRequest.BodyPublishers.noBody()).header("x-amz-copy-source", source));
    }

    static void assertError(HttpResponse<String> answer, int status, String code, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains("<Error><Code>" + code + "</Code><Message>" + message + "</Message>");
    }

    @Test
    @DisplayName("If-Match: the entity tag or * is served, another is 412 PreconditionFailed")
    void ifMatch() throws Exception {
        assertThat(get("/bucket/src", "If-Match", etag).body()).isEqualTo("source bytes");
        assertThat(get("/bucket/src", "If-Match", "*").body()).isEqualTo("source bytes");
        assertError(
                get("/bucket/src", "If-Match", "\"0123\""),
                412,
                "PreconditionFailed",
                "At least one of the pre-conditions you specified did not hold");
    }

    @Test
    @DisplayName("If-None-Match: the entity tag or * is 304 Not Modified, another is served")
    void ifNoneMatch() throws Exception {
        HttpResponse<String> same = get("/bucket/src", "If-None-Match", etag);
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.headers().firstValue("ETag")).contains(etag);
        assertThat(get("/bucket/src", "If-None-Match", "*").statusCode()).isEqualTo(304);
        HttpResponse<String> other = get("/bucket/src", "If-None-Match", "\"0123\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo("source bytes");
    }

    @Test
    @DisplayName("a copy source: with or without a leading slash, its ?versionId= cut off")
    void copySources() throws Exception {
        assertThat(copy("/bucket/a", "bucket/src").statusCode()).isEqualTo(200);
        assertThat(copy("/bucket/b", "/bucket/src").statusCode()).isEqualTo(200);
        assertThat(copy("/bucket/c", "bucket/src?versionId=null").statusCode()).isEqualTo(200);
        assertThat(copy("/bucket/d", "bucket/sr%63").statusCode()).isEqualTo(200);
        for (String key : new String[] {"a", "b", "c", "d"}) {
            assertThat(fake.objectBytes("bucket", key)).as(key).asString().isEqualTo("source bytes");
        }
    }

    @Test
    @DisplayName("a copy source without a bucket and a key is InvalidArgument")
    void copySourcesWithoutBucketOrKey() throws Exception {
        String message = "Copy Source must mention the source bucket and key: sourcebucket/sourcekey";
        assertError(copy("/bucket/a", "bucket"), 400, "InvalidArgument", message);
        assertError(copy("/bucket/a", "//src"), 400, "InvalidArgument", message);
        assertError(copy("/bucket/a", "?bucket/src"), 400, "InvalidArgument", message);
    }

    @Test
    @DisplayName("a copy onto the same key of another bucket, or another key, is no copy onto itself")
    void copyOntoItself() throws Exception {
        assertError(
                copy("/bucket/src", "bucket/src"),
                400,
                "InvalidRequest",
                "This copy request is illegal because it is trying to copy an object to itself without changing the"
                        + " object&apos;s metadata, storage class, website redirect location or encryption attributes.");
        assertThat(copy("/other/src", "bucket/src").statusCode()).isEqualTo(200);
        assertThat(copy("/bucket/src2", "bucket/src").statusCode()).isEqualTo(200);
        assertThat(fake.objectBytes("other", "src")).asString().isEqualTo("source bytes");
    }

    @Test
    @DisplayName("a key over 1024 bytes is KeyTooLongError for a copy and a multipart upload too")
    void keysTooLong() throws Exception {
        assertError(copy("/bucket/" + LONG_KEY, "bucket/src"), 400, "KeyTooLongError", "Your key is too long");
        assertError(
                send("POST", "/bucket/" + LONG_KEY + "?uploads", HttpRequest.BodyPublishers.noBody()),
                400,
                "KeyTooLongError",
                "Your key is too long");
    }

    @Test
    @DisplayName("encoding-type=url: every byte but letters, digits, - _ . ~ and / is encoded")
    void urlEncodedKeys() throws Exception {
        // the characters on both sides of each range kept as they are
        String encoded = "a%60z%7BA%40Z%5B0/9%3A-_.~%20%C3%A9%2B";
        assertThat(send("PUT", "/other/" + encoded, HttpRequest.BodyPublishers.ofString("x"))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> list =
                send("GET", "/other?list-type=2&encoding-type=url", HttpRequest.BodyPublishers.noBody());

        assertThat(list.body()).contains("<Key>" + encoded + "</Key>");
    }

    @Test
    @DisplayName("DeleteObjects reads decimal and hexadecimal character references, keeps unknown entities")
    void characterReferencesInDeleteObjects() throws Exception {
        send("PUT", "/bucket/caf%C3%A9", HttpRequest.BodyPublishers.ofString("x"));
        String body = "<Delete><Quiet>false</Quiet><Object><Key>caf&#233;</Key></Object>"
                + "<Object><Key>caf&#xE9;-2</Key></Object><Object><Key>a&foo;b</Key></Object></Delete>";

        HttpResponse<String> answer = send("POST", "/bucket?delete", HttpRequest.BodyPublishers.ofString(body));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body())
                .contains("<Deleted><Key>café</Key></Deleted><Deleted><Key>café-2</Key></Deleted>"
                        + "<Deleted><Key>a&amp;foo;b</Key></Deleted>");
        assertThat(fake.objects("bucket", "caf")).isEmpty();
    }

    @Test
    @DisplayName("a character reference past U+10FFFF, or not a number, is MalformedXML")
    void badCharacterReferences() throws Exception {
        String message = "The XML you provided was not well-formed or did not validate against our published schema";
        for (String reference : new String[] {"&#1114112;", "&#x110000;", "&#xZZ;"}) {
            String body = "<Delete><Object><Key>a" + reference + "</Key></Object></Delete>";
            assertError(
                    send("POST", "/bucket?delete", HttpRequest.BodyPublishers.ofString(body)),
                    400,
                    "MalformedXML",
                    message);
        }
        assertThat(send(
                                "POST",
                                "/bucket?delete",
                                HttpRequest.BodyPublishers.ofString(
                                        "<Delete><Object><Key>&#x10FFFF;</Key></Object></Delete>"))
                        .statusCode())
                .isEqualTo(200);
    }

    private String startUpload(String key) throws Exception {
        HttpResponse<String> started = send("POST", "/bucket/" + key + "?uploads", HttpRequest.BodyPublishers.noBody());
        Matcher id = Pattern.compile("<UploadId>([^<]+)</UploadId>").matcher(started.body());
        assertThat(id.find()).as(started.body()).isTrue();
        return id.group(1);
    }

    private static HttpResponse<String> part(String path, String uploadId, String number) throws Exception {
        return send(
                "PUT",
                path + "?partNumber=" + number + "&uploadId=" + uploadId,
                HttpRequest.BodyPublishers.ofString("part"));
    }

    @Test
    @DisplayName("part numbers 1 to 10000 are taken, 0 and 10001 are InvalidArgument")
    void partNumbers() throws Exception {
        String id = startUpload("up");
        String message = "Part number must be an integer between 1 and 10000, inclusive";
        assertError(part("/bucket/up", id, "0"), 400, "InvalidArgument", message);
        assertError(part("/bucket/up", id, "10001"), 400, "InvalidArgument", message);
        assertThat(part("/bucket/up", id, "1").statusCode()).isEqualTo(200);
        assertThat(part("/bucket/up", id, "10000").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an upload id is NoSuchUpload for another key or bucket, and once completed")
    void uploadIds() throws Exception {
        String id = startUpload("up");
        String message = "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
                + " been aborted or completed.";
        assertError(part("/bucket/other-key", id, "1"), 404, "NoSuchUpload", message);
        assertError(part("/other/up", id, "1"), 404, "NoSuchUpload", message);
        String partEtag =
                part("/bucket/up", id, "1").headers().firstValue("ETag").orElseThrow();
        String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + partEtag
                + "</ETag></Part></CompleteMultipartUpload>";
        assertThat(send("POST", "/bucket/up?uploadId=" + id, HttpRequest.BodyPublishers.ofString(complete))
                        .statusCode())
                .isEqualTo(200);

        assertError(part("/bucket/up", id, "2"), 404, "NoSuchUpload", message);
        assertError(
                send("POST", "/bucket/up?uploadId=" + id, HttpRequest.BodyPublishers.ofString(complete)),
                404,
                "NoSuchUpload",
                message);
    }

    @Test
    @DisplayName("a reset ends the uploads in progress")
    void resetEndsUploads() throws Exception {
        String id = startUpload("up");

        fake.reset();
        fake.createBucket("bucket");

        assertThat(part("/bucket/up", id, "1").statusCode()).isEqualTo(404);
    }
}
