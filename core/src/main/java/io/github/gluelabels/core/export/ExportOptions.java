package io.github.gluelabels.core.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an export does after it starts: wait for the task run (the default), and download what it wrote.
 *
 * @param waitForCompletion whether to wait for the run to end
 * @param waitOptions how to wait
 * @param downloadTo the folder to download the exported objects to, or {@code null} for no download
 * @since 0.1.0
 */
public record ExportOptions(boolean waitForCompletion, WaitOptions waitOptions, Path downloadTo) {

  public ExportOptions {
    Objects.requireNonNull(waitOptions, "waitOptions");
    if (downloadTo != null && !waitForCompletion) {
      throw new IllegalArgumentException("downloading needs waiting: the labels exist only once the run succeeded");
    }
  }

  /** @return wait with the default options, no download */
  public static ExportOptions defaults() {
    return new ExportOptions(true, WaitOptions.defaults(), null);
  }

  /** @return start only: no wait, no download */
  public static ExportOptions startOnly() {
    return new ExportOptions(false, WaitOptions.defaults(), null);
  }

  /** @return these options, waiting with these wait options */
  public ExportOptions waiting(WaitOptions options) {
    return new ExportOptions(true, options, downloadTo);
  }

  /** @return these options, downloading to the folder (which implies waiting) */
  public ExportOptions downloadingTo(Path folder) {
    return new ExportOptions(true, waitOptions, folder);
  }
}
