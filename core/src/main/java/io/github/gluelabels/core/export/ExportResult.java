package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.labels.LabelSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one export: the task run, how it ended, how long each step took, and what was downloaded.
 *
 * <p>No accessor returns {@code null}. What the export's options left out — the final state of an export that did
 * not wait, the download of one that did not download — throws an {@link IllegalStateException} that says how to
 * get it; code that may go either way asks {@link #hasFinalState()}, {@link #hasDownload()} or
 * {@link #hasSummary()} first.
 *
 * @since 0.1.0
 */
public final class ExportResult {

    private final ExportRequest request;
    private final String taskRunId;
    private final TaskRunState finalState;
    private final Instant startedAt;
    private final Duration startDuration;
    private final Duration waitDuration;
    private final DownloadResult download;

    /**
     * @param request what was exported where
     * @param taskRunId the task run
     * @param finalState the run as last reported, or {@code null} when the export did not wait
     * @param startedAt when the export was requested
     * @param startDuration how long {@code StartExportLabelsTaskRun} took
     * @param waitDuration how long the wait took ({@link Duration#ZERO} without wait)
     * @param download what was downloaded, or {@code null} when the export did not download
     */
    public ExportResult(
            ExportRequest request,
            String taskRunId,
            TaskRunState finalState,
            Instant startedAt,
            Duration startDuration,
            Duration waitDuration,
            DownloadResult download) {
        this.request = Objects.requireNonNull(request, "request");
        this.taskRunId = Objects.requireNonNull(taskRunId, "taskRunId");
        this.finalState = finalState;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.startDuration = Objects.requireNonNull(startDuration, "startDuration");
        this.waitDuration = Objects.requireNonNull(waitDuration, "waitDuration");
        if (download != null && finalState == null) {
            throw new IllegalArgumentException(
                    "a download needs a final state: labels exist only once the run succeeded");
        }
        this.download = download;
    }

    /** @return what was exported where */
    public ExportRequest request() {
        return request;
    }

    /** @return the task run's id */
    public String taskRunId() {
        return taskRunId;
    }

    /** @return the final status, or {@code STARTED} when the export did not wait */
    public String status() {
        return finalState == null ? "STARTED" : finalState.status();
    }

    /** @return whether the export waited for the run to end, so that {@link #finalState()} has it */
    public boolean hasFinalState() {
        return finalState != null;
    }

    /**
     * @return the run as last reported, when it ended
     * @throws IllegalStateException when the export did not wait ({@link ExportOptions#startOnly()}), saying how to wait
     */
    public TaskRunState finalState() {
        if (finalState == null) {
            throw new IllegalStateException(ResultMessages.noFinalState(request, taskRunId));
        }
        return finalState;
    }

    /** @return whether the export downloaded the labels, so that {@link #download()} has them */
    public boolean hasDownload() {
        return download != null;
    }

    /**
     * @return what was downloaded
     * @throws IllegalStateException when the export's options had no download folder, saying how to give one
     *     ({@code ExportOptions.defaults().downloadingTo(folder)})
     */
    public DownloadResult download() {
        if (download == null) {
            throw new IllegalStateException(ResultMessages.noDownload(request, taskRunId, finalState != null));
        }
        return download;
    }

    /** @return whether the export downloaded the labels and summarized them, so that {@link #summary()} has it */
    public boolean hasSummary() {
        return download != null && download.hasSummary();
    }

    /**
     * @return the summary of the downloaded labels
     * @throws IllegalStateException when nothing was downloaded, or the download has no summary, saying why and how to
     *     get one
     */
    public LabelSummary summary() {
        return download().summary();
    }

    /** @return when the export was requested */
    public Instant startedAt() {
        return startedAt;
    }

    /** @return how long {@code StartExportLabelsTaskRun} took */
    public Duration startDuration() {
        return startDuration;
    }

    /** @return how long the wait took ({@link Duration#ZERO} without wait) */
    public Duration waitDuration() {
        return waitDuration;
    }

    /** @return the whole time of the export */
    public Duration totalDuration() {
        return startDuration.plus(waitDuration).plus(download == null ? Duration.ZERO : download.duration());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportResult that
                && request.equals(that.request)
                && taskRunId.equals(that.taskRunId)
                && Objects.equals(finalState, that.finalState)
                && startedAt.equals(that.startedAt)
                && startDuration.equals(that.startDuration)
                && waitDuration.equals(that.waitDuration)
                && Objects.equals(download, that.download);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, taskRunId, finalState, startedAt, startDuration, waitDuration, download);
    }

    @Override
    public String toString() {
        return "ExportResult[request=" + request + ", taskRunId=" + taskRunId + ", finalState="
                + (finalState == null ? "none (not waited for)" : finalState) + ", startedAt=" + startedAt
                + ", startDuration=" + startDuration + ", waitDuration=" + waitDuration + ", download="
                + (download == null ? "none" : download) + "]";
    }
}
