package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.WaitOptions;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExportPlanner turns export's parameters into a plan, or every problem at once")
class ExportPlannerTest {

    private final ExportParameters parameters = new ExportParameters();

    private ExportPlan plan() throws MojoFailureException {
        return new ExportPlanner(parameters, new ConfigurationProblems("export", "nothing was sent"), File::toPath)
                .plan();
    }

    private String problems() {
        return assertThatThrownBy(this::plan)
                .isInstanceOf(MojoFailureException.class)
                .actual()
                .getMessage();
    }

    @Test
    @DisplayName(
            "one transform with the defaults: waits as core does by default, downloads to the placeholder's folder")
    void defaults() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/{transformId}");

        ExportPlan plan = plan();

        assertThat(plan.targets()).hasSize(1);
        assertThat(plan.targets().get(0).request().outputS3Path().toString()).isEqualTo("s3://labels/out/");
        assertThat(plan.targets().get(0).downloadDir()).isEqualTo(Path.of("target", "tfm-1"));
        assertThat(plan.waitOptions()).isEqualTo(WaitOptions.defaults());
        assertThat(plan.download()).isTrue();
    }

    @Test
    @DisplayName("several transforms without a placeholder: a sub-path and a sub-folder each")
    void severalTransforms() throws MojoFailureException {
        parameters.transformIds = List.of("tfm-1", "tfm-2");
        parameters.outputS3Path = "s3://labels/out";
        parameters.downloadTo = new File("target/labels");

        ExportPlan plan = plan();

        assertThat(plan.targets())
                .extracting(t -> t.request().outputS3Path().toString())
                .containsExactly("s3://labels/out/tfm-1/", "s3://labels/out/tfm-2/");
        assertThat(plan.targets())
                .extracting(ExportTarget::downloadDir)
                .containsExactly(Path.of("target", "labels", "tfm-1"), Path.of("target", "labels", "tfm-2"));
    }

    @Test
    @DisplayName("wait parameters are read into the wait options")
    void waitOptions() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.waiting = new WaitParameters(true, "1h30m", "500ms", true, 2, "10s");

        WaitOptions wait = plan().waitOptions();

        assertThat(wait.timeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(wait.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(wait.cancelOnTimeout()).isTrue();
        assertThat(wait.maxUnreachableReads()).isEqualTo(2);
        assertThat(wait.maxUnreachableTime()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("without waiting nothing is downloaded")
    void noWait() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.waiting = new WaitParameters(false, "30m", "2s", false, 5, "2m");

        ExportPlan plan = plan();

        assertThat(plan.download()).isFalse();
        assertThat(plan.targets().get(0).downloadDir()).isNull();
    }

    @Test
    @DisplayName("every problem at once, each naming the parameter, the rule and the value seen")
    void everyProblem() {
        parameters.waiting = new WaitParameters(false, "soon", "0s", false, 0, "2m");
        parameters.download = true;
        parameters.parallelism = 0;
        parameters.maxDownloadBytes = "lots";
        parameters.aws = new AwsParameters(null, "dev", "aws", "ftp://x", null, 0);

        assertThat(problems())
                .startsWith("Invalid configuration of glue-labels:export, nothing was sent (11 problems):")
                .contains("- transformId (property glue-labels.transformId) is not set")
                .contains("- outputS3Path (property glue-labels.outputS3Path) is not set")
                .contains("- timeout (property glue-labels.timeout) must be a duration such as 30m")
                .contains("- pollInterval (property glue-labels.pollInterval) must be more than 0; value seen: \"0s\"")
                .contains("- maxUnreachableReads (property glue-labels.maxUnreachableReads) must be 1 or more")
                .contains("- parallelism (property glue-labels.parallelism) must be 1 or more; value seen: \"0\"")
                .contains("- maxAttempts (property glue-labels.maxAttempts) must be 1 or more (1 = no retry)")
                .contains("- download (property glue-labels.download) is true but wait is false")
                .contains("- maxDownloadBytes (property glue-labels.maxDownloadBytes) must be a size such as")
                .contains("- serverId (\"aws\") and profile (\"dev\") are both set")
                .contains("- endpointUrl (property glue-labels.endpointUrl) must be an http:// or https:// URL");
    }

    @Test
    @DisplayName("with the embedded fake, its parameters are checked and the AWS ones are not")
    void fakeParameters() {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.fake = true;
        parameters.fakeParameters = FakeParameters.of("slowly", "fail:boom", 0);
        parameters.aws = new AwsParameters(null, null, null, "ftp://ignored", null, 3);

        assertThat(problems())
                .contains("(2 problems)")
                .contains("- fakePacing (property glue-labels.fakePacing) must be immediate, manual, reads:<n>")
                .contains(
                        "- fakeRowsPerPart (property glue-labels.fakeRowsPerPart) must be 1 or more; value seen: \"0\"")
                .doesNotContain("endpointUrl");
    }

    @Test
    @DisplayName("a whole bucket is refused when downloading, and a repeated transform is named")
    void wholeBucketAndRepeats() {
        parameters.transformIds = List.of("tfm-1", "tfm-1");
        parameters.outputS3Path = "s3://labels/{transformId}";

        assertThat(problems()).contains("- transformIds lists \"tfm-1\" twice");

        parameters.transformIds = null;
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels";
        assertThat(problems()).contains("- outputS3Path (property glue-labels.outputS3Path) is a whole bucket");
    }

    /** Was the invoker build export-whole-bucket: its every assertion, without forking Maven. */
    @Test
    @DisplayName("a whole bucket with a download and a bad size: both at once, before anything is sent")
    void wholeBucketWithABadSize() {
        parameters.fake = true;
        parameters.transformId = "tfm-0123456789abcdef";
        parameters.outputS3Path = "s3://labels-bucket/";
        parameters.maxDownloadBytes = "lots";

        assertThat(problems())
                .startsWith("Invalid configuration of glue-labels:export, nothing was sent (2 problems):")
                .contains("- maxDownloadBytes (property glue-labels.maxDownloadBytes) must be a size such as 50GiB, "
                        + "500MB, 2g or 1000000 (bytes), more than 0; value seen: \"lots\"")
                .contains("- outputS3Path (property glue-labels.outputS3Path) is a whole bucket, s3://labels-bucket: "
                        + "glue-labels does not download a whole bucket (it would bring every object in it). Export "
                        + "to a folder in it, e.g. s3://labels-bucket/labels/, or set download to false");
    }

    @Test
    @DisplayName("one task run at a time is a parallelism, and it is kept")
    void parallelismOne() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/labels");
        parameters.parallelism = 1;

        assertThat(plan().parallelism()).isEqualTo(1);
    }

    @Test
    @DisplayName("download set explicitly: true downloads, false does not, both with waiting")
    void downloadExplicitly() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/labels");
        parameters.download = true;

        ExportPlan plan = plan();
        assertThat(plan.download()).isTrue();
        assertThat(plan.targets().get(0).downloadDir()).isEqualTo(Path.of("target", "labels"));
        assertThat(plan.options(plan.targets().get(0)).downloadTo()).isEqualTo(Path.of("target", "labels"));
        assertThat(plan.several()).isFalse();

        parameters.download = false;
        plan = plan();
        assertThat(plan.download()).isFalse();
        assertThat(plan.targets().get(0).downloadDir()).isNull();
    }

    @Test
    @DisplayName("without waiting a download folder is ignored, and the options download nothing")
    void noWaitWithAFolder() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/labels");
        parameters.download = false;
        parameters.waiting = new WaitParameters(false, "30m", "2s", false, 5, "2m");

        ExportPlan plan = plan();

        assertThat(plan.download()).isFalse();
        assertThat(plan.targets().get(0).downloadDir()).isNull();
        assertThat(plan.options(plan.targets().get(0)).downloadTo()).isNull();
        assertThat(plan.options(plan.targets().get(0)).waitForCompletion()).isFalse();
    }

    @Test
    @DisplayName("the options of a target: its folder, the wait, the summary and the limits of the plan")
    void optionsOfATarget() throws MojoFailureException {
        parameters.transformIds = List.of("tfm-1", "tfm-2");
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/labels");
        parameters.summarize = false;

        ExportPlan plan = plan();

        assertThat(plan.several()).isTrue();
        var options = plan.options(plan.targets().get(1));
        assertThat(options.waitForCompletion()).isTrue();
        assertThat(options.downloadTo()).isEqualTo(Path.of("target", "labels", "tfm-2"));
        assertThat(options.waitOptions()).isEqualTo(plan.waitOptions());
        assertThat(options.summarize()).isFalse();
        assertThat(options.downloadLimits()).isEqualTo(plan.downloadLimits());
    }

    @Test
    @DisplayName("a download with waiting but no folder: the folder is asked for")
    void downloadWithoutAFolder() {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = null;

        assertThat(problems())
                .isEqualTo(
                        "Invalid configuration of glue-labels:export, nothing was sent (1 problem):\n"
                                + "  - downloadTo (property glue-labels.downloadTo) is not set: give the folder to download to");
    }

    @Test
    @DisplayName("download true with waiting is no problem")
    void downloadTrueWithWaiting() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.downloadTo = new File("target/labels");
        parameters.download = true;
        parameters.waiting = new WaitParameters(true, "30m", "2s", false, 5, "2m");

        assertThat(plan().download()).isTrue();
    }

    @Test
    @DisplayName("a transform without an output path: that one problem, no other")
    void noOutputPath() {
        parameters.transformId = "tfm-1";
        parameters.downloadTo = new File("target/labels");

        assertThat(problems()).contains("(1 problem)").contains("- outputS3Path (property glue-labels.outputS3Path)");
    }

    @Test
    @DisplayName("a whole bucket is taken when nothing is downloaded")
    void wholeBucketWithoutDownload() throws MojoFailureException {
        parameters.transformId = "tfm-1";
        parameters.outputS3Path = "s3://labels";
        parameters.download = false;

        assertThat(plan().targets().get(0).request().outputS3Path().isWholeBucket())
                .isTrue();
    }

    @Test
    @DisplayName("a transform id or output path core refuses is named by its parameter, each message once")
    void requestViolations() {
        parameters.transformId = "tf\u0001m";
        parameters.outputS3Path = "s3://labels/out/";
        parameters.download = false;
        parameters.transformIds = List.of();
        assertThat(problems())
                .contains("(1 problem)")
                .contains("- transformId: TransformId must not contain control characters");

        parameters.transformId = null;
        parameters.transformIds = List.of("tfm-1", "tf\u0001m");
        assertThat(problems())
                .contains("(1 problem)")
                .contains("- transformIds: TransformId must not contain control characters");

        parameters.transformIds = List.of("tfm-1", "tfm-2");
        parameters.outputS3Path = "s3://Bad_Bucket/out/";
        assertThat(problems())
                .contains("(2 problems)")
                .contains("- outputS3Path: OutputS3Path must name a valid S3 bucket")
                .contains("value seen: \"s3://Bad_Bucket/out/tfm-1/\"")
                .contains("value seen: \"s3://Bad_Bucket/out/tfm-2/\"");

        parameters.outputS3Path = "s3://labels/" + "k".repeat(1100) + "/{transformId}/";
        assertThat(problems()).contains("(1 problem)").contains("- outputS3Path: OutputS3Path ");
    }

    @Test
    @DisplayName("transformId empty beside a list, or the list empty beside a transformId: the one set is taken")
    void oneOfTheTwoEmpty() throws MojoFailureException {
        parameters.outputS3Path = "s3://labels/{transformId}/";
        parameters.download = false;
        parameters.transformId = "";
        parameters.transformIds = List.of("tfm-1", "tfm-2");
        assertThat(plan().targets()).extracting(t -> t.request().transformId()).containsExactly("tfm-1", "tfm-2");

        parameters.transformId = "tfm-3";
        parameters.transformIds = List.of();
        assertThat(plan().targets()).extracting(t -> t.request().transformId()).containsExactly("tfm-3");

        parameters.transformIds = null;
        assertThat(plan().targets()).extracting(t -> t.request().transformId()).containsExactly("tfm-3");
    }

    @Test
    @DisplayName("transformId and transformIds both set: one problem naming both")
    void bothSet() {
        parameters.outputS3Path = "s3://labels/out/";
        parameters.download = false;
        parameters.transformId = "tfm-3";
        parameters.transformIds = List.of("tfm-1", "tfm-2");

        assertThat(problems())
                .contains("(1 problem)")
                .contains("- transformId (\"tfm-3\") and transformIds (")
                .contains(") are both set: set one of them");
    }

    @Test
    @DisplayName("an id missing from transformIds is refused by core as empty, and ids are trimmed")
    void nullAndPaddedIds() {
        parameters.outputS3Path = "s3://labels/out/";
        parameters.download = false;
        parameters.transformIds = Arrays.asList(" tfm-1 ", null);

        assertThat(problems()).contains("(1 problem)").contains("- transformIds: TransformId must not be empty");
    }

    @Test
    @DisplayName("a transform's own path: the placeholder, the path alone, or a sub-path of S3 or the folder")
    void forTransform() {
        assertThat(ExportPlanner.forTransform("s3://b/{transformId}/x", "t", true, true))
                .isEqualTo("s3://b/t/x");
        assertThat(ExportPlanner.forTransform("s3://b/out", "t", false, true)).isEqualTo("s3://b/out");
        assertThat(ExportPlanner.forTransform("s3://b/out", "t", true, true)).isEqualTo("s3://b/out/t/");
        assertThat(ExportPlanner.forTransform("s3://b/out/", "t", true, true)).isEqualTo("s3://b/out/t/");
        String sep = File.separator;
        assertThat(ExportPlanner.forTransform("target", "t", true, false)).isEqualTo("target" + sep + "t");
        assertThat(ExportPlanner.forTransform("target" + sep, "t", true, false)).isEqualTo("target" + sep + "t");
    }

    @Test
    @DisplayName("a plan that does not wait downloads nothing, even for a target with a folder")
    void planWithoutWaiting() {
        ExportTarget target = new ExportTarget(ExportRequest.of("tfm-1", "s3://labels/out/"), Path.of("target"));
        ExportPlan plan =
                new ExportPlan(List.of(target), false, WaitOptions.defaults(), 1, true, DownloadLimits.defaults());

        assertThat(plan.download()).isFalse();
        assertThat(plan.options(target).downloadTo()).isNull();
    }
}
