package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.WaitOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ImportPlanner turns import's parameters into a plan, or every problem at once")
class ImportPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T17:00:00Z");

    @TempDir
    Path folder;

    private final ImportParameters parameters = new ImportParameters();
    private Path labels;

    @BeforeEach
    void labelingFile() throws IOException {
        labels = Files.writeString(folder.resolve("labels.csv"), "labeling_set_id,label,id\nset-1,A,1\n");
        parameters.workDirectory = folder.resolve("work").toFile();
    }

    private ImportPlan plan() throws MojoFailureException {
        return new ImportPlanner(parameters, new ConfigurationProblems("import", "nothing was sent"), File::toPath, NOW)
                .plan();
    }

    private String problems() {
        return assertThatThrownBy(this::plan)
                .isInstanceOf(MojoFailureException.class)
                .actual()
                .getMessage();
    }

    @Test
    @DisplayName("the defaults: an add, backups on, the dry run's export beside the input path")
    void defaults() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/imports/run-1/";

        ImportPlan plan = plan();

        assertThat(plan.request().transformId()).isEqualTo("tfm-1");
        assertThat(plan.request().labels()).isEqualTo(labels);
        assertThat(plan.request().inputS3Path()).isEqualTo(new S3Uri("labels", "imports/run-1/"));
        assertThat(plan.options().replaceAllLabels()).isFalse();
        assertThat(plan.options().backup()).isTrue();
        assertThat(plan.options().backupDownloadTo()).isEqualTo(folder.resolve("work/backups/tfm-1/20261206T170000Z"));
        assertThat(plan.options().waitOptions()).isEqualTo(WaitOptions.defaults());
        assertThat(plan.currentLabelsS3Path())
                .isEqualTo(new S3Uri("labels", "imports/glue-labels-backups/tfm-1/20261206T170000Z/"));
        // the import is told the place the plan named, so that it backs up there whenever it runs
        assertThat(plan.options().backupS3Path()).isEqualTo(plan.currentLabelsS3Path());
        assertThat(plan.planFolder()).isEqualTo(folder.resolve("work/import-plan/tfm-1"));
    }

    @Test
    @DisplayName("a replace with a backup path: backed up there; the explicit opt-out turns the backup off")
    void replaceWithBackup() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/imports/run-1/";
        parameters.replaceAllLabels = true;
        parameters.backupS3Path = "s3://backups/tfm-1/";

        ImportPlan plan = plan();

        assertThat(plan.options().replaceAllLabels()).isTrue();
        assertThat(plan.options().backupS3Path()).isEqualTo(new S3Uri("backups", "tfm-1/"));
        assertThat(plan.currentLabelsS3Path()).isEqualTo(new S3Uri("backups", "tfm-1/"));
        assertThat(plan.buckets()).containsExactly("labels", "backups");

        parameters.backup = false;
        assertThat(plan().options().backup()).isFalse();
    }

    @Test
    @DisplayName("a backup path inside the input path is refused before anything is sent, by core's rule")
    void backupInsideInputPath() {
        parameters.transformId = "tfm-1";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/imports/run-1/";
        parameters.replaceAllLabels = true;
        parameters.backupS3Path = "s3://labels/imports/run-1/backup/";

        assertThat(problems())
                .startsWith("Invalid configuration of glue-labels:import, nothing was sent (1 problem):")
                .contains("The backup path s3://labels/imports/run-1/backup/ lies inside the input path "
                        + "s3://labels/imports/run-1/");
    }

    @Test
    @DisplayName("every problem at once: nothing set, or set wrong")
    void everyProblemAtOnce() {
        parameters.labels = folder.resolve("absent.csv").toFile();
        parameters.backupS3Path = "https://backups/";
        parameters.waiting = new WaitParameters(false, "30m", "2s", false, 5, "2m");
        parameters.maxDownloadBytes = "lots";

        assertThat(problems())
                .startsWith("Invalid configuration of glue-labels:import, nothing was sent (6 problems):")
                .contains("labels (property glue-labels.labels) must be an existing labeling file or folder; it does "
                        + "not exist; value seen: \"" + folder.resolve("absent.csv") + "\"")
                .contains("inputS3Path (property glue-labels.inputS3Path) is not set")
                .contains("transformId (property glue-labels.transformId) is not set")
                .contains("backupS3Path (property glue-labels.backupS3Path) must be an S3 URI")
                .contains("wait (property glue-labels.wait) is false: import waits for its task run")
                .contains("maxDownloadBytes (property glue-labels.maxDownloadBytes) must be");
    }

    @Test
    @DisplayName("an input path or transform id that is not valid names the parameter, the rule and the value")
    void invalidRequest() {
        parameters.transformId = "x".repeat(300);
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "labels/imports/";

        assertThat(problems())
                .contains("transformId: TransformId must be at most 255 characters long")
                .contains("inputS3Path: InputS3Path must be an S3 URI of the form s3://bucket/prefix")
                .contains("value seen: \"labels/imports/\"");
    }

    @Test
    @DisplayName("with the embedded fake, the connection parameters are not checked, but the fake's are")
    void fakeParameters() {
        parameters.transformId = "tfm-1";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/in/";
        parameters.fake = true;
        parameters.aws = new AwsParameters(null, "p", "s", null, null, 3);
        parameters.fakeParameters = FakeParameters.of("sometimes", "succeed", 10);

        assertThat(problems())
                .contains("fakePacing (property glue-labels.fakePacing) must be")
                .doesNotContain("serverId");
    }

    @Test
    @DisplayName("without the embedded fake, the connection parameters are checked, attempts included")
    void connectionParameters() {
        parameters.transformId = "tfm-1";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/in/";
        parameters.aws = new AwsParameters(null, "p", "s", null, null, 0);
        parameters.fakeParameters = FakeParameters.of("sometimes", "succeed", 10);

        assertThat(problems())
                .contains("(2 problems)")
                .contains("- serverId (\"s\") and profile (\"p\") are both set")
                .contains("- maxAttempts (property glue-labels.maxAttempts) must be 1 or more (1 = no retry)")
                .doesNotContain("fakePacing");
    }

    @Test
    @DisplayName("no labels set: asked for, in so many words, and nothing else is reported of the request")
    void labelsNotSet() {
        parameters.transformId = "tfm-1";
        parameters.inputS3Path = "s3://labels/imports/run-1/";
        parameters.replaceAllLabels = true;
        parameters.backupS3Path = "s3://labels/imports/run-1/backup/";

        assertThat(problems())
                .isEqualTo("Invalid configuration of glue-labels:import, nothing was sent (1 problem):\n"
                        + "  - labels (property glue-labels.labels) is not set: give the labeling file to import, or a "
                        + "folder of them, e.g. src/labels/labels.csv");
    }

    @Test
    @DisplayName("an empty transform id is reported once, as not set, not again by core's rule")
    void emptyTransformId() {
        parameters.transformId = "";
        parameters.labels = labels.toFile();
        parameters.inputS3Path = "s3://labels/imports/run-1/";

        assertThat(problems())
                .isEqualTo("Invalid configuration of glue-labels:import, nothing was sent (1 problem):\n"
                        + "  - transformId (property glue-labels.transformId) is not set: name the transform to import "
                        + "the labels into, e.g. -Dglue-labels.transformId=tfm-0123456789abcdef");
    }
}
