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
 * @param earlierObjectsLeftAside how many objects under the folder were left aside, not downloaded: those that were
 *     there, unchanged, before the export's task run started (earlier exports to the same path); 0 for a download
 *     that is not part of an export
 * @param summary the labels they hold, or {@code null} when none is a labeling file or the download was asked for no
 *     summary ({@link ExportOptions#summarize()})
 * @param duration how long it took
 * @since 0.1.0
 */
public record DownloadResult(S3Uri source, Path directory, List<DownloadedFile> files, long bytes,
    int earlierObjectsLeftAside, LabelSummary summary, Duration duration) {

  public DownloadResult {
    files = List.copyOf(files);
  }
}
