package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileReader;
import io.github.gluelabels.fake.EvaluationMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's {@code FindMatchesMetrics}: those a test chose, or numbers that are plausible and follow from the labels
 * alone, since the fake learns nothing. Within each labeling set, a pair of records with the same label is a match and
 * a pair with different labels is not; the fake "finds" all but a tenth of the matches (rounded down) and wrongly
 * matches a twentieth of the non-matches (rounded down). A column's importance is the share of matching pairs that
 * agree on it. The same labels always give the same numbers.
 *
 * <p>Only the first {@value #MOST_LABELS} labels count, and each value is kept as a 64-bit hash: an evaluation of
 * labels of any size costs a bounded heap (a few tens of MiB at most), whatever the fields hold.
 */
final class FindMatchesMetrics {

    /** The most labels the derived numbers are counted from. */
    static final int MOST_LABELS = 100_000;

    private FindMatchesMetrics() {}

    /** @return the metrics the labels give */
    static EvaluationMetrics of(LabelSet labels) {
        List<String> columns = labels.columns().subList(2, labels.columns().size());
        int counted = Math.min(columns.size(), EvaluationMetrics.MOST_COLUMNS);
        // labeling set -> label -> its records' hashed values
        Map<String, Map<String, List<long[]>>> sets = new HashMap<>();
        try (LabelingFileReader reader =
                LabelingFileReader.open(labels.content().open(), "labels of the transform")) {
            int read = 0;
            for (LabelRecord r = reader.next(); r != null && read < MOST_LABELS; r = reader.next(), read++) {
                long[] hashes = new long[counted];
                for (int c = 0; c < counted; c++) {
                    hashes[c] = hash(r.values().get(c + 2));
                }
                sets.computeIfAbsent(r.labelingSetId(), k -> new HashMap<>())
                        .computeIfAbsent(r.label(), k -> new ArrayList<>())
                        .add(hashes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long matches = 0;
        long pairs = 0;
        long[] agreeing = new long[counted];
        for (Map<String, List<long[]>> set : sets.values()) {
            long size = set.values().stream().mapToLong(List::size).sum();
            pairs += size * (size - 1) / 2;
            for (List<long[]> group : set.values()) {
                matches += (long) group.size() * (group.size() - 1) / 2;
                countAgreeingPairs(group, agreeing);
            }
        }
        long nonMatches = pairs - matches;
        long missed = matches / 10;
        long wronglyMatched = nonMatches / 20;
        List<Map.Entry<String, Double>> importances = new ArrayList<>();
        for (int c = 0; c < counted; c++) {
            importances.add(Map.entry(columns.get(c), matches == 0 ? 0.0 : (double) agreeing[c] / matches));
        }
        importances.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        Map<String, Double> ordered = new LinkedHashMap<>();
        importances.forEach(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        return new EvaluationMetrics(matches - missed, wronglyMatched, nonMatches - wronglyMatched, missed, ordered);
    }

    /** FNV-1a over the UTF-16 units: equal values, equal hashes; a collision only nudges an estimate. */
    private static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Adds, for each column, how many pairs of the group's records have the same value in it. */
    private static void countAgreeingPairs(List<long[]> group, long[] agreeing) {
        for (int c = 0; c < agreeing.length; c++) {
            Map<Long, Long> counts = new HashMap<>();
            for (long[] values : group) {
                counts.merge(values[c], 1L, Long::sum);
            }
            for (long n : counts.values()) {
                agreeing[c] += n * (n - 1) / 2;
            }
        }
    }

    /** Writes the model's {@code FindMatchesMetrics} into the object {@code out} is in. */
    static void write(EvaluationMetrics metrics, JsonOut out) {
        out.startObject("FindMatchesMetrics")
                .number("AreaUnderPRCurve", metrics.areaUnderPrCurve())
                .number("Precision", metrics.precision())
                .number("Recall", metrics.recall())
                .number("F1", metrics.f1())
                .startObject("ConfusionMatrix")
                .number("NumTruePositives", metrics.truePositives())
                .number("NumFalsePositives", metrics.falsePositives())
                .number("NumTrueNegatives", metrics.trueNegatives())
                .number("NumFalseNegatives", metrics.falseNegatives())
                .endObject()
                .startArray("ColumnImportances");
        for (Map.Entry<String, Double> column : metrics.columnImportances().entrySet()) {
            out.startObjectInArray()
                    .string("ColumnName", column.getKey())
                    .number("Importance", column.getValue())
                    .endObject();
        }
        out.endArray().endObject();
    }
}
