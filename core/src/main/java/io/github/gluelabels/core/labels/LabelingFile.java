package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks and summarizes whole labeling files in one call. For the format, see {@link LabelingFileReader}; to combine
 * the parts of an export, see {@link LabelSummaryBuilder}.
 *
 * @since 0.1.0
 */
public final class LabelingFile {

    private LabelingFile() {}

    /**
     * Reads a labeling file to the end and summarizes it.
     *
     * @param file the file
     * @return its summary
     * @throws IOException when the file cannot be opened
     * @throws LabelingFileException at the first problem in the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static LabelSummary summarize(Path file) throws IOException {
        try (LabelSummaryBuilder counted = count(file, file.toString())) {
            return counted.build();
        }
    }

    /**
     * Counts the labels of a labeling file on disk into a new builder, e.g. one part of an export, to be added to the
     * others with {@link LabelSummaryBuilder#addAll(LabelSummaryBuilder)}.
     *
     * <p>A plainly well-formed file is read once as bytes, decoding only each record's set id and label: several times
     * faster than a CSV parser. At the first sign of anything else the file is read again by {@link LabelingFileReader},
     * whose exception names the line and the rule; on the files the fast path reads, both count the same.
     *
     * @param file the file
     * @param sourceName what to call the file in messages
     * @return a builder holding the file's counts; close it when done (it may hold a temporary file, see
     *     {@link LabelSummaryBuilder})
     * @throws IOException when the file cannot be opened
     * @throws LabelingFileException at the first problem in the file
     * @throws UncheckedIOException when the file cannot be read
     * @since 0.1.0
     */
    public static LabelSummaryBuilder count(Path file, String sourceName) throws IOException {
        LabelSummaryBuilder fast = countWellFormed(file, sourceName);
        if (fast != null) {
            return fast;
        }
        LabelSummaryBuilder careful = new LabelSummaryBuilder();
        try (LabelingFileReader reader = LabelingFileReader.open(Files.newInputStream(file), sourceName)) {
            return careful.addAll(reader);
        } catch (RuntimeException | IOException e) {
            careful.close();
            throw e;
        }
    }

    /** The counts of a plainly well-formed file, or {@code null} (the careful reader then explains). */
    private static LabelSummaryBuilder countWellFormed(Path file, String sourceName) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WellFormedScan.count(in, sourceName);
        }
    }

    /**
     * Reads a labeling file to the end and summarizes it; closes the stream.
     *
     * @param in the file's bytes
     * @param sourceName what to call the file in messages: its path, or its {@code s3://bucket/key} URI
     * @return its summary
     * @throws LabelingFileException at the first problem in the file
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static LabelSummary summarize(InputStream in, String sourceName) {
        try (LabelingFileReader reader = LabelingFileReader.open(in, sourceName);
                LabelSummaryBuilder counted = new LabelSummaryBuilder()) {
            return counted.addAll(reader).build();
        }
    }

    /**
     * Reads a labeling file to the end and checks every record; closes the stream.
     *
     * @param in the file's bytes
     * @param sourceName what to call the file in messages: its path, or its {@code s3://bucket/key} URI
     * @throws LabelingFileException at the first problem in the file
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static void validate(InputStream in, String sourceName) {
        try (LabelingFileReader reader = LabelingFileReader.open(in, sourceName)) {
            drain(reader);
        }
    }

    /**
     * Reads a labeling file on disk to the end and checks every record.
     *
     * @param file the file
     * @throws IOException when the file cannot be opened
     * @throws LabelingFileException at the first problem in the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static void validate(Path file) throws IOException {
        try (LabelingFileReader reader = LabelingFileReader.open(file)) {
            drain(reader);
        }
    }

    private static void drain(LabelingFileReader reader) {
        while (reader.next() != null) {
            // every record is checked as it is read
        }
    }
}
