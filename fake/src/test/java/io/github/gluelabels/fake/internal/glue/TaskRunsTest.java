package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task runs of one account as the test API drives them: a run it names that does not exist, forgetting the runs
 * of one transform (and only those), the timers of runs paced by the clock, stopped when their runs are forgotten or
 * the account is reset, and the settings a reset forgets.
 */
class TaskRunsTest {

    private final AtomicInteger worked = new AtomicInteger();

    /** Holds the timers of runs paced by the clock; a cancelled timer leaves its queue. */
    private ScheduledThreadPoolExecutor scheduler;

    private TaskRuns runs;

    @BeforeEach
    void newRuns() {
        scheduler = new ScheduledThreadPoolExecutor(1);
        scheduler.setRemoveOnCancelPolicy(true);
        runs = new TaskRuns(
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), scheduler, "123456789012", 3);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private TaskRun start(String runId, String transformId) {
        return runs.start(runId, transformId, TaskRunSpec.evaluation(), worked::incrementAndGet);
    }

    @Test
    void aRunThatDoesNotExistIsNamedWithThoseThatDo() {
        TaskRun run = start("tsk-a", "tfm-1");

        assertThat(runs.existing("tsk-a")).isSameAs(run);
        assertThatThrownBy(() -> runs.existing("tsk-none"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fake has no task run tsk-none; it has [tsk-a]");
    }

    @Test
    void forgetsTheRunsOfOneTransformOnly() {
        start("tsk-a", "tfm-1");
        start("tsk-b", "tfm-2");
        start("tsk-c", "tfm-1");

        runs.forget("tfm-1");

        assertThat(runs.all()).extracting(TaskRunInfo::taskRunId).containsExactly("tsk-b");
        assertThat(runs.find("tsk-a")).isEmpty();
    }

    @Test
    void forgettingRunsStopsTheirTimers() {
        runs.pacing(Pacing.afterDuration(Duration.ofHours(1)));
        start("tsk-a", "tfm-1");
        start("tsk-b", "tfm-2");
        assertThat(scheduler.getQueue()).hasSize(2);

        runs.forget("tfm-1");

        assertThat(scheduler.getQueue()).as("the timer of tfm-2's run only").hasSize(1);
    }

    @Test
    void aResetStopsEveryTimerAndForgetsEveryRun() {
        runs.pacing(Pacing.afterDuration(Duration.ofHours(1)));
        start("tsk-a", "tfm-1");
        start("tsk-b", "tfm-2");

        runs.reset();

        assertThat(scheduler.getQueue()).isEmpty();
        assertThat(runs.all()).isEmpty();
        assertThat(worked).hasValue(0);
    }

    @Test
    void aResetForgetsTheOutcomeSetForATransform() {
        runs.outcome("tfm-1", Outcome.fail("as the test chose"));
        assertThat(start("tsk-a", "tfm-1")
                        .peek(Instant.parse("2026-03-01T12:00:00Z"))
                        .status())
                .isEqualTo("FAILED");

        runs.reset();

        assertThat(start("tsk-b", "tfm-1")
                        .peek(Instant.parse("2026-03-01T12:00:00Z"))
                        .status())
                .isEqualTo("SUCCEEDED");
        assertThat(worked).hasValue(1);
    }

    @Test
    void theQuotaOfConcurrentRunsIsAtLeastOne() {
        assertThatThrownBy(() -> runs.maxConcurrentPerTransform(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConcurrentTaskRunsPerTransform must be at least 1, was 0");
        assertThatThrownBy(() -> runs.maxConcurrentPerTransform(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConcurrentTaskRunsPerTransform must be at least 1, was -2");

        runs.maxConcurrentPerTransform(1);
        runs.pacing(Pacing.manual());
        runs.startWithinQuota("tsk-a", "tfm-1", TaskRunSpec.evaluation(), worked::incrementAndGet);

        assertThatThrownBy(() -> runs.startWithinQuota("tsk-b", "tfm-1", TaskRunSpec.evaluation(), () -> {}))
                .isInstanceOf(GlueError.class)
                .hasMessage("Too many concurrent task runs for transform tfm-1 in account 123456789012: 1 are running,"
                        + " the quota is 1.");
    }
}
