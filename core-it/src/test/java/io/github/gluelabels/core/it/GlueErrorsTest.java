package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.EndpointKind;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.JournalEntry;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Errors from Glue, in plain words")
class GlueErrorsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        // the fake answers as Glue does; the advice asked for here is AWS's (a fake's is in OnAFake)
        exporter = LabelExporter.builder()
                .clients(clients)
                .endpointKind(EndpointKind.AWS)
                .build();
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    /** The request id of the last call the fake answered: the one an error must name. */
    private String lastRequestId() {
        List<JournalEntry> entries = fake.journal().entries();
        return entries.get(entries.size() - 1).requestId();
    }

    @Nested
    @DisplayName("an unknown transform")
    class UnknownTransform {

        @Test
        @DisplayName("names the transform and the region, and says what to check")
        void message() {
            assertThatThrownBy(() -> exporter.start(ExportRequest.of("tfm-missing", "s3://bucket/out")))
                    .isInstanceOf(AwsCallException.class)
                    .hasMessageContaining("Glue cannot find transform tfm-missing in region us-east-1.")
                    .hasMessageContaining("Check the transform id")
                    .hasMessageContaining("that the transform lives in us-east-1")
                    .hasMessageContaining("that the credentials belong to its account")
                    .hasMessageContaining(
                            "Glue said: Cannot find MLTransform in account 123456789012 with handle tfm-missing.");
        }

        @Test
        @DisplayName("keeps the operation, the error code, the HTTP status and the request id")
        void details() {
            assertThatThrownBy(() -> exporter.start(ExportRequest.of("tfm-missing", "s3://bucket/out")))
                    .isInstanceOfSatisfying(AwsCallException.class, e -> {
                        assertThat(e.operation()).isEqualTo("StartExportLabelsTaskRun");
                        assertThat(e.errorCode()).isEqualTo("EntityNotFoundException");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.requestId()).isEqualTo(lastRequestId());
                        assertThat(e)
                                .hasMessageEndingWith("(StartExportLabelsTaskRun, request id " + lastRequestId() + ")");
                    });
        }

        @Test
        @DisplayName("ends the export before any wait: no task run, no status read")
        void nothingStarted() {
            assertThatThrownBy(() -> exporter.export(
                            ExportRequest.of("tfm-missing", "s3://bucket/out"), ExportOptions.defaults()))
                    .isInstanceOf(AwsCallException.class);
            assertThat(fake.taskRuns()).isEmpty();
            assertThat(fake.journal().entries())
                    .extracting(JournalEntry::operation)
                    .containsExactly("StartExportLabelsTaskRun");
        }
    }

    @Test
    @DisplayName("a transform without labels names the transform and says to label or import first")
    void transformWithoutLabels() {
        fake.createTransform("tfm-empty");
        assertThatThrownBy(() -> exporter.start(ExportRequest.of("tfm-empty", "s3://bucket/out")))
                .isInstanceOfSatisfying(
                        AwsCallException.class, e -> assertThat(e.errorCode()).isEqualTo("EntityNotFoundException"))
                .hasMessageContaining("Transform tfm-empty has no labels to export in region us-east-1")
                .hasMessageContaining("import labels with StartImportLabelsTaskRun")
                .hasMessageContaining(
                        "Glue said: No labelset exists for transformId tfm-empty in account id 123456789012.");
    }

    @Test
    @DisplayName("invalid input that passes local validation carries the service's own message")
    void invalidInputFromTheService() {
        fake.createBucket("eu-bucket", "eu-west-1");
        ExportRequest valid = ExportRequest.of("tfm-1", "s3://eu-bucket/out");

        assertThatThrownBy(() -> exporter.start(valid))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("InvalidInputException");
                    assertThat(e.operation()).isEqualTo("StartExportLabelsTaskRun");
                    assertThat(e.requestId()).isEqualTo(lastRequestId());
                })
                .hasMessageContaining(
                        "Glue refused StartExportLabelsTaskRun for transform tfm-1 in region us-east-1 as "
                                + "invalid input. Glue said: S3 path provided is not in the same region as transform. Expecting region - "
                                + "us-east-1, but got - eu-west-1.");
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Nested
    @DisplayName("on a fake, the advice names what works there")
    class OnAFake {

        @Test
        @DisplayName("an unknown transform: how to seed it, not the AWS CLI command that lists transforms")
        void unknownTransformSeeded() {
            LabelExporter onTheFake = LabelExporter.of(clients, ExportListener.NONE);

            assertThatThrownBy(() -> onTheFake.start(ExportRequest.of("tfm-missing", "s3://bucket/out")))
                    .hasMessageContaining("Glue cannot find transform tfm-missing in region us-east-1. The fake at "
                            + fake.glueEndpoint()
                            + " knows only the transforms seeded into it: seed tfm-missing (--seed "
                            + "tfm-missing=labels.csv of the standalone fake, <fakeSeeds> of glue-labels:fake-start, fakeLabels of "
                            + "the export goal's embedded fake, @SeedLabels in a JUnit test)")
                    .hasMessageNotContaining("get-ml-transforms");
        }

        @Test
        @DisplayName("an unknown task run: the AWS CLI command, with the fake's endpoint")
        void unknownTaskRunListedOnTheFake() {
            LabelExporter onTheFake = LabelExporter.of(clients, ExportListener.NONE);

            assertThatThrownBy(() -> onTheFake.status("tfm-1", "tsk-none"))
                    .hasMessageContaining("'aws glue get-ml-task-runs --transform-id tfm-1 --endpoint-url "
                            + fake.glueEndpoint() + "' lists the transform's runs");
        }

        @Test
        @DisplayName("an embedded fake, gone after the export: no command at all")
        void embeddedFakeNamesNoCommand() {
            LabelExporter embedded = LabelExporter.builder()
                    .clients(clients)
                    .endpointKind(EndpointKind.EMBEDDED_FAKE)
                    .build();

            assertThatThrownBy(() -> embedded.status("tfm-1", "tsk-none"))
                    .hasMessageContaining(
                            "Glue has no task run tsk-none for transform tfm-1 in region us-east-1. Check the "
                                    + "task run id. Glue said:")
                    .hasMessageNotContaining("aws glue");
        }
    }

    @Nested
    @DisplayName("an unknown task run")
    class UnknownTaskRun {

        @Test
        @DisplayName("when reading its status, names the run, the transform and the region")
        void status() {
            assertThatThrownBy(() -> exporter.status("tfm-1", "tsk-none"))
                    .isInstanceOfSatisfying(AwsCallException.class, e -> {
                        assertThat(e.operation()).isEqualTo("GetMLTaskRun");
                        assertThat(e.errorCode()).isEqualTo("EntityNotFoundException");
                    })
                    .hasMessageContaining("Glue has no task run tsk-none for transform tfm-1 in region us-east-1")
                    .hasMessageContaining("'aws glue get-ml-task-runs --transform-id tfm-1' lists the transform's runs")
                    .hasMessageContaining("Glue said: No ML Task Run found for tsk-none: in account 123456789012 for "
                            + "transform tfm-1.");
        }

        @Test
        @DisplayName("ends a wait at the first read, without retrying it")
        void await() {
            assertThatThrownBy(() -> exporter.await("tfm-1", "tsk-none", WaitOptions.defaults()))
                    .isInstanceOf(AwsCallException.class)
                    .hasMessageContaining("Glue has no task run tsk-none for transform tfm-1");
            assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(1);
        }

        @Test
        @DisplayName("when cancelling it, names the run and the operation")
        void cancel() {
            assertThatThrownBy(() -> exporter.cancel("tfm-1", "tsk-none"))
                    .isInstanceOfSatisfying(
                            AwsCallException.class,
                            e -> assertThat(e.operation()).isEqualTo("CancelMLTaskRun"))
                    .hasMessageContaining("Glue has no task run tsk-none for transform tfm-1 in region us-east-1")
                    .hasMessageContaining("(CancelMLTaskRun, request id ");
        }
    }

    @Test
    @DisplayName("a refused permission names the operation and the region, and points to the IAM policy")
    void accessDenied() {
        fake.faults()
                .inject(
                        "StartExportLabelsTaskRun",
                        1,
                        Fault.error(
                                "AccessDeniedException",
                                400,
                                "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: glue:StartExportLabelsTaskRun"));

        assertThatThrownBy(() -> exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out")))
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining(
                        "AWS refused the credentials or the permission for glue:StartExportLabelsTaskRun in "
                                + "region us-east-1")
                .hasMessageContaining("user/ci is not authorized")
                .hasMessageContaining("IAM policy allows glue:StartExportLabelsTaskRun");
    }

    @Test
    @DisplayName("an endpoint where nothing listens names the endpoint and asks whether the service runs")
    void connectionRefused() throws IOException {
        try (RefusingPort refusing = new RefusingPort();
                AwsClients nowhere = Fakes.clients(
                        fake, s -> s.glueEndpoint(refusing.endpoint()).maxAttempts(1))) {
            URI closed = refusing.endpoint();
            assertThatThrownBy(() -> LabelExporter.of(nowhere, ExportListener.NONE)
                            .start(ExportRequest.of("tfm-1", "s3://bucket/out")))
                    .isInstanceOfSatisfying(AwsCallException.class, e -> {
                        assertThat(e.statusCode()).isZero();
                        assertThat(e.errorCode()).isNull();
                    })
                    .hasMessageContaining("Cannot reach Glue at " + closed)
                    .hasMessageContaining("the connection was refused")
                    .hasMessageContaining("is the service (or fake) running?");
        }
    }

    @Test
    @DisplayName("an S3 endpoint where nothing listens names the location and the endpoint")
    void s3ConnectionRefused(@TempDir Path folder) throws IOException {
        try (RefusingPort refusing = new RefusingPort();
                AwsClients nowhere = Fakes.clients(
                        fake, s -> s.s3Endpoint(refusing.endpoint()).maxAttempts(1))) {
            URI closed = refusing.endpoint();
            assertThatThrownBy(() -> LabelExporter.of(nowhere, ExportListener.NONE)
                            .export(
                                    ExportRequest.of("tfm-1", "s3://bucket/out/"),
                                    ExportOptions.defaults().downloadingTo(folder.resolve("labels"))))
                    .isInstanceOf(AwsCallException.class)
                    .hasMessageContaining("Cannot reach S3 for s3://bucket/out/ at " + closed + ": ")
                    .hasMessageContaining("the connection was refused");
        }
    }
}
