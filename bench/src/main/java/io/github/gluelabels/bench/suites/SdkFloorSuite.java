package io.github.gluelabels.bench.suites;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Suite 2 (e): the SDK floor. A real {@link GlueClient} (it marshals, signs, runs its interceptors and unmarshals, as
 * against AWS) over an {@link SdkHttpClient} that answers the canned bytes of {@link WireMockSuite}'s stubs from
 * memory: no fake, no WireMock, no socket. One client for the class, as the extension keeps its clients. What a test
 * through a real SDK client costs at the least, whatever answers it.
 */
public class SdkFloorSuite {

    static GlueClient glue;

    @BeforeAll
    static void connect() {
        glue = GlueClient.builder()
                .endpointOverride(URI.create("http://canned.invalid"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(new CannedAnswers())
                .build();
    }

    @AfterAll
    static void close() {
        glue.close();
    }

    @RepeatedTest(200)
    void export() {
        Workload.exportAndWait(glue);
    }

    /** Reads the request body, as a client sending it would, and answers the stub's bytes for its target. */
    static final class CannedAnswers implements SdkHttpClient {
        private static final byte[] START = Workload.START_ANSWER.getBytes(StandardCharsets.UTF_8);
        private static final byte[] GET = Workload.GET_ANSWER.getBytes(StandardCharsets.UTF_8);

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() throws IOException {
                    return answer(request);
                }

                @Override
                public void abort() {
                    // nothing is in flight outside the calling thread
                }
            };
        }

        private static HttpExecuteResponse answer(HttpExecuteRequest request) throws IOException {
            if (request.contentStreamProvider().isPresent()) {
                try (InputStream body = request.contentStreamProvider().get().newStream()) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            String target =
                    request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            byte[] answer = switch (target) {
                case "AWSGlue.StartExportLabelsTaskRun" -> START;
                case "AWSGlue.GetMLTaskRun" -> GET;
                default -> throw new IOException("no canned answer for X-Amz-Target " + target);
            };
            return HttpExecuteResponse.builder()
                    .response(SdkHttpFullResponse.builder()
                            .statusCode(200)
                            .putHeader("Content-Type", "application/x-amz-json-1.1")
                            .putHeader("Content-Length", Integer.toString(answer.length))
                            .build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer)))
                    .build();
        }

        @Override
        public String clientName() {
            return "canned";
        }

        @Override
        public void close() {}
    }
}
