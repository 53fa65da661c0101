package io.github.gluelabels.core.it;

import static io.github.gluelabels.core.it.Secrets.CANARY_PASSWORD;
import static io.github.gluelabels.core.it.Secrets.CANARY_SECRET;
import static io.github.gluelabels.core.it.Secrets.CANARY_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls signed with a canary secret key and session token, to endpoints whose user information holds a canary
 * password, fail in every way we know; no text shows any of them.
 */
@DisplayName("No secret in any message")
class NoSecretsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    ClientSettings settings;
    AwsClients clients;
    RecordingListener listener = new RecordingListener();
    LabelExporter exporter;
    /** Where nothing listens: a port held for this test, not a fixed one that something might listen on. */
    RefusingPort refusing = new RefusingPort();

    @TempDir
    Path dir;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        settings = Fakes.settings(fake)
                .credentials(Credentials.of(fake.accessKeyId(), CANARY_SECRET, CANARY_TOKEN))
                .glueEndpoint(Secrets.withCanaryPassword(fake.glueEndpoint()))
                .s3Endpoint(Secrets.withCanaryPassword(fake.s3Endpoint()))
                .readTimeout(Duration.ofMillis(250))
                .maxAttempts(2)
                .build();
        clients = AwsClients.create(settings);
        exporter = LabelExporter.builder().clients(clients).listener(listener).build();
    }

    @AfterEach
    void release() throws IOException {
        clients.close();
        fake.close();
        refusing.close();
    }

    static ExportRequest request(String transformId, String path) {
        return ExportRequest.of(transformId, path);
    }

    static WaitOptions quick() {
        return WaitOptions.defaults().withPollInterval(Duration.ofMillis(1)).withTimeout(Duration.ofMillis(50));
    }

    static Stream<Named<Consumer<NoSecretsTest>>> failures() {
        return Stream.of(
                Named.of("unknown transform", t -> t.exporter.start(request("tfm-missing", "s3://bucket/out"))),
                Named.of("invalid input", t -> {
                    t.fake.createBucket("eu-bucket", "eu-west-1");
                    t.exporter.start(request("tfm-1", "s3://eu-bucket/out"));
                }),
                Named.of("unknown task run", t -> t.exporter.status("tfm-1", "tsk-none")),
                Named.of("retries exhausted", t -> {
                    t.fake.faults().injectAlways("StartExportLabelsTaskRun", Fault.internalServiceError());
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                }),
                Named.of("throttled", t -> {
                    t.fake.faults().inject("StartExportLabelsTaskRun", 2, Fault.throttling());
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                }),
                Named.of("access denied", t -> {
                    t.fake.faults().inject("*", 1, Fault.error("AccessDeniedException", 400, "not authorized"));
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                }),
                Named.of("read timeout", t -> {
                    t.fake.faults().inject("StartExportLabelsTaskRun", 2, Fault.delay(Duration.ofSeconds(1)));
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                }),
                Named.of("dropped connection", t -> {
                    t.fake.faults().inject("StartExportLabelsTaskRun", 2, Fault.dropConnection());
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                }),
                Named.of("run FAILED", t -> {
                    t.fake.outcome(Outcome.fail("it broke"));
                    t.exporter.export(
                            request("tfm-1", "s3://bucket/out"),
                            ExportOptions.defaults().waiting(quick()));
                }),
                Named.of("wait timeout with failing polls and a failing cancel", t -> {
                    t.fake.pacing(Pacing.manual());
                    t.fake.faults()
                            .injectAlways("GetMLTaskRun", Fault.internalServiceError())
                            .injectAlways("CancelMLTaskRun", Fault.dropConnection());
                    t.exporter.export(
                            request("tfm-1", "s3://bucket/out"),
                            ExportOptions.defaults().waiting(quick().withCancelOnTimeout(true)));
                }),
                Named.of("download cut short", t -> {
                    t.exporter.start(request("tfm-1", "s3://bucket/out"));
                    t.fake.faults().inject("GetObject", 1, Fault.cutShort(3));
                    t.exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/out"), t.dir);
                }),
                Named.of(
                        "missing bucket on download",
                        t -> t.exporter.download(S3Uri.parse("OutputS3Path", "s3://no-such-bucket/out"), t.dir)),
                Named.of("nothing listens at the endpoint", t -> {
                    try (AwsClients nowhere = AwsClients.create(t.settings.toBuilder()
                            .glueEndpoint(Secrets.withCanaryPassword(t.refusing.endpoint()))
                            .build())) {
                        LabelExporter.builder()
                                .clients(nowhere)
                                .listener(t.listener)
                                .build()
                                .start(request("tfm-1", "s3://bucket/out"));
                    }
                }),
                Named.of("the endpoint dies during the wait", t -> {
                    t.fake.pacing(Pacing.manual());
                    String run = t.exporter.start(request("tfm-1", "s3://bucket/out"));
                    try (AwsClients nowhere = AwsClients.create(t.settings.toBuilder()
                            .glueEndpoint(Secrets.withCanaryPassword(t.refusing.endpoint()))
                            .build())) {
                        LabelExporter.builder()
                                .clients(nowhere)
                                .listener(t.listener)
                                .build()
                                .await("tfm-1", run, quick().withMaxUnreachable(1, Duration.ZERO));
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    @DisplayName("a failing call shows neither the secret key nor the session token")
    void failingCalls(Consumer<NoSecretsTest> failingCall) {
        Throwable failure = catchThrowable(() -> failingCall.accept(this));

        assertThat(failure).isNotNull();
        String shown = Secrets.everyMessageOf(failure) + "\n" + listener.events;
        assertThat(shown)
                .doesNotContain(CANARY_SECRET)
                .doesNotContain(CANARY_TOKEN)
                .doesNotContain(CANARY_PASSWORD)
                .doesNotContain("CANARY");
    }

    @Test
    @DisplayName("the settings, the credentials and the clients' description show the access key id at most")
    void toStrings() {
        assertThat(Stream.of(
                        settings.toString(),
                        settings.credentials().toString(),
                        settings.toBuilder().build().toString(),
                        clients.describe(),
                        Credentials.of("AKID", CANARY_SECRET).toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain("CANARY"))
                .anySatisfy(text -> assertThat(text).contains(fake.accessKeyId()));
    }

    @Test
    @DisplayName(
            "the canary credentials reach the account: with them an export succeeds, so the failures above are the "
                    + "injected ones")
    void canaryIsUsed() {
        assertThat(exporter.export(
                                request("tfm-1", "s3://bucket/out"),
                                ExportOptions.defaults().waiting(quick()).downloadingTo(dir))
                        .status())
                .isEqualTo("SUCCEEDED");
    }
}
