package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality a {@code StartMLEvaluationTaskRun} estimates, as the model's {@code FindMatchesMetrics}: numbers that are
 * plausible and follow from the labels alone, since the fake learns nothing. Within each labeling set, a pair of
 * records with the same label is a match and a pair with different labels is not; the fake "finds" all but a tenth of
 * the matches (rounded down) and wrongly matches a twentieth of the non-matches (rounded down). A column's importance
 * is the share of matching pairs that agree on it. The same labels always give the same numbers.
 *
 * @param truePositives matching pairs found
 * @param falsePositives non-matching pairs taken for matches
 * @param trueNegatives non-matching pairs rejected
 * @param falseNegatives matching pairs missed
 * @param columnImportances each column and its importance, most important first
 */
record FindMatchesMetrics(
        long truePositives,
        long falsePositives,
        long trueNegatives,
        long falseNegatives,
        List<Map.Entry<String, Double>> columnImportances) {

    /** The most columns the model's {@code ColumnImportanceList} holds. */
    static final int MOST_COLUMNS = 100;

    /** @return the metrics the labels give */
    static FindMatchesMetrics of(LabelSet labels) {
        List<String> columns = labels.columns().subList(2, labels.columns().size());
        // labeling set -> label -> its records' values
        Map<String, Map<String, List<List<String>>>> sets = new HashMap<>();
        try (LabelingFileReader reader =
                LabelingFileReader.open(labels.content().open(), "labels of the transform")) {
            for (LabelRecord r = reader.next(); r != null; r = reader.next()) {
                sets.computeIfAbsent(r.labelingSetId(), k -> new HashMap<>())
                        .computeIfAbsent(r.label(), k -> new ArrayList<>())
                        .add(r.values().subList(2, r.values().size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long matches = 0;
        long pairs = 0;
        long[] agreeing = new long[columns.size()];
        for (Map<String, List<List<String>>> set : sets.values()) {
            long size = set.values().stream().mapToLong(List::size).sum();
            pairs += size * (size - 1) / 2;
            for (List<List<String>> group : set.values()) {
                matches += (long) group.size() * (group.size() - 1) / 2;
                countAgreeingPairs(group, agreeing);
            }
        }
        long nonMatches = pairs - matches;
        long missed = matches / 10;
        long wronglyMatched = nonMatches / 20;
        List<Map.Entry<String, Double>> importances = new ArrayList<>();
        for (int c = 0; c < columns.size() && c < MOST_COLUMNS; c++) {
            importances.add(Map.entry(columns.get(c), matches == 0 ? 0.0 : (double) agreeing[c] / matches));
        }
        importances.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return new FindMatchesMetrics(
                matches - missed, wronglyMatched, nonMatches - wronglyMatched, missed, importances);
    }

    /** Adds, for each column, how many pairs of the group's records have the same value in it. */
    private static void countAgreeingPairs(List<List<String>> group, long[] agreeing) {
        for (int c = 0; c < agreeing.length; c++) {
            Map<String, Long> counts = new HashMap<>();
            for (List<String> values : group) {
                counts.merge(values.get(c), 1L, Long::sum);
            }
            for (long n : counts.values()) {
                agreeing[c] += n * (n - 1) / 2;
            }
        }
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The area under the precision-recall curve, estimated as the mean of precision and recall. */
    double areaUnderPrCurve() {
        return (precision() + recall()) / 2;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Writes the model's {@code FindMatchesMetrics} into the object {@code out} is in. */
    void write(JsonOut out) {
        out.startObject("FindMatchesMetrics")
                .number("AreaUnderPRCurve", areaUnderPrCurve())
                .number("Precision", precision())
                .number("Recall", recall())
                .number("F1", f1())
                .startObject("ConfusionMatrix")
                .number("NumTruePositives", truePositives)
                .number("NumFalsePositives", falsePositives)
                .number("NumTrueNegatives", trueNegatives)
                .number("NumFalseNegatives", falseNegatives)
                .endObject()
                .startArray("ColumnImportances");
        for (Map.Entry<String, Double> column : columnImportances) {
            out.startObjectInArray()
                    .string("ColumnName", column.getKey())
                    .number("Importance", column.getValue())
                    .endObject();
        }
        out.endArray().endObject();
    }
}
