package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunFailedException;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.ServerPerClass;
import io.github.gluelabels.fake.TaskRunInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A task run that ends without SUCCEEDED")
class TerminalStatusTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;
    FakeTime time = new FakeTime();

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        clients = Fakes.clients(fake);
        exporter = LabelExporter.builder()
                .clients(clients)
                .listener(ExportListener.NONE)
                .clock(time)
                .sleeper(time)
                .build();
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private String onlyRun() {
        return fake.taskRuns().get(0).taskRunId();
    }

    @Test
    @DisplayName("FAILED because the output bucket does not exist: the error string names the bucket")
    void missingBucket() {
        assertThatThrownBy(() ->
                        exporter.export(ExportRequest.of("tfm-1", "s3://no-such-bucket/out"), ExportOptions.defaults()))
                .isInstanceOfSatisfying(TaskRunFailedException.class, e -> {
                    assertThat(e.state().status()).isEqualTo("FAILED");
                    assertThat(e.state().taskRunId()).isEqualTo(onlyRun());
                    assertThat(e.state().errorString())
                            .isEqualTo(fake.taskRuns().get(0).errorString());
                })
                .hasMessageStartingWith("Task run " + onlyRun() + " of transform tfm-1 ended FAILED: ")
                .hasMessageContaining("the S3 bucket no-such-bucket does not exist")
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    @DisplayName("with a download, a missing output bucket is found before the run is started (the download lists the "
            + "path first), and nothing is downloaded")
    void missingBucketBeforeTheRun(@TempDir Path dir) {
        Path target = dir.resolve("labels");

        assertThatThrownBy(() -> exporter.export(
                        ExportRequest.of("tfm-1", "s3://no-such-bucket/out"),
                        ExportOptions.defaults().downloadingTo(target)))
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("S3 ListObjectsV2 of s3://no-such-bucket/out failed: NoSuchBucket")
                .hasMessageContaining("The bucket does not exist, or is in another account.");
        assertThat(fake.taskRuns()).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    @DisplayName("FAILED with an error string: the message carries it whole")
    void failedWithErrorString() {
        fake.outcome(Outcome.fail("Internal error: the labeling set could not be read."));

        assertThatThrownBy(
                        () -> exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.defaults()))
                .isInstanceOf(TaskRunFailedException.class)
                .hasMessage("Task run " + onlyRun()
                        + " of transform tfm-1 ended FAILED: Internal error: the labeling set " + "could not be read.");
    }

    @Test
    @DisplayName("FAILED without an error string: the message says where to look instead")
    void failedWithoutErrorString() {
        fake.outcome(Outcome.fail(""));

        assertThatThrownBy(
                        () -> exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.defaults()))
                .isInstanceOf(TaskRunFailedException.class)
                .hasMessageContaining("ended FAILED: Glue gave no error string")
                .hasMessageContaining("CloudWatch Logs (log group /aws-glue/ml-transforms)");
    }

    @Test
    @DisplayName("TIMEOUT: the message says Glue stopped it and how to raise the transform's timeout")
    void timeout() {
        fake.outcome(Outcome.timeout());

        assertThatThrownBy(
                        () -> exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.defaults()))
                .isInstanceOfSatisfying(
                        TaskRunFailedException.class,
                        e -> assertThat(e.state().status()).isEqualTo("TIMEOUT"))
                .hasMessageStartingWith("Task run " + onlyRun() + " of transform tfm-1 ended TIMEOUT: ")
                .hasMessageContaining("ran longer than the transform's timeout")
                .hasMessageContaining("aws glue update-ml-transform --timeout");
    }

    @Test
    @DisplayName("STOPPED after LabelExporter.cancel: the wait ends saying it was cancelled and nothing exported")
    void stoppedByCancel() {
        fake.pacing(Pacing.manual());
        String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));

        assertThat(exporter.cancel("tfm-1", run)).isEqualTo("STOPPING");
        assertThat(fake.taskRun(run).map(TaskRunInfo::status)).hasValue("STOPPING");
        fake.advance(run);

        assertThatThrownBy(() -> exporter.await("tfm-1", run, WaitOptions.defaults()))
                .isInstanceOfSatisfying(
                        TaskRunFailedException.class,
                        e -> assertThat(e.state().status()).isEqualTo("STOPPED"))
                .hasMessage("Task run " + run + " of transform tfm-1 ended STOPPED: it was cancelled (CancelMLTaskRun) "
                        + "before it finished; nothing was exported.");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName("STOPPED while the wait is going on: the wait sees STOPPING, then ends at STOPPED")
    void stoppedDuringTheWait() {
        fake.pacing(Pacing.manual());
        String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
        RecordingListener listener = new RecordingListener();
        LabelExporter watching = LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .clock(time)
                .sleeper(d -> {
                    time.sleep(d);
                    // someone else cancels the run after the first read; the fake stops it after the next
                    if (time.sleeps().size() == 1) {
                        exporter.cancel("tfm-1", run);
                    } else {
                        fake.advance(run);
                    }
                })
                .build();

        assertThatThrownBy(() -> watching.await("tfm-1", run, WaitOptions.defaults()))
                .isInstanceOfSatisfying(
                        TaskRunFailedException.class,
                        e -> assertThat(e.state().status()).isEqualTo("STOPPED"));
        assertThat(listener.statuses()).containsExactly("STARTING", "STOPPING", "STOPPED");
    }

    @Test
    @DisplayName("the state in the exception is the run as last read")
    void stateIsTheLastRead() {
        fake.outcome(Outcome.fail("boom"));

        assertThatThrownBy(
                        () -> exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.defaults()))
                .isInstanceOfSatisfying(TaskRunFailedException.class, e -> {
                    TaskRunInfo run = fake.taskRuns().get(0);
                    assertThat(e.state().transformId()).isEqualTo("tfm-1");
                    assertThat(e.state().errorString()).isEqualTo("boom");
                    assertThat(e.state().completedOn()).isNotNull();
                    assertThat(e.state().executionTimeSeconds()).isEqualTo((int) run.executionTime());
                });
    }
}
