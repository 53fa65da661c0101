package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a wait that ran out of time says: the run's last status, whether it was cancelled, and what to do next. */
class WaitTimeoutExceptionTest {

    private static final TaskRunState RUNNING = state("RUNNING");
    private static final TaskRunState UNKNOWN = state(WaitTimeoutException.UNKNOWN);
    private static final Duration WAITED = Duration.ofSeconds(90);
    private static final String CHECK = "aws glue get-ml-task-run --transform-id tfm-1 --task-run-id run-1";

    private static TaskRunState state(String status) {
        return new TaskRunState("tfm-1", "run-1", status, null, null, null, null);
    }

    @Test
    void aRunNotCancelledMayStillFinish() {
        WaitTimeoutException e = new WaitTimeoutException(RUNNING, WAITED, false);

        assertThat(e)
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 is still RUNNING. It"
                        + " was not cancelled and may still finish: check it with '" + CHECK + "', or wait longer"
                        + " (raise the timeout).")
                .hasNoCause();
        assertThat(e.getSuppressed()).isEmpty();
        assertThat(e.cancelled()).isFalse();
        assertThat(e.lastState()).isEqualTo(RUNNING);
    }

    @Test
    void aRunWhoseStatusWasNeverReadSaysSoWithoutALastFailure() {
        assertThat(new WaitTimeoutException(UNKNOWN, WAITED, true))
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 may still be going:"
                        + " no status read succeeded, so its status is unknown. It was cancelled (cancelOnTimeout).")
                .hasNoCause();
    }

    @Test
    void aRunWhoseStatusWasNeverReadNamesTheLastFailedRead() {
        GlueLabelsException read = new GlueLabelsException("Glue answered HTTP 500: no.");

        assertThat(new WaitTimeoutException(UNKNOWN, WAITED, true, null, read))
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 may still be going:"
                        + " no status read succeeded, so its status is unknown. The last read failed: Glue answered"
                        + " HTTP 500: no. It was cancelled (cancelOnTimeout).")
                .hasCause(read);
    }

    @Test
    void aCancelThatFailedIsNamedAndKept() {
        GlueLabelsException cancel = new GlueLabelsException("Glue answered HTTP 403: denied");

        WaitTimeoutException e = new WaitTimeoutException(RUNNING, WAITED, false, cancel);

        assertThat(e)
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 is still RUNNING."
                        + " Cancelling it (cancelOnTimeout) failed, so it may still be running: Glue answered HTTP"
                        + " 403: denied. Check it with '" + CHECK + "', and cancel it with 'aws glue"
                        + " cancel-ml-task-run' if needed.");
        assertThat(e.getSuppressed()).containsExactly(cancel);
    }

    @Test
    void aRunOnAFakeThatEndsWithTheExportGivesNoCommand() {
        assertThat(new WaitTimeoutException(RUNNING, WAITED, false, null, null, null))
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 is still RUNNING."
                        + " The fake it ran on ends with the export, and the run with it: wait longer (raise the"
                        + " timeout), or make the fake's runs faster.");
    }

    @Test
    void aRunOnAFakeWhoseCancelFailedSaysSo() {
        GlueLabelsException cancel = new GlueLabelsException("the fake is gone");

        assertThat(new WaitTimeoutException(RUNNING, WAITED, false, cancel, null, null))
                .hasMessage("Gave up waiting after 1 min 30 s: task run run-1 of transform tfm-1 is still RUNNING."
                        + " The fake it ran on ends with the export, and the run with it: wait longer (raise the"
                        + " timeout), or make the fake's runs faster. Cancelling it (cancelOnTimeout) failed: the"
                        + " fake is gone");
    }
}
