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
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.glue.model.TaskType;

@DisplayName("StartImportLabelsTaskRun")
class ImportLabelsTest {

    static final String SEED = "labeling_set_id,label,name\ns1,A,x\n";
    static final String MORE = "labeling_set_id,label,name\ns2,A,y\ns2,B,z\n";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", SEED).createBucket("bucket");
        fake.putObject("bucket", "in/more.csv", MORE.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private GetMlTaskRunResponse importFrom(String path, Boolean replace) {
        String runId = glue.startImportLabelsTaskRun(
                        r -> r.transformId("tfm-1").inputS3Path(path).replaceAllLabels(replace))
                .taskRunId();
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
    }

    @Test
    void appendsByDefault() {
        GetMlTaskRunResponse run = importFrom("s3://bucket/in/more.csv", null);
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(run.properties().taskType()).isEqualTo(TaskType.IMPORT_LABELS);
        assertThat(run.properties().importLabelsTaskRunProperties().inputS3Path())
                .isEqualTo("s3://bucket/in/more.csv");
        assertThat(run.properties().importLabelsTaskRunProperties().replace()).isFalse();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                .isEqualTo(3);
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(SEED + "s2,A,y\ns2,B,z\n");
    }

    @Test
    void replacesWithReplaceAllLabels() {
        GetMlTaskRunResponse run = importFrom("s3://bucket/in/more.csv", true);
        assertThat(run.properties().importLabelsTaskRunProperties().replace()).isTrue();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(2);
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(MORE);
    }

    @Test
    void importsAnExportedFolderBack() {
        String exportId = glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-1").outputS3Path("s3://bucket/backup"))
                .taskRunId();
        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(exportId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
        importFrom("s3://bucket/in/more.csv", true);
        assertThat(importFrom("s3://bucket/backup", true).status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(SEED);
    }

    @Test
    void aMissingFileIsAnInvalidPath() {
        assertThatThrownBy(() -> importFrom("s3://bucket/in/none.csv", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid label file path.");
        assertThatThrownBy(() -> importFrom("s3://no-bucket/in.csv", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid label file path.");
    }

    @Test
    void anEmptyFileIsRefused() {
        fake.putObject("bucket", "in/empty.csv", new byte[0]);
        assertThatThrownBy(() -> importFrom("s3://bucket/in/empty.csv", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid label file of size 0.");
    }

    @Test
    void aMalformedFileEndsFailedNamingTheLineAndKeepsTheLabels() {
        fake.putObject(
                "bucket", "in/bad.csv", "labeling_set_id,label,name\ns2,A,y\ns2,B\n".getBytes(StandardCharsets.UTF_8));
        GetMlTaskRunResponse run = importFrom("s3://bucket/in/bad.csv", true);
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString()).contains("s3://bucket/in/bad.csv").contains("line 3");
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(SEED);
    }

    @Test
    void differentColumnsEndFailed() {
        fake.putObject(
                "bucket", "in/other.csv", "labeling_set_id,label,city\ns2,A,y\n".getBytes(StandardCharsets.UTF_8));
        GetMlTaskRunResponse run = importFrom("s3://bucket/in/other.csv", false);
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString()).contains("[labeling_set_id, label, city]").contains("differ");
    }

    @Test
    void aReplaceWithOtherColumnsThanTheSchemaEndsFailedAndKeepsTheLabels() {
        // the transform's schema is its labels' columns (labeling_set_id, label, name): a replace cannot change it
        fake.putObject(
                "bucket", "in/other.csv", "labeling_set_id,label,city\ns2,A,y\n".getBytes(StandardCharsets.UTF_8));
        GetMlTaskRunResponse run = importFrom("s3://bucket/in/other.csv", true);
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString())
                .isEqualTo("The columns of s3://bucket/in/other.csv [labeling_set_id, label, city] differ from the"
                        + " transform's labels [labeling_set_id, label, name].");
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo(SEED);
    }

    @Test
    void importsEveryFileOfAFolder() {
        fake.putObject("bucket", "two/a.csv", "labeling_set_id,label,name\ns3,A,p\n".getBytes(StandardCharsets.UTF_8));
        fake.putObject(
                "bucket", "two/b.csv", "labeling_set_id,label,name\ns4,A,q\ns4,B,r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(importFrom("s3://bucket/two/", true).status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("labeling_set_id,label,name\ns3,A,p\ns4,A,q\ns4,B,r\n");
    }
}
