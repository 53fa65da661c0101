package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The fake's memory stays bounded whatever it is sent: the standalone jar runs with a 64 MiB heap and is sent a 1 TiB
 * upload, a 128 MiB chunked one, a 1 GiB Glue call, 100 Glue calls of almost 1 MiB each (100 MiB in all, which the
 * journal would hold if it kept request bodies whole), and 28 uploads of 15 MiB at once (420 MiB, which the bodies in
 * flight would hold without their budget). It answers each with the modelled error or the normal answer, and goes on
 * serving.
 */
@DisplayName("The standalone fake with a 64 MiB heap under requests far larger than its heap")
@Timeout(120)
class StandaloneBoundedMemoryIT {

    static final int LARGE_CALLS = 100;
    static final int PARALLEL_UPLOADS = 28;
    static final long UPLOAD_BYTES = 15L << 20;

    @TempDir
    static Path folder;

    static StandaloneProcess fake;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheJar() throws IOException {
        StandaloneLabels.write(folder.resolve("labels.csv"), 10);
        fake = StandaloneProcess.start(
                List.of("-Xmx64m"), "--seed", "tfm-1=" + folder.resolve("labels.csv"), "--bucket", "bucket");
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    static HttpResponse<String> getTransform(String extraMember) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(fake.endpoint() + "/"))
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"TransformId\":\"tfm-1\"" + extraMember + "}"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertServes() throws IOException, InterruptedException {
        HttpResponse<String> answer = getTransform("");
        assertThat(answer.statusCode())
                .as("the fake still answers\n%s", fake.describe())
                .isEqualTo(200);
        assertThat(answer.body()).contains("\"LabelCount\":10");
    }

    /** Sends headers only, announcing a body, and reads the answer the fake gives before any of it is sent. */
    static String headersOnly(String headers) throws IOException {
        try (Socket socket =
                new Socket(fake.endpoint().getHost(), fake.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a 1 TiB upload is EntityTooLarge before a byte of it is read")
    void terabyteUpload() throws Exception {
        String answer = headersOnly("PUT /bucket/huge.bin HTTP/1.1\r\nHost: fake\r\nExpect: 100-continue\r\n"
                + "Content-Length: " + (1L << 40) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("<Code>EntityTooLarge</Code>");
        assertServes();
    }

    @Test
    @DisplayName("a 1 GiB Glue call is SerializationException before a byte of it is read")
    void gigabyteGlueCall() throws Exception {
        String answer = headersOnly("POST / HTTP/1.1\r\nHost: fake\r\nContent-Type: application/x-amz-json-1.1\r\n"
                + "X-Amz-Target: AWSGlue.GetMLTransform\r\nExpect: 100-continue\r\nContent-Length: " + (1L << 30)
                + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"__type\":\"SerializationException\"");
        assertServes();
    }

    @Test
    @DisplayName("a 128 MiB chunked upload, sent whole, is EntityTooLarge and costs no heap")
    void chunkedUpload() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(fake.endpoint() + "/bucket/big.bin"))
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(1, 128L << 20)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<Code>EntityTooLarge</Code>");
        assertServes();
    }

    @Test
    @SuppressWarnings("deprecation") // ApacheHttpClient: the client every supported SDK version has
    @DisplayName("28 uploads of 15 MiB at once through the SDK are each stored whole or refused with 503 SlowDown, "
            + "never an out-of-memory 500")
    void manyUploadsAtOnce() throws Exception {
        byte[] object = new GeneratedBytes(9, UPLOAD_BYTES).readAllBytes();
        String md5 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("MD5").digest(object));
        StaticCredentialsProvider anyCredentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDANYKEY", "any-secret"));
        ExecutorService uploaders = Executors.newFixedThreadPool(PARALLEL_UPLOADS);
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(anyCredentials)
                .httpClient(ApacheHttpClient.builder()
                        .maxConnections(PARALLEL_UPLOADS)
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build()) {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < PARALLEL_UPLOADS; i++) {
                String key = "parallel/" + i + ".bin";
                outcomes.add(uploaders.submit(() -> {
                    try {
                        s3.putObject(r -> r.bucket("bucket").key(key), RequestBody.fromBytes(object));
                        return "stored";
                    } catch (S3Exception e) {
                        return e.statusCode() + " " + e.awsErrorDetails().errorCode();
                    }
                }));
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (Future<String> outcome : outcomes) {
                counts.merge(outcome.get(), 1, Integer::sum);
            }
            System.out.println("28 uploads of 15 MiB at once, with a 64 MiB heap: " + counts);
            assertThat(counts.keySet())
                    .as("outcomes\n%s", fake.describe())
                    .containsAnyOf("stored")
                    .isSubsetOf("stored", "503 SlowDown");
            for (S3Object stored : s3.listObjectsV2(r -> r.bucket("bucket").prefix("parallel/"))
                    .contents()) {
                assertThat(stored.size()).isEqualTo(UPLOAD_BYTES);
                assertThat(stored.eTag()).isEqualTo("\"" + md5 + "\"");
            }
            assertThat(s3.listObjectsV2(r -> r.bucket("bucket").prefix("parallel/"))
                            .keyCount())
                    .isEqualTo(counts.get("stored"));
        } finally {
            uploaders.shutdownNow();
        }
        assertServes();
    }

    @Test
    @DisplayName("100 Glue calls of almost 1 MiB each are all answered: the journal keeps 4 KiB of each")
    void manyLargeCalls() throws Exception {
        String padding = ",\"Padding\":\"" + "p".repeat(1_000_000) + "\"";
        for (int i = 0; i < LARGE_CALLS; i++) {
            HttpResponse<String> answer = getTransform(padding);
            assertThat(answer.statusCode())
                    .as("call %d of %d\n%s", i + 1, LARGE_CALLS, fake.describe())
                    .isEqualTo(200);
        }
        assertServes();
    }
}
