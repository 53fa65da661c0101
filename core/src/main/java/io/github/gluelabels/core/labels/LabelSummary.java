package io.github.gluelabels.core.labels;

import io.github.gluelabels.core.text.ShortList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a labeling file, or all the parts of an export, holds: how many labels, in how many labeling sets, and how many
 * distinct labels the sets have. Made by {@link LabelingFile#summarize} or a {@link LabelSummaryBuilder}.
 *
 * @param rows the number of records (labels), header not counted
 * @param labelingSets the number of distinct labeling set ids
 * @param columns the header's column names, starting with {@code labeling_set_id} and {@code label}
 * @param setsByDistinctLabels how many labeling sets have a given number of distinct labels, by that number, e.g.
 *     {@code {1=40, 2=7}}: 40 sets whose records all have the same label, 7 sets with two labels. Its values add up to
 *     {@code labelingSets}
 * @since 0.1.0
 */
public record LabelSummary(
        long rows, long labelingSets, List<String> columns, SortedMap<Integer, Long> setsByDistinctLabels) {

    /** How many columns {@link #describe()} names; the rest are counted. */
    static final int SHOWN_COLUMNS = 20;

    /**
     * Refuses counts that do not add up; keeps unmodifiable copies of the columns and the map.
     *
     * @param rows the number of records (labels), header not counted
     * @param labelingSets the number of distinct labeling set ids
     * @param columns the header's column names, starting with {@code labeling_set_id} and {@code label}
     * @param setsByDistinctLabels how many labeling sets have a given number of distinct labels, by that number, e.g.
     *     {@code {1=40, 2=7}}: 40 sets whose records all have the same label, 7 sets with two labels. Its values add
     *     up to {@code labelingSets}
     */
    public LabelSummary {
        if (rows < 0 || labelingSets < 0 || labelingSets > rows) {
            throw new IllegalArgumentException("a summary needs 0 <= labelingSets <= rows, got " + labelingSets
                    + " labeling sets and " + rows + " rows");
        }
        columns = List.copyOf(columns);
        setsByDistinctLabels = Collections.unmodifiableSortedMap(new TreeMap<>(setsByDistinctLabels));
        long sets = setsByDistinctLabels.values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (sets != labelingSets) {
            throw new IllegalArgumentException("setsByDistinctLabels counts " + sets + " labeling sets, not "
                    + labelingSets + ": " + setsByDistinctLabels);
        }
    }

    /**
     * The summary in words, for a build log: it names at most 20 columns and 10 sizes of sets, and counts the rest
     * ({@code … and 99,980 more}), so that the line stays short however wide the file.
     *
     * @return e.g. {@code 1,204 labels in 310 labeling sets (310 sets: 1 label 250, 2 labels 55, 3 labels 5); columns:
     *     labeling_set_id, label, name, city}
     */
    public String describe() {
        StringBuilder out = new StringBuilder()
                .append(count(rows, "label", "labels"))
                .append(" in ")
                .append(count(labelingSets, "labeling set", "labeling sets"));
        if (!setsByDistinctLabels.isEmpty()) {
            List<String> bySize = new ArrayList<>();
            for (Map.Entry<Integer, Long> entry : setsByDistinctLabels.entrySet()) {
                bySize.add(count(entry.getKey(), "label", "labels") + " " + number(entry.getValue()));
            }
            out.append(" (")
                    .append(count(labelingSets, "set", "sets"))
                    .append(": ")
                    .append(ShortList.of(bySize))
                    .append(")");
        }
        // a file may have 100,000 columns: the log line names the first ones and counts the rest
        return out.append("; columns: ")
                .append(columns.isEmpty() ? "none" : ShortList.of(columns, ", ", SHOWN_COLUMNS))
                .toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static LabelSummary of(long rows, List<String> columns, Map<Integer, Long> setsByDistinctLabels) {
        Objects.requireNonNull(setsByDistinctLabels, "setsByDistinctLabels");
        long sets = setsByDistinctLabels.values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return new LabelSummary(rows, sets, columns, new TreeMap<>(setsByDistinctLabels));
    }
}
