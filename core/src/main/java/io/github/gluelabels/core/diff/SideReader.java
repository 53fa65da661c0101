package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.labels.LabelingFileReader;
import io.github.gluelabels.core.labels.PlainLabelingFile;
import io.github.gluelabels.core.text.ShortList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the labeling files of one side with {@link LabelingFileReader} (strict UTF-8, every record checked): first
 * their headers, which must all be the same, then their records into a sorter.
 */
final class SideReader {

    private final LabelSource source;
    private final List<Path> files;
    private final List<String> columns;

    private SideReader(LabelSource source, List<Path> files, List<String> columns) {
        this.source = source;
        this.files = files;
        this.columns = columns;
    }

    /**
     * Finds the side's files and reads their headers.
     *
     * @throws LabelingFileException when the side does not exist, holds no labeling file, a header is not valid or a
     *     file's header differs from the first file's
     */
    static SideReader open(LabelSource source) throws IOException {
        List<Path> files = source.files();
        List<String> columns = null;
        Path first = null;
        for (Path file : files) {
            try (LabelingFileReader reader = LabelingFileReader.open(file)) {
                if (columns == null) {
                    columns = reader.columns();
                    first = file;
                } else if (!columns.equals(reader.columns())) {
                    throw new LabelingFileException(
                            file.toString(),
                            1,
                            "the header " + ShortList.of(reader.columns(), ",", 20) + " differs from the header of "
                                    + first + ", " + ShortList.of(columns, ",", 20)
                                    + ": the files of one side of a diff have the same columns");
                }
            }
        }
        return new SideReader(source, files, columns);
    }

    /** @return the side's columns, starting with {@code labeling_set_id} and {@code label} */
    List<String> columns() {
        return columns;
    }

    /** @return the side as the user named it */
    LabelSource source() {
        return source;
    }

    /**
     * Reads every record of every file into the sorter, as an entry keyed by the values at {@code keyIndices}: as bytes
     * when every file is plainly well formed (most are), else, all over again, with {@link LabelingFileReader}, which
     * names what is wrong.
     *
     * @return the number of records read
     * @throws LabelingFileException at the first problem in a file, naming it, the line and the rule
     */
    long readInto(ExternalSorter sorter, int[] keyIndices) throws IOException {
        long[] records = {0};
        PlainLabelingFile.RecordSink sink = (fields, lengths) -> {
            sorter.add(fields, lengths, 0, 1, keyIndices);
            records[0]++;
        };
        for (Path file : files) {
            if (!columns.equals(PlainLabelingFile.read(file, sink))) {
                sorter.discard();
                return readStrictly(sorter, keyIndices);
            }
        }
        return records[0];
    }

    private long readStrictly(ExternalSorter sorter, int[] keyIndices) throws IOException {
        long records = 0;
        for (Path file : files) {
            try (LabelingFileReader reader = LabelingFileReader.open(file)) {
                for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
                    List<String> values = record.values();
                    String[] key = new String[keyIndices.length];
                    for (int i = 0; i < key.length; i++) {
                        key[i] = values.get(keyIndices[i]);
                    }
                    sorter.add(DiffEntry.of(record.labelingSetId(), key, record.label()));
                    records++;
                }
            }
        }
        return records;
    }
}
