package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a download wrote.
 *
 * @param source the S3 folder downloaded
 * @param directory the local folder
 * @param files every object, in key order
 * @param bytes their total size
 * @param summary the labels they hold, or {@code null} when none is a labeling file or the download was asked for no
 *     summary ({@link ExportOptions#summarize()})
 * @param duration how long it took
 * @since 0.1.0
 */
public record DownloadResult(S3Uri source, Path directory, List<DownloadedFile> files, long bytes,
    LabelSummary summary, Duration duration) {

  /**
   * Keeps an unmodifiable copy of the files.
   *
   * @param source the S3 folder downloaded
   * @param directory the local folder
   * @param files every object, in key order
   * @param bytes their total size
   * @param summary the labels they hold, or {@code null} when none is a labeling file or the download was asked for no
   *     summary ({@link ExportOptions#summarize()})
   * @param duration how long it took
   */
  public DownloadResult {
    files = List.copyOf(files);
  }
}
