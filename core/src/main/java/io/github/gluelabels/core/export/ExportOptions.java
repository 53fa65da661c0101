package io.github.gluelabels.core.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an export does after it starts: wait for the task run (the default), and download what it wrote.
 *
 * @param waitForCompletion whether to wait for the run to end
 * @param waitOptions how to wait
 * @param downloadTo the folder to download the exported objects to, or {@code null} for no download
 * @param summarize whether a download reads every label it brings, to check each part is a labeling file and count
 *     labels, labeling sets and distinct labels per set (the default); without, the files are only copied, sizes
 *     checked, as {@code aws s3 cp} does — for backups of millions of labels, where the count is not read, and where
 *     it saves most of the CPU the download takes
 * @param downloadLimits the most objects and bytes a download brings; past either, it is refused before anything is
 *     written ({@link DownloadLimits#defaults()}: 100,000 objects, 50 GiB)
 * @since 0.1.0
 */
public record ExportOptions(
        boolean waitForCompletion,
        WaitOptions waitOptions,
        Path downloadTo,
        boolean summarize,
        DownloadLimits downloadLimits) {

    /**
     * Refuses a download without waiting: the labels exist only once the run succeeded.
     *
     * @param waitForCompletion whether to wait for the run to end
     * @param waitOptions how to wait
     * @param downloadTo the folder to download the exported objects to, or {@code null} for no download
     * @param summarize whether a download reads every label it brings, to check each part is a labeling file and count
     *     labels, labeling sets and distinct labels per set (the default); without, the files are only copied, sizes
     *     checked, as {@code aws s3 cp} does — for backups of millions of labels, where the count is not read, and where
     *     it saves most of the CPU the download takes
     */
    public ExportOptions {
        Objects.requireNonNull(waitOptions, "waitOptions");
        Objects.requireNonNull(downloadLimits, "downloadLimits");
        if (downloadTo != null && !waitForCompletion) {
            throw new IllegalArgumentException(
                    "downloading needs waiting: the labels exist only once the run succeeded");
        }
    }

    /**
     * Options with the default download limits.
     *
     * @param waitForCompletion whether to wait for the run to end
     * @param waitOptions how to wait
     * @param downloadTo the folder to download to, or {@code null} for no download
     * @param summarize whether a download reads every label
     */
    public ExportOptions(boolean waitForCompletion, WaitOptions waitOptions, Path downloadTo, boolean summarize) {
        this(waitForCompletion, waitOptions, downloadTo, summarize, DownloadLimits.defaults());
    }

    /**
     * Waits for the run with the default wait options, and downloads nothing: the result's
     * {@link ExportResult#download()} throws. Add {@link #downloadingTo(Path)} for the labels.
     *
     * @return wait with the default options, no download
     */
    public static ExportOptions defaults() {
        return new ExportOptions(true, WaitOptions.defaults(), null, true);
    }

    /** @return start only: no wait, no download */
    public static ExportOptions startOnly() {
        return new ExportOptions(false, WaitOptions.defaults(), null, true);
    }

    /**
     * @param options how to wait
     * @return these options, waiting with these wait options
     */
    public ExportOptions waiting(WaitOptions options) {
        return new ExportOptions(true, options, downloadTo, summarize, downloadLimits);
    }

    /**
     * @param folder where the labels land
     * @return these options, downloading to the folder (which implies waiting)
     */
    public ExportOptions downloadingTo(Path folder) {
        return new ExportOptions(true, waitOptions, folder, summarize, downloadLimits);
    }

    /**
     * @param summarize whether a download reads every label (see {@link #summarize()})
     * @return these options, summarizing downloads or not
     */
    public ExportOptions summarizing(boolean summarize) {
        return new ExportOptions(waitForCompletion, waitOptions, downloadTo, summarize, downloadLimits);
    }

    /**
     * @param limits the most objects and bytes a download brings (see {@link DownloadLimits})
     * @return these options, with those limits
     */
    public ExportOptions withDownloadLimits(DownloadLimits limits) {
        return new ExportOptions(waitForCompletion, waitOptions, downloadTo, summarize, limits);
    }
}
