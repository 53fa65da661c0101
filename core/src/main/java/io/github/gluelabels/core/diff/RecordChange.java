package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.validation.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One record that differs between the sides of a {@link LabelDiff}, as an example in a {@link DiffResult}; the JSON
 * report lists all of them.
 *
 * @param kind added, removed or relabeled
 * @param labelingSetId the labeling set the record is in
 * @param record the fields that identify the record: the primary-key column, or every column but
 *     {@code labeling_set_id} and {@code label}, by column name in the order of the first side's header
 * @param fromLabel its label on the first side, {@code null} when it was added
 * @param toLabel its label on the second side, {@code null} when it was removed
 * @since 0.1.0
 */
public record RecordChange(
        Kind kind, String labelingSetId, Map<String, String> record, String fromLabel, String toLabel) {

    /**
     * What happened to a record.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Only the second side has it in this set. */
        ADDED,
        /** Only the first side has it in this set. */
        REMOVED,
        /** Both have it in this set, with other labels. */
        RELABELED
    }

    /**
     * Keeps an unmodifiable copy of the fields, in their order.
     *
     * @param kind added, removed or relabeled
     * @param labelingSetId the labeling set the record is in
     * @param record the fields that identify the record
     * @param fromLabel its label on the first side, {@code null} when it was added
     * @param toLabel its label on the second side, {@code null} when it was removed
     */
    public RecordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelingSetId, "labelingSetId");
        record = Collections.unmodifiableMap(new LinkedHashMap<>(record));
    }

    /**
     * @return the change in words, each value quoted, escaped and shortened, e.g. {@code set "set-7", record
     *     customer_id="c12": "A" -> "B"}
     */
    public String describe() {
        StringJoiner fields = new StringJoiner(", ");
        record.forEach((column, value) -> fields.add(column + "=" + Values.describe(value)));
        String where = "set " + Values.describe(labelingSetId) + ", record " + fields;
        return switch (kind) {
            case ADDED -> where + ": added, label " + Values.describe(toLabel);
            case REMOVED -> where + ": removed, label " + Values.describe(fromLabel);
            case RELABELED -> where + ": " + Values.describe(fromLabel) + " -> " + Values.describe(toLabel);
        };
    }
}
