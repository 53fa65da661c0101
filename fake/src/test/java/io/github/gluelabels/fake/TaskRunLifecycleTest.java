package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.CancelMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

@DisplayName("Task runs: pacing, outcomes and cancel")
class TaskRunLifecycleTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String export() {
        return glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/out"))
                .taskRunId();
    }

    private GetMlTaskRunResponse read(String runId) {
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
    }

    @Test
    void afterReadsMovesOneStepPerStatusRead() {
        fake.pacing(Pacing.afterReads(4));
        String runId = export();
        assertThat(fake.objects("bucket", "")).isEmpty();
        List<TaskStatusType> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(read(runId).status());
        }
        assertThat(seen)
                .containsExactly(
                        TaskStatusType.STARTING,
                        TaskStatusType.RUNNING,
                        TaskStatusType.RUNNING,
                        TaskStatusType.SUCCEEDED,
                        TaskStatusType.SUCCEEDED);
        assertThat(fake.objects("bucket", "out/")).hasSize(1);
    }

    @Test
    void afterDurationEndsOnTimeEvenWithoutReads() throws InterruptedException {
        fake.pacing(Pacing.afterDuration(Duration.ofMillis(600)));
        String runId = export();
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STARTING);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fake.objects("bucket", "out/").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(fake.objects("bucket", "out/")).hasSize(1);
        GetMlTaskRunResponse done = read(runId);
        assertThat(done.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(Duration.between(done.startedOn(), done.completedOn())).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void manualPacingMovesOnlyWhenAdvanced() {
        fake.pacing(Pacing.manual());
        String runId = export();
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STARTING);
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STARTING);
        assertThat(fake.advance(runId).status()).isEqualTo("RUNNING");
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.RUNNING);
        assertThat(fake.advance(runId).status()).isEqualTo("SUCCEEDED");
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.SUCCEEDED);
    }

    @Test
    void failedOutcomeCarriesTheErrorStringAndWritesNothing() {
        fake.outcome(Outcome.fail("Labels are corrupt"));
        String runId = export();
        GetMlTaskRunResponse run = read(runId);
        assertThat(run.status()).isEqualTo(TaskStatusType.FAILED);
        assertThat(run.errorString()).isEqualTo("Labels are corrupt");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void outcomeCanBeSetPerTransform() {
        fake.seedLabels("tfm-2", "labeling_set_id,label\ns,A\n").outcome("tfm-2", Outcome.timeout());
        String ok = export();
        String timedOut = glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-2").outputS3Path("s3://bucket/two"))
                .taskRunId();
        assertThat(read(ok).status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-2").taskRunId(timedOut))
                        .status())
                .isEqualTo(TaskStatusType.TIMEOUT);
    }

    @Test
    void cancelStopsARunningTaskRun() {
        fake.pacing(Pacing.afterReads(10));
        String runId = export();
        read(runId);
        CancelMlTaskRunResponse cancelled =
                glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
        assertThat(cancelled.status()).isEqualTo(TaskStatusType.STOPPING);
        assertThat(cancelled.taskRunId()).isEqualTo(runId);
        assertThat(cancelled.transformId()).isEqualTo("tfm-1");
        GetMlTaskRunResponse stopped = read(runId);
        assertThat(stopped.status()).isEqualTo(TaskStatusType.STOPPED);
        assertThat(stopped.completedOn()).isNotNull();
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName("a cancelled run paced by reads stops at the next read of it, not when a listing shows it")
    void cancelledRunStopsAtTheNextReadNotAtAListing() {
        fake.pacing(Pacing.afterReads(10));
        String runId = export();
        read(runId);
        glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));

        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1")).taskRuns())
                .singleElement()
                .extracting(TaskRun::status)
                .isEqualTo(TaskStatusType.STOPPING);
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STOPPED);
    }

    @Test
    @DisplayName("a cancelled run paced by hand stays STOPPING when read, until it is advanced")
    void cancelledManualRunStopsWhenAdvanced() {
        fake.pacing(Pacing.manual());
        String runId = export();
        glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));

        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STOPPING);
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STOPPING);
        assertThat(fake.advance(runId).status()).isEqualTo("STOPPED");
        assertThat(read(runId).status()).isEqualTo(TaskStatusType.STOPPED);
        assertThat(fake.advance(runId).status()).isEqualTo("STOPPED");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName("finish ends a cancelled run STOPPED, and leaves an ended run as it is, writing nothing")
    void finishStopsACancelledRunAndLeavesAnEndedOne() {
        fake.pacing(Pacing.manual());
        String runId = export();
        glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));

        assertThat(fake.finish(runId).status()).isEqualTo("STOPPED");
        assertThat(fake.finish(runId).status()).isEqualTo("STOPPED");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName(
            "the stopped outcome ends a run STOPPED without a cancel: through STOPPING when paced, writing nothing")
    void stoppedOutcomeEndsThroughStopping() {
        fake.pacing(Pacing.afterReads(2)).outcome(Outcome.stopped());
        String runId = export();
        List<TaskStatusType> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seen.add(read(runId).status());
        }
        assertThat(seen)
                .containsExactly(
                        TaskStatusType.STARTING,
                        TaskStatusType.STOPPING,
                        TaskStatusType.STOPPED,
                        TaskStatusType.STOPPED);
        assertThat(read(runId).completedOn()).isNotNull();
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName("the stopped outcome with immediate pacing is STOPPED at the first read; finish ends it STOPPED")
    void stoppedOutcomeImmediateAndFinished() {
        fake.outcome(Outcome.stopped());
        assertThat(read(export()).status()).isEqualTo(TaskStatusType.STOPPED);
        fake.pacing(Pacing.manual());
        String manual = export();
        assertThat(fake.finish(manual).status()).isEqualTo("STOPPED");
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    void cancellingAnEndedRunLeavesItAsItIs() {
        String runId = export();
        assertThat(glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
    }

    @Test
    void timestampsAndExecutionTimeAreConsistent() {
        fake.pacing(Pacing.manual());
        Instant before = Instant.now().minusSeconds(1);
        String runId = export();
        fake.advance(runId);
        fake.advance(runId);
        GetMlTaskRunResponse run = read(runId);
        assertThat(run.startedOn()).isAfter(before);
        assertThat(run.lastModifiedOn()).isEqualTo(run.completedOn());
        assertThat(run.completedOn()).isAfterOrEqualTo(run.startedOn());
        assertThat(run.executionTime()).isEqualTo((int)
                Duration.between(run.startedOn(), run.completedOn()).toSeconds());
        assertThat(run.logGroupName()).isEqualTo("/aws-glue/ml-transforms");
    }

    @Test
    void aRunOfAnotherTransformIsNotFound() {
        fake.seedLabels("tfm-2", "labeling_set_id,label\ns,A\n");
        String runId = export();
        assertThatThrownBy(() -> glue.getMLTaskRun(r -> r.transformId("tfm-2").taskRunId(runId)))
                .hasMessageStartingWith(
                        "No ML Task Run found for " + runId + ": in account 123456789012 for transform " + "tfm-2.");
    }
}
