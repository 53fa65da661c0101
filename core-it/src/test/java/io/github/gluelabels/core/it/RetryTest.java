package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.JournalEntry;
import io.github.gluelabels.fake.ServerPerClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Retries under injected faults")
class RetryTest {

    static final String START = "StartExportLabelsTaskRun";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(3));
        exporter = LabelExporter.of(clients, ExportListener.NONE);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private String start() {
        return exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
    }

    static List<Arguments> transientFaults() {
        return List.of(
                Arguments.of("InternalServiceException", (Supplier<Fault>) Fault::internalServiceError),
                Arguments.of("OperationTimeoutException", (Supplier<Fault>) Fault::operationTimeout),
                Arguments.of("ThrottlingException", (Supplier<Fault>) Fault::throttling));
    }

    @Nested
    @DisplayName("a transient error")
    class TransientErrors {

        @ParameterizedTest(name = "{0} in fewer calls than maxAttempts is retried until the call succeeds")
        @MethodSource("io.github.gluelabels.core.it.RetryTest#transientFaults")
        void retriedUntilSuccess(String code, Supplier<Fault> fault) {
            fake.faults().inject(START, 1, fault.get());

            String run = start();

            assertThat(fake.taskRuns()).extracting(r -> r.taskRunId()).containsExactly(run);
            assertThat(fake.journal().entries(START))
                    .extracting(JournalEntry::errorCode)
                    .containsExactly(code, null);
        }

        @Test
        @DisplayName("in N < maxAttempts calls makes N + 1 calls in all")
        void nPlusOneCalls() {
            fake.faults().inject(START, 2, Fault.internalServiceError());

            start();

            assertThat(fake.journal().entries(START))
                    .extracting(JournalEntry::errorCode)
                    .containsExactly("InternalServiceException", "InternalServiceException", null);
        }

        @Test
        @DisplayName(
                "in every one of maxAttempts calls fails naming the error code, the operation, the attempts and the "
                        + "request id")
        void exhausted() {
            fake.faults().inject(START, 3, Fault.internalServiceError());

            assertThatThrownBy(RetryTest.this::start).isInstanceOfSatisfying(AwsCallException.class, e -> {
                List<JournalEntry> calls = fake.journal().entries(START);
                assertThat(calls).hasSize(3);
                String lastRequestId = calls.get(2).requestId();
                assertThat(e.errorCode()).isEqualTo("InternalServiceException");
                assertThat(e.operation()).isEqualTo(START);
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.requestId()).isEqualTo(lastRequestId);
                assertThat(e)
                        .hasMessageContaining("Glue kept failing with InternalServiceException after 3 attempt(s)")
                        .hasMessageContaining("An internal service error occurred.")
                        .hasMessageEndingWith("(" + START + ", request id " + lastRequestId + ")");
            });
            assertThat(fake.taskRuns()).isEmpty();
        }

        @Test
        @DisplayName("with maxAttempts 1 is not retried")
        void noRetry() {
            fake.faults().inject(START, 1, Fault.internalServiceError());

            try (AwsClients once = Fakes.clients(fake, s -> s.maxAttempts(1))) {
                assertThatThrownBy(() -> LabelExporter.of(once, ExportListener.NONE)
                                .start(ExportRequest.of("tfm-1", "s3://bucket/out")))
                        .isInstanceOf(AwsCallException.class)
                        .hasMessageContaining("after 1 attempt(s)");
            }
            assertThat(fake.journal().count(START)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("an error that is not transient is not retried")
    void permanentErrorNotRetried() {
        assertThatThrownBy(() -> exporter.start(ExportRequest.of("tfm-missing", "s3://bucket/out")))
                .isInstanceOf(AwsCallException.class);
        assertThat(fake.journal().count(START)).isEqualTo(1);
    }

    @Nested
    @DisplayName("a connection problem")
    class ConnectionProblems {

        @Test
        @DisplayName("an answer slower than the read timeout fails saying so, with the timeout and the attempts")
        void readTimeout() {
            fake.faults().inject(START, 1, Fault.delay(Duration.ofSeconds(2)));

            try (AwsClients impatient = Fakes.clients(
                    fake, s -> s.readTimeout(Duration.ofMillis(250)).maxAttempts(1))) {
                assertThatThrownBy(() -> LabelExporter.of(impatient, ExportListener.NONE)
                                .start(ExportRequest.of("tfm-1", "s3://bucket/out")))
                        .isInstanceOfSatisfying(AwsCallException.class, e -> {
                            assertThat(e.operation()).isEqualTo(START);
                            assertThat(e.statusCode()).isZero();
                        })
                        .hasMessageContaining("Glue at " + fake.glueEndpoint() + " did not answer " + START)
                        .hasMessageContaining("read timeout of 250 ms")
                        .hasMessageContaining("1 attempt(s)");
            }
        }

        @Test
        @DisplayName("a slow answer within the retries is retried until one comes in time")
        void readTimeoutRetried() {
            fake.faults().inject(START, 1, Fault.delay(Duration.ofSeconds(2)));

            try (AwsClients impatient = Fakes.clients(
                    fake, s -> s.readTimeout(Duration.ofMillis(250)).maxAttempts(2))) {
                LabelExporter.of(impatient, ExportListener.NONE).start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            }
            assertThat(fake.journal().count(START)).isEqualTo(2);
        }

        @Test
        @DisplayName("a dropped connection fails saying the connection was lost, naming the endpoint")
        void droppedConnection() {
            fake.faults().inject(START, 1, Fault.dropConnection());

            try (AwsClients once = Fakes.clients(fake, s -> s.maxAttempts(1))) {
                assertThatThrownBy(() -> LabelExporter.of(once, ExportListener.NONE)
                                .start(ExportRequest.of("tfm-1", "s3://bucket/out")))
                        .isInstanceOfSatisfying(
                                AwsCallException.class,
                                e -> assertThat(e.operation()).isEqualTo(START))
                        .hasMessageContaining("Glue at " + fake.glueEndpoint())
                        .hasMessageContaining("connection")
                        .hasMessageContaining("1 attempt(s)");
            }
        }

        @Test
        @DisplayName("a dropped connection is retried")
        void droppedConnectionRetried() {
            fake.faults().inject(START, 1, Fault.dropConnection());

            start();

            assertThat(fake.journal().entries(START))
                    .extracting(JournalEntry::status)
                    .containsExactly(0, 200);
        }
    }

    @Nested
    @DisplayName("S3 calls of the download")
    class S3Calls {

        @Test
        @DisplayName("are retried too")
        void retried(@TempDir Path dir) {
            start();
            fake.faults()
                    .inject("ListObjectsV2", 1, Fault.internalServiceError())
                    .inject("GetObject", 2, Fault.internalServiceError());

            assertThat(exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/out"), dir)
                            .files())
                    .hasSize(1);
            assertThat(fake.journal().count("ListObjectsV2")).isEqualTo(2);
            assertThat(fake.journal().count("GetObject")).isEqualTo(3);
        }

        @Test
        @DisplayName("that keep failing name the object, the S3 error code and the request id")
        void exhausted(@TempDir Path dir) {
            start();
            String key = fake.objects("bucket", "out/").get(0).key();
            fake.faults().injectAlways("GetObject", Fault.internalServiceError());

            assertThatThrownBy(() -> exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/out"), dir))
                    .isInstanceOfSatisfying(AwsCallException.class, e -> {
                        List<JournalEntry> calls = fake.journal().entries("GetObject");
                        assertThat(calls).hasSize(3);
                        assertThat(e.operation()).isEqualTo("GetObject");
                        assertThat(e.errorCode()).isEqualTo("InternalError");
                        assertThat(e.requestId()).isEqualTo(calls.get(2).requestId());
                    })
                    .hasMessageContaining("S3 GetObject of s3://bucket/" + key + " failed: InternalError")
                    .hasMessageContaining("request id ");
        }
    }
}
