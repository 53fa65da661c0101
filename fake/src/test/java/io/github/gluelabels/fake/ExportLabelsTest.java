package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.glue.model.TaskType;

@DisplayName("StartExportLabelsTaskRun through the AWS SDK")
class ExportLabelsTest {

    static final String LABELS = """
      labeling_set_id,label,name,city
      set-1,A,"Zoë, the first",東京
      set-1,A,Zoe the first,Tokyo
      set-1,B,"He said ""hi""\","line one
      line two"
      set-2,A,😀 emoji,Paris
      """;

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().rowsPerPart(2));

    static GlueClient glue;
    FakeGlue fake;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", LABELS).createBucket("labels-bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    @Test
    void exportSucceedsAndWritesTheLabelsAsPartFilesWithExactBytes() {
        String runId = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/out"))
                .taskRunId();

        GetMlTaskRunResponse run = glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(run.properties().taskType()).isEqualTo(TaskType.EXPORT_LABELS);
        assertThat(run.properties().exportLabelsTaskRunProperties().outputS3Path())
                .isEqualTo("s3://labels-bucket/out");
        assertThat(run.startedOn()).isNotNull();
        assertThat(run.completedOn()).isNotNull();
        assertThat(run.errorString()).isNull();

        List<S3ObjectInfo> parts = fake.objects("labels-bucket", "out/");
        assertThat(parts)
                .extracting(S3ObjectInfo::key)
                .satisfiesExactly(
                        k -> assertThat(k)
                                .matches("out/tfm-1_labels_" + ExportFileNamesTest.TIME_AND_UUID + "_part-00001\\.csv"),
                        k -> assertThat(k)
                                .matches(
                                        "out/tfm-1_labels_" + ExportFileNamesTest.TIME_AND_UUID + "_part-00002\\.csv"));
        String header = "labeling_set_id,label,name,city\n";
        String first = new String(fake.objectBytes("labels-bucket", parts.get(0).key()), StandardCharsets.UTF_8);
        String second =
                new String(fake.objectBytes("labels-bucket", parts.get(1).key()), StandardCharsets.UTF_8);
        assertThat(first).startsWith(header);
        assertThat(second).startsWith(header);
        assertThat(first + second.substring(header.length())).isEqualTo(LABELS);
    }

    @Test
    void writesMorePartsThanItFirstMakesRoomFor() {
        // 35 labels in parts of 2: 18 parts, past the 16 the label set first keeps the starts of
        StringBuilder labels = new StringBuilder("labeling_set_id,label\n");
        for (int i = 1; i <= 35; i++) {
            labels.append("set-").append(i).append(",A\n");
        }
        fake.seedLabels("tfm-2", labels.toString());

        String runId = glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-2").outputS3Path("s3://labels-bucket/many"))
                .taskRunId();

        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-2").taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
        List<S3ObjectInfo> parts = fake.objects("labels-bucket", "many/");
        assertThat(parts).hasSize(18);
        for (int part = 0; part < 18; part++) {
            StringBuilder expected = new StringBuilder("labeling_set_id,label\n");
            for (int i = 2 * part + 1; i <= Math.min(2 * part + 2, 35); i++) {
                expected.append("set-").append(i).append(",A\n");
            }
            assertThat(new String(
                            fake.objectBytes("labels-bucket", parts.get(part).key()), StandardCharsets.UTF_8))
                    .as("part %d", part + 1)
                    .isEqualTo(expected.toString());
        }
    }

    @Test
    void unknownTransformIsEntityNotFoundWithTheDocumentedMessage() {
        assertThatThrownBy(() -> glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-missing").outputS3Path("s3://labels-bucket/out")))
                .isInstanceOfSatisfying(EntityNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Cannot find MLTransform in account 123456789012 with handle tfm-missing.");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void transformWithoutLabelsHasTheDocumentedMessage() {
        fake.createTransform("tfm-empty");
        assertThatThrownBy(() -> glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-empty").outputS3Path("s3://labels-bucket/out")))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessageStartingWith("No labelset exists for transformId tfm-empty in account id 123456789012.");
    }

    @Test
    void invalidInputIsReportedAsAwsServicesDo() {
        assertThatThrownBy(() ->
                        glue.startExportLabelsTaskRun(r -> r.transformId("").outputS3Path(null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: Value '' at 'transformId' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 1; Value null at 'outputS3Path' failed "
                        + "to satisfy constraint: Member must not be null");
    }

    @Test
    void aPathThatIsNotAnS3UriIsInvalidInput() {
        assertThatThrownBy(() -> glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-1").outputS3Path("https://example.com/x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("OutputS3Path must be an S3 URI of the form s3://bucket/prefix");
    }

    @Test
    void exportToAMissingBucketEndsFailedNamingTheBucket() {
        String runId = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://no-such-bucket/x"))
                .taskRunId();
        GetMlTaskRunResponse run = glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString()).contains("no-such-bucket").contains("NoSuchBucket");
    }

    @Test
    void exportToABucketInAnotherRegionIsRefused() {
        fake.createBucket("eu-bucket", "eu-west-1");
        assertThatThrownBy(() -> glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-1").outputS3Path("s3://eu-bucket/x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("S3 path provided is not in the same region as transform. Expecting region - "
                        + "us-east-1, but got - eu-west-1.");
    }

    @Test
    void everyExportGetsItsOwnTaskRunId() {
        String a = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/a"))
                .taskRunId();
        String b = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/b"))
                .taskRunId();
        assertThat(a).isNotEqualTo(b).matches("tsk-[0-9a-f]{32}");
        assertThat(fake.taskRuns()).extracting(TaskRunInfo::taskRunId).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void journalRecordsTheCallsWithTheirInputs() {
        glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/a"));
        assertThatThrownBy(() -> glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId("tsk-none")))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessageStartingWith(
                        "No ML Task Run found for tsk-none: in account 123456789012 for transform tfm-1.");
        assertThat(fake.journal().entries())
                .extracting(JournalEntry::operation, JournalEntry::status, JournalEntry::errorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("StartExportLabelsTaskRun", 200, null),
                        org.assertj.core.groups.Tuple.tuple("GetMLTaskRun", 400, "EntityNotFoundException"));
        assertThat(fake.journal().entries().get(0).input())
                .contains("\"TransformId\":\"tfm-1\"")
                .contains("s3://labels-bucket/a");
    }
}
