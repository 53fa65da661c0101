package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a download wrote. No accessor returns {@code null}: {@link #summary()} of a download without one throws an
 * {@link IllegalStateException} saying why; code that may go either way asks {@link #hasSummary()} first.
 *
 * @since 0.1.0
 */
public final class DownloadResult {

    private final S3Uri source;
    private final Path directory;
    private final List<DownloadedFile> files;
    private final long bytes;
    private final int earlierObjectsLeftAside;
    private final LabelSummary summary;
    private final Duration duration;

    /**
     * @param source the S3 folder downloaded
     * @param directory the local folder
     * @param files every object, in key order
     * @param bytes their total size
     * @param earlierObjectsLeftAside how many objects under the folder were left aside as earlier exports'
     * @param summary the labels they hold, or {@code null} when none is a labeling file or the download was asked for
     *     no summary ({@link ExportOptions#summarize()})
     * @param duration how long it took
     */
    public DownloadResult(
            S3Uri source,
            Path directory,
            List<DownloadedFile> files,
            long bytes,
            int earlierObjectsLeftAside,
            LabelSummary summary,
            Duration duration) {
        this.source = Objects.requireNonNull(source, "source");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.files = List.copyOf(files);
        this.bytes = bytes;
        this.earlierObjectsLeftAside = earlierObjectsLeftAside;
        this.summary = summary;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /** @return the S3 folder downloaded */
    public S3Uri source() {
        return source;
    }

    /** @return the local folder */
    public Path directory() {
        return directory;
    }

    /** @return every object, in key order */
    public List<DownloadedFile> files() {
        return files;
    }

    /** @return the total size of the files */
    public long bytes() {
        return bytes;
    }

    /**
     * @return how many objects under the folder were left aside, not downloaded: those that were there, unchanged,
     *     before the export's task run started (earlier exports to the same path); 0 for a download that is not part
     *     of an export
     */
    public int earlierObjectsLeftAside() {
        return earlierObjectsLeftAside;
    }

    /** @return whether the labels were read and summarized, so that {@link #summary()} has them */
    public boolean hasSummary() {
        return summary != null;
    }

    /**
     * @return the labels the files hold
     * @throws IllegalStateException when the download was asked for no summary ({@link ExportOptions#summarize()}), a
     *     file is not a labeling file, or no file holds labels
     */
    public LabelSummary summary() {
        if (summary == null) {
            throw new IllegalStateException(ResultMessages.noSummary(source, directory, files.size()));
        }
        return summary;
    }

    /** @return how long the download took */
    public Duration duration() {
        return duration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DownloadResult that
                && source.equals(that.source)
                && directory.equals(that.directory)
                && files.equals(that.files)
                && bytes == that.bytes
                && earlierObjectsLeftAside == that.earlierObjectsLeftAside
                && Objects.equals(summary, that.summary)
                && duration.equals(that.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, directory, files, bytes, earlierObjectsLeftAside, summary, duration);
    }

    @Override
    public String toString() {
        return "DownloadResult[source=" + source + ", directory=" + directory + ", files=" + files + ", bytes=" + bytes
                + ", earlierObjectsLeftAside=" + earlierObjectsLeftAside + ", summary="
                + (summary == null ? "none" : summary)
                + ", duration=" + duration + "]";
    }
}
