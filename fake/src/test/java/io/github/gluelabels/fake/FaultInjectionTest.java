package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.InternalServiceException;
import software.amazon.awssdk.services.glue.model.OperationTimeoutException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
@DisplayName("Fault injection")
class FaultInjectionTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String export() {
        return glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/out"))
                .taskRunId();
    }

    @Test
    void theNextCallsFailWithTheModelledErrorThenCallsSucceed() {
        fake.faults().inject("StartExportLabelsTaskRun", 2, Fault.internalServiceError());
        assertThatThrownBy(this::export)
                .isInstanceOfSatisfying(
                        InternalServiceException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThatThrownBy(this::export).isInstanceOf(InternalServiceException.class);
        assertThat(export()).startsWith("tsk-");
        assertThat(fake.journal().entries("StartExportLabelsTaskRun"))
                .extracting(JournalEntry::errorCode)
                .containsExactly("InternalServiceException", "InternalServiceException", null);
    }

    @Test
    void operationTimeoutIsItsOwnException() {
        fake.faults().inject("GetMLTransform", 1, Fault.operationTimeout());
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .isInstanceOf(OperationTimeoutException.class)
                .hasMessageStartingWith("The operation timed out.");
    }

    @Test
    void throttlingIsA400ThatTheSdkRecognises() {
        fake.faults().injectAlways("*", Fault.throttling());
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .isInstanceOfSatisfying(GlueException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                    assertThat(e.isThrottlingException()).isTrue();
                });
        fake.faults().clear();
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                .isEqualTo(1);
    }

    @Test
    void theSdkRetriesInjectedFaultsByItself() {
        fake.faults().inject("GetMLTransform", 2, Fault.internalServiceError());
        try (GlueClient retrying = GlueClient.builder()
                .endpointOverride(fake.glueEndpoint())
                .region(software.amazon.awssdk.regions.Region.of(fake.region()))
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        fake.accessKeyId(), fake.secretAccessKey()))
                .httpClient(Clients.http())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(3)
                        .backoffStrategy(software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately())))
                .build()) {
            assertThat(retrying.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                    .isEqualTo(1);
        }
        assertThat(fake.journal().count("GetMLTransform")).isEqualTo(3);
    }

    @Test
    void aDelayBeyondTheReadTimeoutMakesTheClientGiveUp() {
        fake.faults().inject("GetMLTransform", 1, Fault.delay(Duration.ofMillis(1500)));
        try (GlueClient impatient = GlueClient.builder()
                .endpointOverride(fake.glueEndpoint())
                .region(software.amazon.awssdk.regions.Region.of(fake.region()))
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        fake.accessKeyId(), fake.secretAccessKey()))
                .httpClient(ApacheHttpClient.builder()
                        .socketTimeout(Duration.ofMillis(300))
                        .build())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build()) {
            assertThatThrownBy(() -> impatient.getMLTransform(r -> r.transformId("tfm-1")))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void aDroppedConnectionIsAnIoFailure() {
        fake.faults().inject("GetMLTransform", 1, Fault.dropConnection());
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .isInstanceOf(SdkClientException.class);
        assertThat(fake.journal().entries("GetMLTransform"))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isZero());
    }

    @Test
    void s3FaultsAreS3Errors() {
        fake.faults().inject("ListObjectsV2", 1, Fault.internalServiceError());
        try (S3Client s3 = Clients.s3(fake)) {
            assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket("bucket")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(500);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError");
                    });
        }
    }

    @Test
    void faultsOfOneAccountDoNotReachAnother() {
        fake.faults().injectAlways("*", Fault.internalServiceError());
        try (FakeGlue other = server.newAccount();
                GlueClient otherGlue = Clients.glue(other)) {
            other.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n");
            assertThat(otherGlue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                    .isEqualTo(1);
            assertThat(fake.journal().entries()).isEmpty();
            assertThat(other.journal().count("GetMLTransform")).isEqualTo(1);
        }
    }
}
