package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a task run that ended badly says, for each way it ended. */
class TaskRunFailedExceptionTest {

    private static TaskRunFailedException ended(String status, String errorString) {
        return new TaskRunFailedException(new TaskRunState("tfm-1", "run-1", status, errorString, null, null, null));
    }

    private static final String NO_ERROR_STRING = "Task run run-1 of transform tfm-1 ended FAILED: Glue gave no error"
            + " string; look in CloudWatch Logs (log group /aws-glue/ml-transforms).";

    @Test
    void aFailedRunSaysGluesErrorString() {
        TaskRunFailedException e = ended("FAILED", "Input labels have wrong columns");

        assertThat(e).hasMessage("Task run run-1 of transform tfm-1 ended FAILED: Input labels have wrong columns");
        assertThat(e.state().errorString()).isEqualTo("Input labels have wrong columns");
    }

    @Test
    void aFailedRunWithoutAnErrorStringPointsToTheLogs() {
        assertThat(ended("FAILED", null)).hasMessage(NO_ERROR_STRING);
        assertThat(ended("FAILED", " \t")).hasMessage(NO_ERROR_STRING);
    }

    @Test
    void aTimeoutAndAStopSayWhatHappened() {
        assertThat(ended("TIMEOUT", null))
                .hasMessage("Task run run-1 of transform tfm-1 ended TIMEOUT: it ran longer than the transform's"
                        + " timeout and Glue stopped it. Raise the transform's Timeout (aws glue update-ml-transform"
                        + " --timeout …) or try again when Glue is less busy.");
        assertThat(ended("STOPPED", "ignored"))
                .hasMessage("Task run run-1 of transform tfm-1 ended STOPPED: it was cancelled (CancelMLTaskRun)"
                        + " before it finished; nothing was exported.");
    }

    @Test
    void anotherStatusIsNamedWithTheErrorStringWhenThereIsOne() {
        assertThat(ended("EXPIRED", null)).hasMessage("Task run run-1 of transform tfm-1 ended EXPIRED.");
        assertThat(ended("EXPIRED", "gone")).hasMessage("Task run run-1 of transform tfm-1 ended EXPIRED: gone");
    }
}
