package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.MlTransformNotReadyException;
import software.amazon.awssdk.services.glue.model.TaskRun;

/**
 * The input rules of the task-run operations, each checked before the transform or run is looked up: without them a
 * bad id would be answered {@code EntityNotFoundException}, not the service's {@code InvalidInputException} naming
 * the member. Pins mutants that survived issue 17's pass (see docs/RELIABILITY.md).
 */
@DisplayName("Task-run operations: input rules and which runs they see")
class TaskRunInputRulesTest {

    private static final String TOO_LONG = "t".repeat(256);

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\n")
                .seedLabels("tfm-2", "labeling_set_id,label,name\ns9,B,y\n")
                .createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String export(String transformId, String path) {
        return glue.startExportLabelsTaskRun(r -> r.transformId(transformId).outputS3Path(path))
                .taskRunId();
    }

    @Test
    void getMlTaskRunsListsOnlyTheNamedTransformsRuns() {
        String ofFirst = export("tfm-1", "s3://bucket/one");
        String ofSecond = export("tfm-2", "s3://bucket/two");
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1")).taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(ofFirst);
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-2")).taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(ofSecond);
    }

    @Test
    void getMlTaskRunChecksBothIdsBeforeLookingThemUp() {
        assertThatThrownBy(() -> glue.getMLTaskRun(r -> r.transformId(TOO_LONG).taskRunId("")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("at 'transformId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 255")
                .hasMessageContaining("at 'taskRunId' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void cancelMlTaskRunChecksBothIdsBeforeLookingThemUp() {
        assertThatThrownBy(() -> glue.cancelMLTaskRun(r -> r.transformId("").taskRunId(TOO_LONG)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("at 'transformId' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1")
                .hasMessageContaining("at 'taskRunId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 255");
    }

    @Test
    void startImportLabelsTaskRunChecksTheIdAndThePathBeforeLookingThemUp() {
        assertThatThrownBy(() -> glue.startImportLabelsTaskRun(r -> r.transformId(TOO_LONG)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("at 'transformId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 255")
                .hasMessageContaining(
                        "Value null at 'inputS3Path' failed to satisfy constraint: " + "Member must not be null");
        assertThat(fake.labelCount("tfm-1")).isEqualTo(1);
    }

    @Test
    void startImportLabelsTaskRunRefusesABucketInAnotherRegion() {
        fake.createBucket("far-bucket", "eu-west-1");
        byte[] labels = "labeling_set_id,label,name\ns2,A,z\n".getBytes(StandardCharsets.UTF_8);
        fake.putObject("far-bucket", "in/more.csv", labels);
        String region = fake.region();
        assertThat(region).isNotEqualTo("eu-west-1");
        assertThatThrownBy(() -> glue.startImportLabelsTaskRun(
                        r -> r.transformId("tfm-1").inputS3Path("s3://far-bucket/in/more.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("S3 path provided is not in the same region as transform. Expecting region - "
                        + region + ", but got - eu-west-1.");
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1")).taskRuns()).isEmpty();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(1);
    }

    @Test
    void getMlTaskRunsChecksTheFiltersEnumerations() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1")
                        .filter(f -> f.taskRunType("EXPORT").status("DONE"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("Value 'EXPORT' at 'filter.taskRunType' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [EVALUATION, LABELING_SET_GENERATION, IMPORT_LABELS, "
                        + "EXPORT_LABELS, FIND_MATCHES]")
                .hasMessageContaining("Value 'DONE' at 'filter.status' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED, "
                        + "FAILED, TIMEOUT]");
    }

    @Test
    void getMlTaskRunsChecksTheSortsDirection() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(r ->
                        r.transformId("tfm-1").sort(s -> s.column("STARTED").sortDirection("UP"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'UP' at 'sort.sortDirection' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: [DESCENDING, ASCENDING] (");
    }

    @Test
    void getMlTaskRunsRequiresBothMembersOfASort() {
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1").sort(s -> s.column("STARTED"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: Value null at 'sort.sortDirection' failed to "
                        + "satisfy constraint: Member must not be null");
        assertThatThrownBy(
                        () -> glue.getMLTaskRuns(r -> r.transformId("tfm-1").sort(s -> s.sortDirection("ASCENDING"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: Value null at 'sort.column' failed to "
                        + "satisfy constraint: Member must not be null");
    }

    @Test
    void startMlEvaluationTaskRunChecksTheIdBeforeLookingItUp() {
        assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId(TOO_LONG)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("1 validation error detected: ")
                .hasMessageContaining("at 'transformId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 255");
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Test
    void evaluationOfLabelsWithoutRowsIsNotReady() {
        fake.seedLabels("tfm-0", "labeling_set_id,label,name\n");
        assertThat(fake.labelCount("tfm-0")).isZero();
        assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-0")))
                .isInstanceOfSatisfying(
                        MlTransformNotReadyException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Transform tfm-0 is not ready: it has no labels to estimate its quality"
                                        + " from. Import labels first."));
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Test
    void startMlLabelingSetGenerationTaskRunChecksTheIdAndThePathBeforeLookingThemUp() {
        assertThatThrownBy(() -> glue.startMLLabelingSetGenerationTaskRun(r -> r.transformId(TOO_LONG)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("2 validation errors detected: ")
                .hasMessageContaining("at 'transformId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 255")
                .hasMessageContaining(
                        "Value null at 'outputS3Path' failed to satisfy constraint: Member must not be null");
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Test
    void startMlLabelingSetGenerationTaskRunRefusesABucketInAnotherRegion() {
        fake.createBucket("far-bucket", "eu-west-1");
        String region = fake.region();
        assertThat(region).isNotEqualTo("eu-west-1");
        assertThatThrownBy(() -> glue.startMLLabelingSetGenerationTaskRun(
                        r -> r.transformId("tfm-1").outputS3Path("s3://far-bucket/sets/")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("S3 path provided is not in the same region as transform. Expecting region - "
                        + region + ", but got - eu-west-1.");
        assertThat(fake.taskRuns()).isEmpty();
    }
}
