package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;

/**
 * The body of a PUT as S3 reads it: {@code aws-chunked} framing (chunk sizes, extensions, line ends, trailers), the
 * decoded length and the checksums a client declares. Malformed framing, which no SDK sends, goes as raw HTTP; each
 * refusal is S3's status, code and message, and stores nothing. Pins mutants of {@code PayloadDecoder} that survived
 * issue 17's run (see docs/RELIABILITY.md).
 */
@DisplayName("S3 PUT bodies: aws-chunked framing, decoded length, trailers and checksums")
@Timeout(60)
class S3ChunkedBodyTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    static final String SIGNATURE = ";chunk-signature=" + "0".repeat(64);
    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    FakeGlue fake;

    @BeforeEach
    void bucket() {
        fake = server.defaultAccount();
        fake.createBucket("bucket");
    }

    @AfterEach
    void forget() {
        fake.reset();
    }

    static HttpRequest.Builder put(String body) {
        return HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/k"))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII));
    }

    static HttpRequest.Builder chunked(String body) {
        return put(body).header("Content-Encoding", "aws-chunked");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return RawHttp.send(request);
    }

    /** S3's error, its message escaped as the XML body holds it; nothing was stored. */
    void assertRefused(HttpResponse<String> answer, String code, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        String escaped = message.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("\r", "&#13;")
                .replace("\n", "&#10;");
        assertThat(answer.body()).contains("<Error><Code>" + code + "</Code><Message>" + escaped + "</Message>");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    void assertStored(HttpResponse<String> answer, String bytes) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(fake.objectBytes("bucket", "k"))
                .asString(StandardCharsets.US_ASCII)
                .isEqualTo(bytes);
    }

    static String crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        return Base64.getEncoder()
                .encodeToString(
                        new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    // ---------------------------------------------------------------- framing

    @Test
    @DisplayName("chunk sizes in either case, with or without extensions and spaces, hold any bytes, CRLF too")
    void chunkSizes() throws Exception {
        String body = "A" + SIGNATURE + "\r\n" + "ab\r\ncd\r\nef" + "\r\n" + "1a\r\n" + ALPHABET + "\r\n"
                + " 1 ; x=y\r\n" + "!" + "\r\n" + "0" + SIGNATURE + "\r\n\r\n";

        HttpResponse<String> answer = send(chunked(body).header("x-amz-decoded-content-length", "37"));

        assertStored(answer, "ab\r\ncd\r\nef" + ALPHABET + "!");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty chunk header               | \\r\\nabc\\r\\n0\\r\\n\\r\\n        | chunk size "" is not hexadecimal
            an extension without a size         | ;a=b\\r\\nabc\\r\\n0\\r\\n\\r\\n    | chunk size "" is not hexadecimal
            a size that is not hexadecimal      | 3g\\r\\nabc\\r\\n0\\r\\n\\r\\n      | chunk size "3g" is not hexadecimal
            a header ended by LF alone          | 3\\nabc\\r\\n0\\r\\n\\r\\n          | chunk size "3\\nabc" is not hexadecimal
            a header ended by CR alone          | 3\\rabc\\r\\n0\\r\\n\\r\\n          | chunk size "3\\rabc" is not hexadecimal
            a header without a line end         | 3;a=b                               | a chunk header has no line end
            a header ended by a lone CR         | 3;a=b\\r                            | a chunk header has no line end
            no last chunk                       | 3\\r\\nabc\\r\\n                    | a chunk header has no line end
            a chunk longer than the body        | 5\\r\\nabc                          | a chunk announces 5 bytes but the body ends first
            a chunk the body ends with          | 3\\r\\nabc                          | a chunk does not end with CRLF
            a chunk ended by one byte           | 3\\r\\nabc\\r                       | a chunk does not end with CRLF
            a chunk ended by LF alone           | 3\\r\\nabcX\\n0\\r\\n\\r\\n         | a chunk does not end with CRLF
            a chunk ended by CR alone           | 3\\r\\nabc\\rX0\\r\\n\\r\\n         | a chunk does not end with CRLF
            """)
    @DisplayName("malformed framing is 400 IncompleteBody naming what is wrong, and nothing is stored")
    void malformedFraming(String problem, String body, String why) throws Exception {
        HttpResponse<String> answer = send(chunked(unescape(body)));

        assertRefused(answer, "IncompleteBody", "The aws-chunked request body is malformed: " + unescape(why));
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n");
    }

    @Test
    @DisplayName("x-amz-content-sha256: STREAMING-… alone marks a body as aws-chunked")
    void streamingShaAloneMeansChunked() throws Exception {
        HttpResponse<String> answer = send(put("3\r\nabc\r\n0\r\n\r\n")
                .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                .header("x-amz-decoded-content-length", "3"));

        assertStored(answer, "abc");
    }

    // ---------------------------------------------------------------- decoded length

    @Test
    @DisplayName("a decoded length other than the chunks' is IncompleteBody; without one, the chunks are the object")
    void decodedLength() throws Exception {
        assertRefused(
                send(chunked("3\r\nabc\r\n0\r\n\r\n").header("x-amz-decoded-content-length", "4")),
                "IncompleteBody",
                "You did not provide the number of bytes specified by the x-amz-decoded-content-length header: "
                        + "declared 4, received 3");

        assertStored(send(chunked("3\r\nabc\r\n0\r\n\r\n")), "abc");
    }

    @Test
    @DisplayName("a body that is not aws-chunked is its own bytes, whatever x-amz-decoded-content-length says")
    void decodedLengthOfAPlainBody() throws Exception {
        assertStored(send(put("abc").header("x-amz-decoded-content-length", "99")), "abc");
    }

    @Test
    @DisplayName("a decoded length that is not a number is InvalidArgument quoting it, cut after 40 characters")
    void decodedLengthNotANumber() throws Exception {
        String forty = "x".repeat(40);
        assertRefused(
                send(chunked("3\r\nabc\r\n0\r\n\r\n").header("x-amz-decoded-content-length", forty)),
                "InvalidArgument",
                "x-amz-decoded-content-length must be a number of bytes, but is \"" + forty + "\"");
        assertRefused(
                send(chunked("3\r\nabc\r\n0\r\n\r\n").header("x-amz-decoded-content-length", forty + "y")),
                "InvalidArgument",
                "x-amz-decoded-content-length must be a number of bytes, but is \"" + forty + "…\"");
    }

    // ---------------------------------------------------------------- payload hash

    @Test
    @DisplayName("a plain body is checked against a hexadecimal x-amz-content-sha256 in either case, not another")
    void payloadHashOfAPlainBody() throws Exception {
        assertStored(
                send(put("abc").header("x-amz-content-sha256", sha256Hex("abc").toUpperCase(Locale.ROOT))), "abc");
        assertStored(send(put("xyz").header("x-amz-content-sha256", "UNSIGNED-PAYLOAD")), "xyz");
    }

    @Test
    @DisplayName("an aws-chunked body's x-amz-content-sha256 is the hash of what was sent, not of the object")
    void payloadHashOfAChunkedBody() throws Exception {
        String body = "3\r\nabc\r\n0\r\n\r\n";

        assertStored(send(chunked(body).header("x-amz-content-sha256", sha256Hex(body))), "abc");
    }

    // ---------------------------------------------------------------- trailers

    @Test
    @DisplayName("trailer lines are read to the end of the body without a last CRLF, in any case and spacing")
    void trailerWithoutALastLineEnd() throws Exception {
        assertRefused(
                send(chunked("3\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==")),
                "BadDigest",
                "The CRC32 you specified did not match the calculated checksum.");

        assertStored(send(chunked("3\r\nabc\r\n0\r\n X-Amz-Checksum-CRC32 : " + crc32("abc"))), "abc");
    }

    @Test
    @DisplayName("every trailer line is read, the second too, and one without a colon is skipped")
    void everyTrailerLine() throws Exception {
        assertRefused(
                send(chunked("3\r\nabc\r\n0\r\nx-amz-trailer-signature:" + "0".repeat(64)
                        + "\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n")),
                "BadDigest",
                "The CRC32 you specified did not match the calculated checksum.");

        assertStored(
                send(chunked("3\r\nabc\r\n0\r\nno colon here\r\nx-amz-checksum-crc32:" + crc32("abc") + "\r\n\r\n")),
                "abc");
    }

    @Test
    @DisplayName("the empty line ends the trailer: what follows it is not read as a trailer")
    void emptyLineEndsTheTrailer() throws Exception {
        assertStored(send(chunked("3\r\nabc\r\n0\r\n\r\nx-amz-checksum-crc32:AAAAAA==\r\n")), "abc");
    }

    // ---------------------------------------------------------------- checksums

    @Test
    @DisplayName("Content-MD5: the object's MD5 is stored, another is BadDigest")
    void contentMd5() throws Exception {
        String md5 = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("MD5").digest(ALPHABET.getBytes(StandardCharsets.US_ASCII)));

        assertRefused(
                send(put(ALPHABET).header("Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA==")),
                "BadDigest",
                "The Content-MD5 you specified did not match what we received.");
        assertStored(send(put(ALPHABET).header("Content-MD5", md5)), ALPHABET);
    }

    @Test
    @DisplayName("the SDK's SHA-1, SHA-256 and CRC32C trailers match the bytes; a wrong SHA-256 is BadDigest")
    void sdkChecksums() throws Exception {
        try (S3Client s3 = Clients.s3(fake)) {
            for (ChecksumAlgorithm algorithm :
                    new ChecksumAlgorithm[] {ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256, ChecksumAlgorithm.CRC32_C
                    }) {
                s3.putObject(
                        r -> r.bucket("bucket").key(algorithm.toString()).checksumAlgorithm(algorithm),
                        RequestBody.fromString(ALPHABET));
                assertThat(fake.objectBytes("bucket", algorithm.toString()))
                        .asString(StandardCharsets.US_ASCII)
                        .isEqualTo(ALPHABET);
            }
        }
        fake.reset();
        fake.createBucket("bucket");

        assertRefused(
                send(put(ALPHABET).header("x-amz-checksum-sha256", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
                "BadDigest",
                "The SHA256 you specified did not match the calculated checksum.");
    }
}
