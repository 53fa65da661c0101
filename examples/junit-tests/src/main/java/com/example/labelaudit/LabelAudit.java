package com.example.labelaudit;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Audits the labels of a Glue FindMatches transform: exports them (StartExportLabelsTaskRun), waits for the task run,
 * downloads what it wrote, and checks the labeling sets. The exporter is given, so that the same service runs against
 * real AWS Glue (see {@link LabelAuditApp}) and against the fake in tests.
 */
public final class LabelAudit {

  private final LabelExporter exporter;
  private final WaitOptions waitOptions;

  /**
   * @param exporter the exporter, over the clients of AWS or of a fake
   * @param waitOptions how long and how often to read the task run's status
   */
  public LabelAudit(LabelExporter exporter, WaitOptions waitOptions) {
    this.exporter = Objects.requireNonNull(exporter, "exporter");
    this.waitOptions = Objects.requireNonNull(waitOptions, "waitOptions");
  }

  /**
   * @param exporter the exporter; waits up to 30 minutes, reading the status from every 2 seconds
   */
  public LabelAudit(LabelExporter exporter) {
    this(exporter, WaitOptions.defaults());
  }

  /**
   * Exports, downloads and checks a transform's labels.
   *
   * @param transformId the transform
   * @param outputS3Path where Glue writes the labels, {@code s3://bucket/prefix/}
   * @param folder the local folder to download them to
   * @return the report
   * @throws io.github.gluelabels.core.validation.InvalidRequestException when the id or the path is not valid
   *     (nothing is sent)
   * @throws io.github.gluelabels.core.export.AwsCallException when Glue or S3 refuses (an unknown transform, …)
   * @throws io.github.gluelabels.core.export.TaskRunFailedException when the task run ends FAILED, TIMEOUT or STOPPED
   * @throws io.github.gluelabels.core.export.WaitTimeoutException when the run is still going after the wait
   */
  public AuditReport audit(String transformId, String outputS3Path, Path folder) {
    ExportResult result = exporter.export(ExportRequest.of(transformId, outputS3Path),
        ExportOptions.defaults().waiting(waitOptions).downloadingTo(folder));
    // Glue writes Spark-style part files; markers such as _SUCCESS and empty objects are no labeling files
    List<Path> files = result.download().files().stream()
        .filter(f -> f.size() > 0)
        .map(DownloadedFile::file)
        .filter(f -> !f.getFileName().toString().startsWith("_") && !f.getFileName().toString().startsWith("."))
        .toList();
    try {
      return new AuditReport(transformId, result.taskRunId(), result.status(), result.download().directory(), files,
          ConsistencyCheck.of(files));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the downloaded labels in " + folder + ": " + e.getMessage(), e);
    }
  }
}
