package io.github.gluelabels.core.export;

import java.time.Instant;

/**
 * A task run as {@code GetMLTaskRun} last reported it.
 *
 * @param transformId the transform
 * @param taskRunId the task run
 * @param status {@code STARTING}, {@code RUNNING}, {@code STOPPING}, {@code STOPPED}, {@code SUCCEEDED},
 *     {@code FAILED} or {@code TIMEOUT}
 * @param errorString the service's error string, or {@code null}
 * @param startedOn when the run started, or {@code null}
 * @param completedOn when it ended, or {@code null}
 * @param executionTimeSeconds what the service reports as execution time, or {@code null}
 * @since 0.1.0
 */
public record TaskRunState(
        String transformId,
        String taskRunId,
        String status,
        String errorString,
        Instant startedOn,
        Instant completedOn,
        Integer executionTimeSeconds) {

    /** @return whether the run has ended, well or not */
    public boolean isTerminal() {
        return switch (status) {
            case "SUCCEEDED", "FAILED", "TIMEOUT", "STOPPED" -> true;
            default -> false;
        };
    }

    /** @return whether the run ended well */
    public boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }
}
