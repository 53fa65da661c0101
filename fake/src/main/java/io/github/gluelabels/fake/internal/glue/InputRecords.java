package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records of a transform's input table, which a labeling set generation draws from: the table's columns and some of
 * its rows, in order. The fake has no tables; it takes the records a test gave the transform, or else the records its
 * labels hold (each label's row without its {@code labeling_set_id} and {@code label}), which are rows of the same
 * table.
 *
 * @param columns the table's columns
 * @param rows each row's values, as many as there are columns
 */
record InputRecords(List<String> columns, List<List<String>> rows) {

    InputRecords {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param labels a transform's labels
     * @param most how many records to take at most
     * @return the first distinct records the labels hold, in their order
     */
    static InputRecords fromLabels(LabelSet labels, int most) {
        List<String> columns = labels.columns().subList(2, labels.columns().size());
        Set<List<String>> rows = new LinkedHashSet<>();
        try (LabelingFileReader reader =
                LabelingFileReader.open(labels.content().open(), "labels of the transform")) {
            for (LabelRecord r = reader.next(); r != null && rows.size() < most; r = reader.next()) {
                rows.add(r.values().subList(2, r.values().size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputRecords(columns, new ArrayList<>(rows));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
