package io.github.gluelabels.core.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Hears what an export does, for logs and progress bars. Every method has an empty default. Called from the exporting
 * thread; an exporter shared between threads calls one listener from several.
 *
 * @since 0.1.0
 */
public interface ExportListener {

    /** A listener that ignores everything. */
    ExportListener NONE = new ExportListener() {};

    /**
     * {@code StartExportLabelsTaskRun} answered.
     *
     * @param transformId the transform
     * @param taskRunId the new task run
     */
    default void started(String transformId, String taskRunId) {}

    /**
     * The run's status changed (the first status read counts as a change).
     *
     * @param state the run as now reported
     * @param elapsed since the run was started
     */
    default void statusChanged(TaskRunState state, Duration elapsed) {}

    /**
     * A status read failed but the wait goes on (a transient error that outlived the SDK's retries).
     *
     * @param transformId the transform
     * @param taskRunId the run
     * @param problem what went wrong, in words
     */
    default void pollFailed(String transformId, String taskRunId, String problem) {}

    /**
     * The download of an export begins.
     *
     * @param files how many objects
     * @param bytes how many bytes in all
     * @param directory where they go
     */
    default void downloadStarted(int files, long bytes, Path directory) {}

    /**
     * Bytes arrived. Called at most every few megabytes or once per file.
     *
     * @param bytesDone bytes written so far
     * @param bytesTotal bytes in all
     * @param filesDone files complete so far
     * @param filesTotal files in all
     */
    default void downloadProgress(long bytesDone, long bytesTotal, int filesDone, int filesTotal) {}

    /**
     * Something worth telling that is neither progress nor a problem, e.g. that objects of earlier exports under the
     * output path were left aside, that files of an earlier download were removed from the folder, or that the move of
     * a download stopped half-way was undone.
     *
     * @param message the news in words
     */
    default void info(String message) {}

    /**
     * Something the user should know that does not stop the export.
     *
     * @param message the warning in words
     */
    default void warning(String message) {}
}
