package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Requests that break below the services — a chunk size that is not hexadecimal, a body that ends before its
 * {@code Content-Length}, a connection that goes idle while its body comes, bytes that are not HTTP — are answered with
 * the service's modelled error (S3 XML, Glue JSON) and a 4xx, never with Jetty's HTML page and its stack trace. Sent
 * over plain sockets, since no HTTP client sends them.
 */
@DisplayName("Requests that break below the services get modelled errors, never an HTML page")
@Timeout(60)
class ModelledErrorAnswersTest {

    static final String GLUE_HEADERS = """
                                       POST / HTTP/1.1
                                       Host: fake
                                       X-Amz-Target: AWSGlue.GetMLTransform
                                       Content-Type: application/x-amz-json-1.1
                                       """;

    static FakeGlueServer server;
    FakeGlue fake;

    @BeforeAll
    static void startServer() {
        // a short idle timeout, so that a connection idle while its body comes is cut quickly
        server = FakeGlueServer.builder().idleTimeout(Duration.ofSeconds(1)).start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void account() {
        fake = server.defaultAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
    }

    @AfterEach
    void stillServes() throws Exception {
        try (RawExchange exchange = new RawExchange(server.port(), 10_000)) {
            String body = "{\"TransformId\":\"tfm-1\"}";
            String answer = exchange.send(
                            GLUE_HEADERS + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .answer();
            assertThat(answer)
                    .as("the fake still answers")
                    .startsWith("HTTP/1.1 200 ")
                    .contains("\"LabelCount\":1");
        }
        fake.reset();
    }

    static String exchange(String request, boolean endSending) throws Exception {
        try (RawExchange exchange = new RawExchange(server.port(), 20_000)) {
            exchange.send(request);
            if (endSending) {
                exchange.endSending();
            }
            return exchange.answer();
        }
    }

    JournalEntry lastCall() {
        List<JournalEntry> entries = fake.journal().entries();
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    static void assertModelledS3(String answer, String status, String code) {
        assertThat(answer)
                .as(answer)
                .startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("Content-Type: application/xml")
                .contains("<Code>" + code + "</Code>")
                .containsIgnoringCase("Connection: close");
        assertThat(RawExchange.looksLikeAnErrorPage(answer)).as(answer).isFalse();
    }

    static void assertModelledGlue(String answer, String status, String type) {
        assertThat(answer)
                .as(answer)
                .startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("Content-Type: application/x-amz-json-1.1")
                .containsIgnoringCase("x-amzn-ErrorType: " + type)
                .contains("{\"__type\":\"" + type + "\"");
        assertThat(RawExchange.looksLikeAnErrorPage(answer)).as(answer).isFalse();
    }

    @Nested
    @DisplayName("a chunk size that is not hexadecimal")
    class BadChunk {

        @Test
        @DisplayName("in an S3 PUT is IncompleteBody, 400, and nothing is stored")
        void s3() throws Exception {
            String answer = exchange("""
                    PUT /bucket/key HTTP/1.1
                    Host: fake
                    Transfer-Encoding: chunked

                    zz
                    abc
                    0

                    """, false);

            assertModelledS3(answer, "400", "IncompleteBody");
            assertThat(lastCall().errorCode()).isEqualTo("IncompleteBody");
            assertThat(fake.objects("bucket", "")).isEmpty();
        }

        @Test
        @DisplayName("in a Glue call is SerializationException, 400")
        void glue() throws Exception {
            String answer = exchange(GLUE_HEADERS + "Transfer-Encoding: chunked\r\n\r\nxyz\r\n{}\r\n0\r\n\r\n", false);

            assertModelledGlue(answer, "400", "SerializationException");
            assertThat(lastCall().errorCode()).isEqualTo("SerializationException");
        }
    }

    @Nested
    @DisplayName("a body that ends before its Content-Length")
    class CutShort {

        @Test
        @DisplayName("in an S3 PUT is IncompleteBody, 400, and nothing is stored")
        void s3() throws Exception {
            String answer = exchange("PUT /bucket/key HTTP/1.1\r\nHost: fake\r\nContent-Length: 100\r\n\r\nabc", true);

            assertModelledS3(answer, "400", "IncompleteBody");
            assertThat(answer).contains("the body broke off after 3 bytes of the 100 its Content-Length announced");
            assertThat(fake.objects("bucket", "")).isEmpty();
        }

        @Test
        @DisplayName("in a Glue call is SerializationException, 400")
        void glue() throws Exception {
            String answer = exchange(GLUE_HEADERS + "Content-Length: 100\r\n\r\n{\"Transf", true);

            assertModelledGlue(answer, "400", "SerializationException");
        }
    }

    @Nested
    @DisplayName("a connection idle while its body comes")
    class Idle {

        @Test
        @DisplayName("in an S3 PUT is RequestTimeout, 400")
        void s3() throws Exception {
            String answer = exchange("PUT /bucket/key HTTP/1.1\r\nHost: fake\r\nContent-Length: 100\r\n\r\nabc", false);

            assertModelledS3(answer, "400", "RequestTimeout");
            assertThat(fake.objects("bucket", "")).isEmpty();
        }

        @Test
        @DisplayName("in a Glue call is OperationTimeoutException, 400")
        void glue() throws Exception {
            String answer = exchange(GLUE_HEADERS + "Content-Length: 100\r\n\r\n{\"Transf", false);

            assertModelledGlue(answer, "400", "OperationTimeoutException");
        }
    }

    @Nested
    @DisplayName("bytes that are not HTTP get an S3 XML error and the connection is closed")
    class BelowHttp {

        @Test
        @DisplayName("random bytes: 400 InvalidRequest")
        void randomBytes() throws Exception {
            String answer = exchange(
                    new String(
                            new GeneratedBytes(5, 2048).readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1),
                    false);

            assertModelledS3(answer, "400", "InvalidRequest");
        }

        @Test
        @DisplayName("a Content-Length that is not a number: 400 InvalidRequest")
        void badContentLength() throws Exception {
            assertModelledS3(
                    exchange("PUT /bucket/key HTTP/1.1\r\nHost: x\r\nContent-Length: three\r\n\r\nabc", false),
                    "400",
                    "InvalidRequest");
        }

        @Test
        @DisplayName("headers over 8 KiB: 431 RequestHeaderSectionTooLarge")
        void hugeHeaders() throws Exception {
            assertModelledS3(
                    exchange("GET /bucket HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n", false),
                    "431",
                    "RequestHeaderSectionTooLarge");
        }
    }
}
