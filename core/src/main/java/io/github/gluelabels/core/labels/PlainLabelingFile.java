package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the records of a plainly well-formed labeling file as bytes, several times faster than
 * {@link LabelingFileReader}, for tools that read millions of labels (the diff). It gives up at anything but the plain
 * case, as {@link LabelingFile#count} does (see there); the caller then reads the file with {@link LabelingFileReader},
 * which says what is wrong and where. On every file it does not give up on, each record's fields are what
 * {@link LabelingFileReader} reads, as UTF-8 bytes.
 *
 * @since 0.1.0
 */
public final class PlainLabelingFile {

    private PlainLabelingFile() {}

    /**
     * Takes the records of a file.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * Takes one record; the arrays are reused for the next record, so the sink copies what it keeps.
         *
         * @param fields the record's fields, one per column of the header, as valid UTF-8 (quotes undone); only the
         *     first {@code lengths[i]} bytes of {@code fields[i]} are the field's
         * @param lengths each field's length in bytes
         * @since 0.1.0
         */
        void accept(byte[][] fields, int[] lengths);
    }

    /**
     * Reads every record of a file into the sink.
     *
     * @param file the file
     * @param sink what takes every record, in file order
     * @return the header's columns, or {@code null} when the file is not plainly well formed: the sink may have taken
     *     some of its records by then, which the caller throws away
     * @throws IOException when the file cannot be read
     * @since 0.1.0
     */
    public static List<String> read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WellFormedScan.records(in, file.toString(), sink::accept);
        }
    }
}
