package io.github.gluelabels.core.labels;

import java.util.List;
import java.util.Objects;

/**
 * One record of a labeling file: a row of the source table with the labeling set it belongs to and its label.
 *
 * @param line the 1-based line of the file the record starts on; a record with a line break inside a quoted field
 *     spans more than one line, and the record after it starts further down
 * @param labelingSetId the first field, {@code labeling_set_id}; never empty
 * @param label the second field, {@code label}; never empty. Records of the same labeling set with the same label
 *     match; labels are case-sensitive and scoped to their set
 * @param values every field in the order of the header, including the first two; as many as the header has columns
 * @param raw the record's text exactly as it is in the file, quotes and line terminator included (the last record of
 *     a file may have no terminator)
 * @since 0.1.0
 */
public record LabelRecord(long line, String labelingSetId, String label, List<String> values, String raw) {

    /**
     * Refuses missing fields, a line below 1 and values that do not start with the labeling set id and the label.
     *
     * @param line the 1-based line of the file the record starts on; a record with a line break inside a quoted field
     *     spans more than one line, and the record after it starts further down
     * @param labelingSetId the first field, {@code labeling_set_id}; never empty
     * @param label the second field, {@code label}; never empty. Records of the same labeling set with the same label
     *     match; labels are case-sensitive and scoped to their set
     * @param values every field in the order of the header, including the first two; as many as the header has columns
     * @param raw the record's text exactly as it is in the file, quotes and line terminator included (the last record of
     *     a file may have no terminator)
     */
    public LabelRecord {
        Objects.requireNonNull(labelingSetId, "labelingSetId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(raw, "raw");
        values = List.copyOf(values);
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based, was " + line);
        }
        if (values.size() < 2
                || !values.get(0).equals(labelingSetId)
                || !values.get(1).equals(label)) {
            throw new IllegalArgumentException(
                    "values must start with the labeling set id and the label, were " + values);
        }
    }
}
