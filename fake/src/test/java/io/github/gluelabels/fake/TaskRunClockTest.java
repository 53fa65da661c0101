package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/**
 * A task run's status and timestamps on a clock that stands still until the test moves it, read through the AWS SDK:
 * the instants a run moves at are known exactly, and a run paced by a duration (its timer an hour away) moves only
 * when someone looks at it. The quota is one run per transform, so that a run that has ended unseen must make room.
 * Pins mutants of {@code TaskRun} that survived issue 17's run (see docs/RELIABILITY.md).
 */
@DisplayName("Task runs on a manual clock: when a run moves, its timestamps, and when it stops counting")
class TaskRunClockTest {

    static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-07T08:00:00Z"));
    static final Duration HOUR = Duration.ofHours(1);

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().clock(CLOCK).maxConcurrentTaskRunsPerTransform(1));

    FakeGlue fake;
    GlueClient glue;
    Instant start;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        start = CLOCK.instant();
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private String export(String path) {
        return glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/" + path))
                .taskRunId();
    }

    /** An evaluation run: its operation, unlike an export's, is refused at the quota. */
    private String evaluate() {
        return glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")).taskRunId();
    }

    private GetMlTaskRunResponse readAt(String runId, Duration sinceStart) {
        CLOCK.advance(Duration.between(CLOCK.instant(), start.plus(sinceStart)));
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
    }

    @Test
    @DisplayName("a run paced by a duration is RUNNING from half of it, modified at that instant, and ends at its end")
    void durationPacedRunMovesAtHalfAndEnd() {
        fake.pacing(Pacing.afterDuration(HOUR));
        String runId = export("out");

        GetMlTaskRunResponse beforeHalf = readAt(runId, Duration.ofMinutes(30).minusMillis(1));
        assertThat(beforeHalf.status()).isEqualTo(TaskStatusType.STARTING);
        assertThat(beforeHalf.lastModifiedOn()).isEqualTo(start);
        GetMlTaskRunResponse afterHalf = readAt(runId, Duration.ofMinutes(45));
        assertThat(afterHalf.status()).isEqualTo(TaskStatusType.RUNNING);
        assertThat(afterHalf.lastModifiedOn()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(afterHalf.completedOn()).isNull();
        GetMlTaskRunResponse ended = readAt(runId, Duration.ofMinutes(70));
        assertThat(ended.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(ended.completedOn()).isEqualTo(start.plus(HOUR));
        assertThat(ended.executionTime()).isEqualTo(3600);
    }

    @Test
    @DisplayName("a run paced by reads keeps the instant it started RUNNING while it stays RUNNING")
    void readPacedRunKeepsTheInstantItStartedRunning() {
        fake.pacing(Pacing.afterReads(4));
        String runId = export("out");

        assertThat(readAt(runId, Duration.ZERO).status()).isEqualTo(TaskStatusType.STARTING);
        GetMlTaskRunResponse second = readAt(runId, Duration.ofMinutes(1));
        GetMlTaskRunResponse third = readAt(runId, Duration.ofMinutes(2));

        assertThat(second.status()).isEqualTo(TaskStatusType.RUNNING);
        assertThat(second.lastModifiedOn()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(third.status()).isEqualTo(TaskStatusType.RUNNING);
        assertThat(third.lastModifiedOn()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    }

    @Test
    @DisplayName("a cancel after the duration has passed finds the run SUCCEEDED at its end, unread till then")
    void cancelAfterTheDurationFindsTheRunEnded() {
        fake.pacing(Pacing.afterDuration(HOUR));
        String runId = export("out");
        CLOCK.advance(Duration.ofHours(2));

        var cancelled = glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));

        assertThat(cancelled.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(fake.taskRun(runId).orElseThrow().completedOn()).isEqualTo(start.plus(HOUR));
        assertThat(fake.objects("bucket", "out/")).hasSize(1);
    }

    @Test
    @DisplayName("a run cancelled while paced by a duration is STOPPED half the duration after the cancel")
    void cancelledDurationRunStopsAfterHalfTheDuration() {
        fake.pacing(Pacing.afterDuration(HOUR));
        String runId = export("out");
        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(glue.cancelMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.STOPPING);

        assertThat(readAt(runId, Duration.ofMinutes(40).minusMillis(1)).status())
                .isEqualTo(TaskStatusType.STOPPING);
        GetMlTaskRunResponse stopped = readAt(runId, Duration.ofMinutes(50));
        assertThat(stopped.status()).isEqualTo(TaskStatusType.STOPPED);
        assertThat(stopped.completedOn()).isEqualTo(start.plus(Duration.ofMinutes(40)));
        assertThat(fake.objects("bucket", "")).isEmpty();
    }

    @Test
    @DisplayName("a run that ended unread no longer counts towards the quota of concurrent runs")
    void aRunThatEndedUnreadMakesRoom() {
        fake.pacing(Pacing.afterDuration(HOUR));
        String first = evaluate();
        CLOCK.advance(Duration.ofHours(2));

        String second = evaluate();

        assertThat(second).isNotEqualTo(first);
        assertThat(fake.taskRun(first).orElseThrow().status()).isEqualTo("SUCCEEDED");
    }

    @Test
    @DisplayName("the stopped outcome with immediate pacing is STOPPED at the instant the run started")
    void immediateStoppedRunEndsAtItsStart() {
        fake.outcome(Outcome.stopped());
        String runId = export("out");

        GetMlTaskRunResponse run = readAt(runId, Duration.ofMinutes(5));

        assertThat(run.status()).isEqualTo(TaskStatusType.STOPPED);
        assertThat(run.completedOn()).isEqualTo(start);
        assertThat(run.lastModifiedOn()).isEqualTo(start);
        assertThat(run.executionTime()).isZero();
        assertThat(fake.objects("bucket", "")).isEmpty();
    }
}
