package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.labels.LabelSummary;
import io.github.gluelabels.core.labels.LabelSummaryBuilder;
import io.github.gluelabels.core.labels.LabelingFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The summary of a download's labels. Each part is counted on its own, on the thread that fetched it ({@link #read});
 * the parts are then added up as they arrive, in key order (a set spread over parts counts once), and each part's own
 * count is dropped once added, so that memory holds one count of the sets, not two. A part that cannot be read, or
 * counted with the others, leaves the download without a summary, with a warning: the files are downloaded as they
 * are.
 */
final class DownloadSummary implements AutoCloseable {

    /** The labels of one file: counted, not a labeling file by name, or unreadable (why). */
    record Part(LabelSummaryBuilder summary, String unreadable) {
        static final Part SKIPPED = new Part(null, null);
    }

    private final boolean wanted;
    private final ExportListener listener;
    private final LabelSummaryBuilder builder = new LabelSummaryBuilder();
    private int labelingFiles;
    private boolean unusable;

    /**
     * @param wanted whether to read the labels at all: without, every part is skipped and there is no summary
     * @param listener hears why there is no summary
     */
    DownloadSummary(boolean wanted, ExportListener listener) {
        this.wanted = wanted;
        this.listener = listener;
    }

    /**
     * Counts the labels of one downloaded file (still in its staged file; messages name where it goes), unless no
     * summary is wanted, the file is empty, or its name says it is not a part of the labels ({@code _SUCCESS},
     * {@code .crc} files and the like). Thread-safe.
     *
     * @param size the file's size
     * @return the part's counts; the caller hands them to {@link #add}
     */
    Part read(Path staged, Path target, long size) {
        String name = target.getFileName().toString();
        if (!wanted || size == 0 || name.startsWith("_") || name.startsWith(".")) {
            return Part.SKIPPED;
        }
        try {
            return new Part(LabelingFile.count(staged, target.toString()), null);
        } catch (IOException | UncheckedIOException | GlueLabelsException e) {
            return new Part(null, target + " is not a labeling file we can read (" + e.getMessage() + ")");
        }
    }

    /** Adds a part's counts, in key order, and closes them. */
    void add(Part part) {
        if (unusable) {
            if (part.summary() != null) {
                part.summary().close();
            }
            return;
        }
        if (part.unreadable() != null) {
            warn(part.unreadable());
        } else if (part.summary() != null) {
            try (LabelSummaryBuilder counted = part.summary()) {
                builder.addAll(counted);
                labelingFiles++;
            } catch (GlueLabelsException | UncheckedIOException e) {
                warn(e.getMessage());
            }
        }
    }

    private void warn(String why) {
        unusable = true;
        listener.warning("Cannot summarize the labels: " + why + ". The files were downloaded as they are.");
    }

    /** @return the summary, or {@code null} when there is none */
    LabelSummary build() {
        if (unusable || labelingFiles == 0) {
            return null;
        }
        try {
            return builder.build();
        } catch (UncheckedIOException e) {
            warn(e.getMessage());
            return null;
        }
    }

    /** Deletes the builder's temporary file, if its sets outgrew its memory. */
    @Override
    public void close() {
        builder.close();
    }
}
