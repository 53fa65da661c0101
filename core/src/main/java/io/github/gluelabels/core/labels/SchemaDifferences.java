package io.github.gluelabels.core.labels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a labeling file's data columns (those after {@code labeling_set_id,label}) differ from a transform's schema,
 * one sentence per difference: a column the schema has and the file lacks, one the file has and the schema lacks, a
 * column named twice, and, when both have the same columns, the order.
 */
final class SchemaDifferences {

    private SchemaDifferences() {}

    /**
     * @param columns the file's data columns, in order
     * @param schema the transform's schema, in order
     * @return every difference; empty when they are equal
     */
    static List<String> of(List<String> columns, List<String> schema) {
        List<String> differences = new ArrayList<>();
        Set<String> inFile = new LinkedHashSet<>(columns);
        Set<String> inSchema = new LinkedHashSet<>(schema);
        for (String column : schema) {
            if (!inFile.contains(column)) {
                differences.add("the transform's schema has the column " + quoted(column) + ", which the file lacks");
            }
        }
        for (String column : inFile) {
            if (!inSchema.contains(column)) {
                differences.add("the file has the column " + quoted(column) + ", which the transform's schema lacks");
            }
        }
        if (inFile.size() < columns.size()) {
            differences.add("the file names a column twice: " + columns);
        }
        if (differences.isEmpty() && !columns.equals(schema)) {
            differences.add("the columns are in another order than the transform's schema: the file has " + columns
                    + ", the schema " + schema);
        }
        return differences;
    }

    private static String quoted(String column) {
        return "\"" + column + "\"";
    }
}
