package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.ColumnImportance;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.MlTransformNotReadyException;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.glue.model.TaskType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The FindMatches loop through the AWS SDK: generate a labeling set, label it, import it, evaluate. */
@DisplayName("Labeling set generation and evaluation task runs through the AWS SDK")
class LabelingLoopTest {

    /** Two sets; in set s1 five A records share a name, five B records do not; city differs everywhere. */
    static final String TEN_LABELS = """
            labeling_set_id,label,name,city
            s1,A,ann,c1
            s1,A,ann,c2
            s1,A,ann,c3
            s1,A,ann,c4
            s1,A,ann,c5
            s1,B,b1,c6
            s1,B,b2,c7
            s1,B,b3,c8
            s1,B,b4,c9
            s1,B,"b,5",c10
            """;

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().createBucket("bucket");
        glue = Clients.glue(fake);
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        s3.close();
        fake.close();
    }

    private GetMlTaskRunResponse run(String transformId, String taskRunId) {
        return glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId));
    }

    private String generate(String transformId, String path) {
        return glue.startMLLabelingSetGenerationTaskRun(
                        r -> r.transformId(transformId).outputS3Path(path))
                .taskRunId();
    }

    @Test
    void generationWritesALabelingFileWithEmptyLabelsFromTheTransformsRecords() {
        fake.seedLabels("tfm-1", TEN_LABELS);

        String runId = generate("tfm-1", "s3://bucket/sets/");

        GetMlTaskRunResponse run = run("tfm-1", runId);
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(run.properties().taskType()).isEqualTo(TaskType.LABELING_SET_GENERATION);
        assertThat(run.properties().labelingSetGenerationTaskRunProperties().outputS3Path())
                .isEqualTo("s3://bucket/sets/");
        assertThat(run.properties().importLabelsTaskRunProperties()).isNull();
        assertThat(run.properties().exportLabelsTaskRunProperties()).isNull();
        List<String> keys = s3.listObjectsV2(r -> r.bucket("bucket").prefix("sets/")).contents().stream()
                .map(S3Object::key)
                .toList();
        assertThat(keys).containsExactly("sets/labeling-set-" + runId + ".csv");
        String file =
                s3.getObjectAsBytes(r -> r.bucket("bucket").key(keys.get(0))).asUtf8String();
        List<String> lines = file.lines().toList();
        assertThat(lines.get(0)).isEqualTo("labeling_set_id,label,name,city");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(10)
                .allSatisfy(line -> assertThat(line).startsWith(runId + "-set-1,,"));
        assertThat(lines.get(1)).endsWith(",,ann,c1");
        assertThat(lines.get(10)).endsWith(",,\"b,5\",c10");
    }

    @Test
    void generationDrawsFromTheRecordsTheTestGaveTheTransform() {
        fake.createTransform("tfm-r").seedRecords("tfm-r", "id,name\r\n1,\"Zoë \"\"Z\"\"\"\r\n2,\"two\nlines\"\r\n");

        String runId = generate("tfm-r", "s3://bucket/r");

        assertThat(run("tfm-r", runId).status()).isEqualTo(TaskStatusType.SUCCEEDED);
        String file = s3.getObjectAsBytes(r -> r.bucket("bucket").key("r/labeling-set-" + runId + ".csv"))
                .asUtf8String();
        assertThat(file)
                .isEqualTo("labeling_set_id,label,id,name\n"
                        + runId + "-set-1,,1,\"Zoë \"\"Z\"\"\"\n"
                        + runId + "-set-1,,2,\"two\nlines\"\n");
    }

    @Test
    @DisplayName("a records file's byte order mark is no part of its first column; bytes not UTF-8 are refused")
    void recordsFileByteOrderMarkIsSkippedAndNotUtf8Refused() {
        byte[] records = "id,name\n1,a\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[records.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(records, 0, withBom, 3, records.length);
        fake.seedRecords("tfm-bom", new java.io.ByteArrayInputStream(withBom), "bom.csv");

        String runId = generate("tfm-bom", "s3://bucket/bom");

        assertThat(s3.getObjectAsBytes(r -> r.bucket("bucket").key("bom/labeling-set-" + runId + ".csv"))
                        .asUtf8String())
                .startsWith("labeling_set_id,label,id,name\n");
        assertThatThrownBy(() -> fake.seedRecords(
                        "tfm-bad",
                        new java.io.ByteArrayInputStream(new byte[] {'i', 'd', '\n', (byte) 0xff}),
                        "bad.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The records file bad.csv is not UTF-8");
    }

    @Test
    void recordsWithAFieldTooManyAreRefusedNamingTheRecord() {
        assertThatThrownBy(() -> fake.seedRecords("tfm-r", "id,name\n1,a\n2,b,extra\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Record 2 of the records file records of tfm-r has 3 fields, its header has 2 columns");
    }

    @Test
    void generationOfATransformWithoutRecordsFailsNamingIt() {
        fake.createTransform("tfm-empty");

        String runId = generate("tfm-empty", "s3://bucket/sets");

        GetMlTaskRunResponse run = run("tfm-empty", runId);
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString()).contains("No records", "tfm-empty");
        assertThat(s3.listObjectsV2(r -> r.bucket("bucket")).contents()).isEmpty();
    }

    @Test
    void generatedSetLabeledAndImportedIsEvaluatedWithMetricsFromTheLabels() {
        fake.seedLabels("tfm-1", TEN_LABELS);
        String generated = generate("tfm-1", "s3://bucket/sets");
        String key = "sets/labeling-set-" + generated + ".csv";
        String file = s3.getObjectAsBytes(r -> r.bucket("bucket").key(key)).asUtf8String();
        // a person labels the set: the first five records match, the last five are each their own
        StringBuilder labeled = new StringBuilder();
        List<String> lines = file.lines().toList();
        labeled.append(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            String label = i <= 5 ? "A" : "B";
            labeled.append(lines.get(i).replaceFirst(",,", "," + label + ",")).append('\n');
        }
        s3.putObject(r -> r.bucket("bucket").key("labeled/set.csv"), RequestBody.fromString(labeled.toString()));
        String imported = glue.startImportLabelsTaskRun(r -> r.transformId("tfm-1")
                        .inputS3Path("s3://bucket/labeled/set.csv")
                        .replaceAllLabels(true))
                .taskRunId();
        assertThat(run("tfm-1", imported).status()).isEqualTo(TaskStatusType.SUCCEEDED);

        String evaluation =
                glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")).taskRunId();

        GetMlTaskRunResponse run = run("tfm-1", evaluation);
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(run.properties().taskType()).isEqualTo(TaskType.EVALUATION);
        assertThat(run.properties().importLabelsTaskRunProperties()).isNull();
        FindMatchesMetrics metrics = glue.getMLTransform(r -> r.transformId("tfm-1"))
                .evaluationMetrics()
                .findMatchesMetrics();
        // 10 records in one set: 45 pairs; A has C(5,2) = 10 matching pairs, B all differ (labels B are one
        // label, so B also has 10): 20 matches, 25 non-matches; a tenth of matches missed, a twentieth wrongly matched
        assertThat(metrics.confusionMatrix().numTruePositives()).isEqualTo(18);
        assertThat(metrics.confusionMatrix().numFalseNegatives()).isEqualTo(2);
        assertThat(metrics.confusionMatrix().numFalsePositives()).isEqualTo(1);
        assertThat(metrics.confusionMatrix().numTrueNegatives()).isEqualTo(24);
        assertThat(metrics.precision()).isCloseTo(18.0 / 19, within(1e-9));
        assertThat(metrics.recall()).isCloseTo(0.9, within(1e-9));
        assertThat(metrics.f1()).isCloseTo(2 * (18.0 / 19) * 0.9 / (18.0 / 19 + 0.9), within(1e-9));
        // the A records agree on name (10 of the 20 matching pairs), nobody agrees on city
        assertThat(metrics.columnImportances())
                .extracting(ColumnImportance::columnName, ColumnImportance::importance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", 0.5),
                        org.assertj.core.groups.Tuple.tuple("city", 0.0));
    }

    @Test
    void evaluationOfATransformWithoutLabelsIsNotReady() {
        fake.createTransform("tfm-empty");

        assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-empty")))
                .isInstanceOfSatisfying(MlTransformNotReadyException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("tfm-empty");
                });
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Test
    void aTransformWithoutEvaluationHasNoFindMatchesMetrics() {
        fake.seedLabels("tfm-1", TEN_LABELS);

        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1"))
                        .evaluationMetrics()
                        .findMatchesMetrics())
                .isNull();
    }

    @Test
    void getMlTaskRunsFiltersByTheNewTaskTypes() {
        fake.seedLabels("tfm-1", TEN_LABELS);
        String generation = generate("tfm-1", "s3://bucket/sets");
        String evaluation =
                glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")).taskRunId();
        glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/out"));

        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1").filter(f -> f.taskRunType(TaskType.EVALUATION)))
                        .taskRuns())
                .extracting(TaskRun::taskRunId)
                .containsExactly(evaluation);
        assertThat(glue.getMLTaskRuns(r ->
                                r.transformId("tfm-1").filter(f -> f.taskRunType(TaskType.LABELING_SET_GENERATION)))
                        .taskRuns())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.taskRunId()).isEqualTo(generation);
                    assertThat(t.properties()
                                    .labelingSetGenerationTaskRunProperties()
                                    .outputS3Path())
                            .isEqualTo("s3://bucket/sets");
                });
    }
}
