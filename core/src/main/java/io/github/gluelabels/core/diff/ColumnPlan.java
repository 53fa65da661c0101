package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the two sides' columns identify a record: by the primary-key column when one is given, else by every column but
 * {@code labeling_set_id} and {@code label}. Sides whose columns differ are compared only when the key is on both
 * sides, once each: with a primary key. Without one, a record's identity is all its fields, so a column on one side
 * only would make every record look changed; that is refused, naming the columns.
 *
 * @param keyColumns the columns that identify a record, in order
 * @param fromKey where each key column is in the first side's records
 * @param toKey where each key column is in the second side's records
 * @param onlyInFrom the columns only the first side has
 * @param onlyInTo the columns only the second side has
 */
// int[] rather than List<Integer>: read for every record of both sides; a plan is never compared or changed
@SuppressWarnings("ArrayRecordComponent")
record ColumnPlan(List<String> keyColumns, int[] fromKey, int[] toKey, List<String> onlyInFrom, List<String> onlyInTo) {

    /** The columns every labeling file starts with, which are not part of a record's identity. */
    private static final int LEADING = 2;

    static ColumnPlan of(String fromName, List<String> from, String toName, List<String> to, String primaryKey) {
        List<String> onlyInFrom = missingFrom(from, to);
        List<String> onlyInTo = missingFrom(to, from);
        if (primaryKey != null) {
            int[] fromKey = {indexOf(primaryKey, fromName, from)};
            int[] toKey = {indexOf(primaryKey, toName, to)};
            return new ColumnPlan(List.of(primaryKey), fromKey, toKey, onlyInFrom, onlyInTo);
        }
        List<String> keyColumns = from.subList(LEADING, from.size());
        if (from.equals(to)) {
            int[] key = range(LEADING, from.size());
            return new ColumnPlan(distinctNames(from), key, key, List.of(), List.of());
        }
        if (!onlyInFrom.isEmpty() || !onlyInTo.isEmpty()) {
            throw new GlueLabelsException("The two sides have different columns: only " + fromName + " has "
                    + names(onlyInFrom) + "; only " + toName + " has " + names(onlyInTo) + ". Without a primary key"
                    + " a record is identified by all its fields but labeling_set_id and label, so records with"
                    + " other fields cannot be matched. Give the primary-key column both sides have"
                    + " (LabelDiff.builder().primaryKey(\"…\")), or compare files with the same columns.");
        }
        // the same columns in another order: matched by name, which must then be unique
        requireUnique(fromName, from);
        requireUnique(toName, to);
        int[] toKey = new int[keyColumns.size()];
        for (int i = 0; i < toKey.length; i++) {
            toKey[i] = to.indexOf(keyColumns.get(i));
        }
        return new ColumnPlan(List.copyOf(keyColumns), range(LEADING, from.size()), toKey, List.of(), List.of());
    }

    /**
     * The key columns' names, made distinct where the header repeats one (a file Glue would not take, but one a diff
     * may be asked to read): the second {@code id}, 4th column, is {@code id (column 4)}, so that no field of a record
     * hides another in the report.
     */
    private static List<String> distinctNames(List<String> columns) {
        Set<String> seen = new HashSet<>(columns.subList(0, LEADING));
        List<String> names = new ArrayList<>();
        for (int i = LEADING; i < columns.size(); i++) {
            String name = columns.get(i);
            names.add(seen.add(name) ? name : name + " (column " + (i + 1) + ")");
        }
        return List.copyOf(names);
    }

    private static int indexOf(String primaryKey, String sideName, List<String> columns) {
        int first = columns.indexOf(primaryKey);
        if (first < LEADING) {
            throw new GlueLabelsException(sideName + " has no column " + Values.describe(primaryKey)
                    + ", the primary key given to identify records (its columns: "
                    + ShortList.of(columns, ",", 20) + "). Give a column both sides have.");
        }
        if (columns.lastIndexOf(primaryKey) != first) {
            throw new GlueLabelsException(sideName + " has the primary-key column " + Values.describe(primaryKey)
                    + " more than once (its columns: " + ShortList.of(columns, ",", 20)
                    + "), so which field identifies a record is not clear.");
        }
        return first;
    }

    private static void requireUnique(String sideName, List<String> columns) {
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new GlueLabelsException("The two sides have the same columns in another order, but " + sideName
                        + " has the column " + Values.describe(column) + " more than once, so columns cannot be"
                        + " matched by name. Give a primary-key column (LabelDiff.builder().primaryKey(\"…\")).");
            }
        }
    }

    /** The data columns of {@code side} that {@code other} does not have, in order, each once. */
    private static List<String> missingFrom(List<String> side, List<String> other) {
        Set<String> theirs = new HashSet<>(other.subList(LEADING, other.size()));
        Set<String> missing = new LinkedHashSet<>();
        for (String column : side.subList(LEADING, side.size())) {
            if (!theirs.contains(column)) {
                missing.add(column);
            }
        }
        return List.copyOf(missing);
    }

    private static String names(List<String> columns) {
        if (columns.isEmpty()) {
            return "none";
        }
        List<String> described = new ArrayList<>();
        columns.forEach(column -> described.add(Values.describe(column)));
        return ShortList.of(described, ", ", 20);
    }

    private static int[] range(int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return indices;
    }
}
