package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Requests no client of ours would send: bodies over the limits, bodies that are not what the service reads, headers
 * that are wrong. Each is answered with the service's modelled error, the call is journaled, and the fake goes on
 * serving. (Requests that break below the services — broken chunks, bodies cut short, bytes that are not HTTP — are in
 * {@link ModelledErrorAnswersTest}.)
 */
@DisplayName("Malformed and oversized requests")
@Timeout(60)
class MalformedRequestTest {

    /** The fake's S3 limit in this test: small, so that going over it costs little. */
    static final long UPLOAD_LIMIT = 1L << 20;

    static FakeGlueServer server;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    FakeGlue fake;

    @BeforeAll
    static void startServer() {
        server = FakeGlueServer.builder().maxUploadBytes(UPLOAD_LIMIT).start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void account() {
        // the default account: raw requests without a signature reach it
        fake = server.defaultAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
    }

    @AfterEach
    void stillServesThenForget() throws Exception {
        HttpResponse<String> answer = glue("AWSGlue.GetMLTransform", "{\"TransformId\":\"tfm-1\"}");
        assertThat(answer.statusCode())
                .as("the fake still answers: %s", answer.body())
                .isEqualTo(200);
        assertThat(answer.body()).contains("\"LabelCount\":1");
        fake.reset();
    }

    static HttpResponse<String> glue(String target, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JournalEntry lastCall() {
        List<JournalEntry> entries = fake.journal().entries();
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    /** Sends a request's headers and no body, and reads the answer to its end (the fake closes the connection). */
    static String exchangeHeadersOnly(String headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(10));
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("a body over the limit")
    class OverTheLimit {

        @Test
        @DisplayName("of a Glue call is SerializationException, refused on its Content-Length before a byte is read")
        void glueBody() throws Exception {
            long size = 64L << 20;
            // headers only: the answer comes without a byte of the 64 MiB body (the JDK's client hangs on an early
            // answer
            // to Expect: 100-continue before Java 19, hence a plain socket)
            String answer = exchangeHeadersOnly("POST / HTTP/1.1\r\nHost: fake\r\n"
                    + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSGlue.GetMLTransform\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + size + "\r\n\r\n");

            assertThat(answer)
                    .startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("x-amzn-ErrorType: SerializationException")
                    .containsIgnoringCase("Connection: close")
                    .endsWith(
                            "{\"__type\":\"SerializationException\",\"Message\":\"The request body is " + size
                                    + " bytes; "
                                    + "the fake Glue reads at most 1048576 bytes of a request, far more than any Glue ML request needs.\"}");
            assertThat(lastCall()).satisfies(call -> {
                assertThat(call.operation()).isEqualTo("GetMLTransform");
                assertThat(call.status()).isEqualTo(400);
                assertThat(call.errorCode()).isEqualTo("SerializationException");
            });
        }

        @Test
        @DisplayName("of an S3 PUT is EntityTooLarge, refused on its Content-Length before a byte is read")
        void s3PutBeforeReading() throws Exception {
            String answer = exchangeHeadersOnly("PUT /bucket/huge.bin HTTP/1.1\r\nHost: fake\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + (1L << 40) + "\r\n\r\n");

            assertThat(answer)
                    .startsWith("HTTP/1.1 400 ")
                    .contains("<Code>EntityTooLarge</Code>")
                    .contains("the request body is " + (1L << 40) + " bytes");
            assertThat(lastCall().errorCode()).isEqualTo("EntityTooLarge");
        }

        @Test
        @DisplayName("of an S3 PUT is EntityTooLarge, as the SDK reports it, and nothing is stored")
        void s3PutThroughTheSdk() {
            byte[] object = new byte[(int) UPLOAD_LIMIT + 1];

            try (S3Client s3 = Clients.s3(fake)) {
                assertThatThrownBy(() ->
                                s3.putObject(r -> r.bucket("bucket").key("big.bin"), RequestBody.fromBytes(object)))
                        .isInstanceOfSatisfying(S3Exception.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(400);
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooLarge");
                            assertThat(e.awsErrorDetails().errorMessage())
                                    .startsWith("Your proposed upload exceeds the maximum "
                                            + "allowed object size: the request body is ")
                                    .contains(
                                            "the fake S3 takes at most " + UPLOAD_LIMIT
                                                    + " bytes in one request (FakeGlueServer.Builder.maxUploadBytes, --max-upload)");
                        });
            }
            assertThat(fake.objects("bucket", "")).isEmpty();
            assertThat(lastCall().errorCode()).isEqualTo("EntityTooLarge");
        }

        @Test
        @DisplayName(
                "without a Content-Length (chunked) is EntityTooLarge once it passes the limit, and nothing is stored")
        void chunked() throws Exception {
            long size = 256L << 20;

            // what the client sends past the limit is read and dropped by Jetty, never held
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/chunked.bin"))
                            .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(7, size))));

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body())
                    .contains("<Code>EntityTooLarge</Code>")
                    .contains("the request body is more than " + UPLOAD_LIMIT + " bytes");
            assertThat(lastCall().errorCode()).isEqualTo("EntityTooLarge");
            assertThat(fake.objects("bucket", "")).isEmpty();
        }

        @Test
        @DisplayName("a body of exactly the limit is taken")
        void atTheLimit() throws Exception {
            byte[] object = new GeneratedBytes(3, UPLOAD_LIMIT).readAllBytes();

            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/exact.bin"))
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(object)));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(fake.objectBytes("bucket", "exact.bin")).isEqualTo(object);
        }
    }

    @Test
    @DisplayName("a body that starts like gzip is stored as sent, not un-gzipped (WireMock would)")
    void gzipBytesStayAsSent() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzip)) {
            out.write("labeling_set_id,label\ns,A\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/labels.csv.gz"))
                        .header("Content-Encoding", "gzip")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(gzip.toByteArray())));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(fake.objectBytes("bucket", "labels.csv.gz")).isEqualTo(gzip.toByteArray());
    }

    static List<Arguments> malformedGlueBodies() {
        return List.of(
                Arguments.of(
                        "truncated JSON",
                        "AWSGlue.GetMLTransform",
                        "{\"TransformId\":\"tfm-1\"",
                        "The request body is not valid JSON: "),
                Arguments.of(
                        "a document nested 100,000 deep",
                        "AWSGlue.GetMLTransform",
                        "{\"TransformId\":" + "[".repeat(100_000),
                        "The request body is not valid JSON: Document nesting depth (1001) exceeds the "
                                + "maximum allowed (1000"),
                Arguments.of(
                        "a number of 5,000 digits",
                        "AWSGlue.GetMLTaskRuns",
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":" + "9".repeat(5_000) + "}",
                        "The request body is not valid JSON: Number value length (5000) exceeds the "
                                + "maximum allowed (1000"),
                Arguments.of(
                        "an integer of a billion digits",
                        "AWSGlue.GetMLTaskRuns",
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":1e999999999}",
                        "MaxResults must be an integer, but is a JSON " + "number"),
                Arguments.of(
                        "a timestamp of a billion digits",
                        "AWSGlue.GetMLTaskRuns",
                        "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedBefore\":1e999999999}}",
                        "Filter.StartedBefore must be a timestamp in epoch seconds, between -9223372036854775 and "
                                + "9223372036854775, but is 1e999999999"),
                Arguments.of(
                        "a JSON string where an object goes",
                        "AWSGlue.GetMLTaskRuns",
                        "{\"TransformId\":\"tfm-1\",\"Filter\":\"STARTING\"}",
                        "Filter must be a structure, but is a JSON string"),
                Arguments.of(
                        "a target that names no operation",
                        "AWSGlue.",
                        "{}",
                        "The fake Glue of glue-labels does not implement AWSGlue."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedGlueBodies")
    @DisplayName("a Glue body the service cannot read is a modelled 400 naming the problem")
    void malformedGlueBody(String problem, String target, String body, String message) throws Exception {
        HttpResponse<String> answer = glue(target, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        String type = answer.headers().firstValue("x-amzn-ErrorType").orElseThrow();
        assertThat(type).isIn("SerializationException", "UnknownOperationException");
        assertThat(answer.body()).startsWith("{\"__type\":\"" + type + "\",\"Message\":\"" + message);
        assertThat(lastCall().errorCode()).isEqualTo(type);
    }

    @Test
    @DisplayName("a timestamp nearer the epoch than a millisecond is the epoch, however many digits it has")
    void tinyTimestamp() throws Exception {
        HttpResponse<String> answer =
                glue("AWSGlue.GetMLTaskRuns", "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedAfter\":1e-999999999}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"TaskRuns\":[]}");
    }

    @Test
    @DisplayName("garbage bytes as a Glue body are SerializationException")
    void garbageBytes() throws Exception {
        byte[] garbage = new GeneratedBytes(11, 4096).readAllBytes();

        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                .POST(HttpRequest.BodyPublishers.ofByteArray(garbage)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("{\"__type\":\"SerializationException\"");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/json", "application/x-www-form-urlencoded"})
    @DisplayName("a Glue call with another Content-Type is SerializationException naming it")
    void wrongContentType(String contentType) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .header("Content-Type", contentType)
                .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                .POST(HttpRequest.BodyPublishers.ofString("{\"TransformId\":\"tfm-1\"}")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .isEqualTo("{\"__type\":\"SerializationException\",\"Message\":\"The request's "
                        + "Content-Type is \\\"" + contentType
                        + "\\\": an AWS JSON 1.1 request is application/x-amz-json-1.1, and "
                        + "the fake cannot read the body as anything else.\"}");
    }

    @Test
    @DisplayName("Content-Type parameters are ignored, as Smithy's protocol tests require")
    void contentTypeParameters() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1; charset=utf-8")
                .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                .POST(HttpRequest.BodyPublishers.ofString("{\"TransformId\":\"tfm-1\"}")));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    static List<Arguments> malformedS3Requests() {
        return List.of(
                Arguments.of(
                        "an XML character reference beyond Unicode",
                        "POST",
                        "/bucket?delete",
                        List.of(),
                        "<Delete><Object><Key>&#99999999999;</Key></Object></Delete>",
                        "MalformedXML"),
                Arguments.of(
                        "a hexadecimal character reference beyond Unicode",
                        "POST",
                        "/bucket?delete",
                        List.of(),
                        "<Delete><Object><Key>&#x110000;</Key></Object></Delete>",
                        "MalformedXML"),
                Arguments.of(
                        "an aws-chunked chunk that announces 2 GiB",
                        "PUT",
                        "/bucket/key",
                        List.of("Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "3"),
                        "7fffffff;chunk-signature=0\r\nabc\r\n0\r\n\r\n",
                        "IncompleteBody"),
                Arguments.of(
                        "an aws-chunked chunk of negative size",
                        "PUT",
                        "/bucket/key",
                        List.of("Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "3"),
                        "-3\r\nabc\r\n0\r\n\r\n",
                        "IncompleteBody"),
                Arguments.of(
                        "a decoded length that is not a number",
                        "PUT",
                        "/bucket/key",
                        List.of("Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "three"),
                        "3\r\nabc\r\n0\r\n\r\n",
                        "InvalidArgument"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedS3Requests")
    @DisplayName("an S3 request the service cannot read is a modelled 400 XML error, and nothing is stored")
    void malformedS3Request(String problem, String method, String path, List<String> headers, String body, String code)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }

        HttpResponse<String> answer = send(request);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(answer.body()).contains("<Error><Code>" + code + "</Code>");
        assertThat(lastCall().errorCode()).isEqualTo(code);
        assertThat(fake.objects("bucket", "")).isEmpty();
    }
}
