package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.labels.LabelSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of one export: the task run, how it ended, how long each step took, and what was downloaded.
 *
 * @param request what was exported where
 * @param taskRunId the task run
 * @param finalState the run as last reported, or {@code null} when the export did not wait
 * @param startedAt when the export was requested
 * @param startDuration how long {@code StartExportLabelsTaskRun} took
 * @param waitDuration how long the wait took ({@link Duration#ZERO} without wait)
 * @param download what was downloaded, or {@code null}
 * @since 0.1.0
 */
public record ExportResult(ExportRequest request, String taskRunId, TaskRunState finalState, Instant startedAt,
    Duration startDuration, Duration waitDuration, DownloadResult download) {

  /** @return the final status, or {@code STARTED} when the export did not wait */
  public String status() {
    return finalState == null ? "STARTED" : finalState.status();
  }

  /** @return the summary of the downloaded labels, if they were downloaded */
  public Optional<LabelSummary> summary() {
    return Optional.ofNullable(download).map(DownloadResult::summary);
  }

  /** @return the whole time of the export */
  public Duration totalDuration() {
    return startDuration.plus(waitDuration).plus(download == null ? Duration.ZERO : download.duration());
  }
}
