package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.DownloadLimits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DiffPlanner turns diff's parameters into a plan, or every problem at once")
class DiffPlannerTest {

    @TempDir
    Path folder;

    private final DiffParameters parameters = new DiffParameters();
    private Path before;
    private Path after;

    @BeforeEach
    void labelingFiles() throws IOException {
        before = Files.writeString(folder.resolve("before.csv"), "labeling_set_id,label,id\nset-1,A,1\n");
        after = Files.writeString(folder.resolve("after.csv"), "labeling_set_id,label,id\nset-1,B,1\n");
        parameters.diffReport = folder.resolve("diff.json").toFile();
        parameters.workDirectory = folder.resolve("work").toFile();
    }

    private DiffPlan plan() throws MojoFailureException {
        return new DiffPlanner(parameters, new ConfigurationProblems("diff", "nothing was read"), File::toPath).plan();
    }

    private String problems() {
        return assertThatThrownBy(this::plan)
                .isInstanceOf(MojoFailureException.class)
                .actual()
                .getMessage();
    }

    @Test
    @DisplayName("two local files: compared as they are, calling nothing, identified by all fields")
    void localSides() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();

        DiffPlan plan = plan();

        assertThat(plan.from()).isEqualTo(DiffSide.local("from", before));
        assertThat(plan.to()).isEqualTo(DiffSide.local("to", after));
        assertThat(plan.primaryKey()).isNull();
        assertThat(plan.callsAws()).isFalse();
        assertThat(plan.report()).isEqualTo(folder.resolve("diff.json"));
        assertThat(plan.downloadLimits()).isEqualTo(DownloadLimits.defaults());
    }

    @Test
    @DisplayName("an s3:// side is downloaded under the work folder: the plan calls AWS")
    void s3Side() throws MojoFailureException {
        parameters.from = "s3://labels/exports/before/";
        parameters.to = after.toString();

        DiffPlan plan = plan();

        assertThat(plan.from()).isEqualTo(DiffSide.s3("from", new S3Uri("labels", "exports/before/")));
        assertThat(plan.downloads()).isEqualTo(folder.resolve("work").resolve("diff"));
        assertThat(plan.callsAws()).isTrue();
    }

    @Test
    @DisplayName("a transform without a primary key: the key is looked up, so the plan calls AWS")
    void transformWithoutPrimaryKey() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.transformId = "tfm-1";

        DiffPlan plan = plan();

        assertThat(plan.looksUpPrimaryKey()).isTrue();
        assertThat(plan.callsAws()).isTrue();
    }

    @Test
    @DisplayName("a primary key given: it is used, and the transform is not read")
    void primaryKeyGiven() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.transformId = "tfm-1";
        parameters.primaryKey = "id";

        DiffPlan plan = plan();

        assertThat(plan.primaryKey()).isEqualTo("id");
        assertThat(plan.looksUpPrimaryKey()).isFalse();
        assertThat(plan.callsAws()).isFalse();
    }

    @Test
    @DisplayName("every problem at once: sides missing or absent, a whole bucket, a label column as key, bad limits")
    void everyProblemAtOnce() {
        parameters.to = folder.resolve("absent.csv").toString();
        parameters.primaryKey = "label";
        parameters.maxDownloadObjects = 0;
        parameters.transformId = "";

        String message = problems();

        assertThat(message)
                .startsWith("Invalid configuration of glue-labels:diff, nothing was read (4 problems):")
                .contains("from (property glue-labels.from) is not set")
                .contains("to (property glue-labels.to) must be an existing labeling file or folder, or an s3:// "
                        + "path; it does not exist; value seen: \"" + folder.resolve("absent.csv") + "\"")
                .contains("primaryKey (property glue-labels.primaryKey) must be a column of the source table, not "
                        + "labeling_set_id or label; value seen: \"label\"")
                .contains("maxDownloadObjects (property glue-labels.maxDownloadObjects) must be 1 or more");
    }

    @Test
    @DisplayName("an s3:// side that is a whole bucket, or not a valid path, is refused with the parameter's name")
    void invalidS3Sides() {
        parameters.from = "s3://labels";
        parameters.to = "s3://";

        String message = problems();

        assertThat(message)
                .contains("from (property glue-labels.from) must be a folder in a bucket, not a whole bucket")
                .contains("to (property glue-labels.to)");
    }

    @Test
    @DisplayName("the connection parameters are checked only when the diff calls AWS")
    void connectionCheckedOnlyWhenCalled() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.aws = new AwsParameters(null, "p", "s", "not a url", null, 0);

        assertThat(plan().callsAws()).isFalse();

        parameters.from = "s3://labels/before/";
        assertThat(problems())
                .contains("serverId (\"s\") and profile (\"p\") are both set")
                .contains("endpointUrl (property glue-labels.endpointUrl) must be an http:// or https:// URL")
                .contains("maxAttempts (property glue-labels.maxAttempts) must be 1 or more");
    }

    @Test
    @DisplayName("nothing set: each side asked for in its own words, and the report's file")
    void nothingSet() {
        parameters.diffReport = null;

        assertThat(problems())
                .isEqualTo("Invalid configuration of glue-labels:diff, nothing was read (3 problems):\n"
                        + "  - from (property glue-labels.from) is not set: give the labels before — a labeling file, a "
                        + "folder of them (an export's download folder) or an s3:// path\n"
                        + "  - to (property glue-labels.to) is not set: give the labels after — a labeling file, a "
                        + "folder of them (an export's download folder) or an s3:// path\n"
                        + "  - diffReport (property glue-labels.diffReport) is not set: give the file the JSON report "
                        + "goes to, e.g. target/glue-labels/diff.json");
    }

    @Test
    @DisplayName("an s3:// side after: the plan calls AWS, and the connection is checked")
    void s3SideAfter() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = "s3://labels/exports/after/";

        DiffPlan plan = plan();
        assertThat(plan.to()).isEqualTo(DiffSide.s3("to", new S3Uri("labels", "exports/after/")));
        assertThat(plan.callsAws()).isTrue();

        parameters.aws = new AwsParameters(null, null, null, "not a url", null, 1);
        assertThat(problems())
                .contains("(1 problem)")
                .contains("endpointUrl (property glue-labels.endpointUrl) must be an http:// or https:// URL");
    }

    @Test
    @DisplayName("a transform whose primary key is looked up: the connection is checked; with a key given it is not")
    void connectionCheckedForTheLookup() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.transformId = "tfm-1";
        parameters.aws = new AwsParameters(null, null, null, "not a url", null, 1);

        assertThat(problems())
                .contains("(1 problem)")
                .contains("endpointUrl (property glue-labels.endpointUrl) must be an http:// or https:// URL");

        parameters.primaryKey = "id";
        DiffPlan plan = plan();
        assertThat(plan.transformId()).isEqualTo("tfm-1");
        assertThat(plan.callsAws()).isFalse();
    }

    @Test
    @DisplayName("an empty primary key or transform id is not set; a blank key or labeling_set_id is refused")
    void emptyAndRefusedKeys() throws MojoFailureException {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.primaryKey = "";
        parameters.transformId = "";

        DiffPlan plan = plan();
        assertThat(plan.primaryKey()).isNull();
        assertThat(plan.transformId()).isNull();
        assertThat(plan.callsAws()).isFalse();

        parameters.primaryKey = " ";
        assertThat(problems())
                .contains("(1 problem)")
                .contains("primaryKey (property glue-labels.primaryKey) must be a column of the source table, not "
                        + "labeling_set_id or label; value seen: \" \"");

        parameters.primaryKey = "labeling_set_id";
        assertThat(problems()).contains("(1 problem)").contains("value seen: \"labeling_set_id\"");
    }

    @Test
    @DisplayName("a transform id core refuses is named by its parameter")
    void invalidTransformId() {
        parameters.from = before.toString();
        parameters.to = after.toString();
        parameters.primaryKey = "id";
        parameters.transformId = "tf\u0001m";

        assertThat(problems())
                .contains("(1 problem)")
                .contains("- transformId (property glue-labels.transformId) must not contain control characters");
    }
}
