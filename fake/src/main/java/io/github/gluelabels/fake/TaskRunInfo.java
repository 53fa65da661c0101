package io.github.gluelabels.fake;

import java.time.Instant;

/**
 * What the fake knows of one task run, as {@code GetMLTaskRun} would report it now.
 *
 * @param transformId the transform
 * @param taskRunId the task run
 * @param taskType {@code EXPORT_LABELS}, {@code IMPORT_LABELS}, {@code LABELING_SET_GENERATION} or
 *     {@code EVALUATION}
 * @param status {@code STARTING}, {@code RUNNING}, {@code STOPPING}, {@code STOPPED}, {@code SUCCEEDED},
 *     {@code FAILED} or {@code TIMEOUT}
 * @param s3Path the {@code OutputS3Path} of an export or labeling set generation, the import's {@code InputS3Path};
 *     {@code null} for an evaluation
 * @param replaceAllLabels for an import, whether it replaces the labels; {@code null} for other runs
 * @param startedOn when it started
 * @param lastModifiedOn when its status last changed
 * @param completedOn when it ended, or {@code null}
 * @param executionTime whole seconds from start to end, 0 while it runs
 * @param errorString why it failed, or {@code null}
 * @since 0.1.0
 */
public record TaskRunInfo(
        String transformId,
        String taskRunId,
        String taskType,
        String status,
        String s3Path,
        Boolean replaceAllLabels,
        Instant startedOn,
        Instant lastModifiedOn,
        Instant completedOn,
        long executionTime,
        String errorString) {

    /** @return whether the run has ended: {@code STOPPED}, {@code SUCCEEDED}, {@code FAILED} or {@code TIMEOUT} */
    public boolean isTerminal() {
        return switch (status) {
            case "STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT" -> true;
            default -> false;
        };
    }
}
