package io.github.gluelabels.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code StartMLEvaluationTaskRun} of a transform finds, when a test chooses it
 * ({@link FakeGlue#evaluationMetrics(String, EvaluationMetrics)}, the control API's
 * {@code PUT transforms/ID/evaluation-metrics}) rather than take the numbers the fake derives from the labels: the
 * confusion matrix of the model's {@code FindMatchesMetrics}, from which {@code Precision}, {@code Recall}, {@code F1}
 * and {@code AreaUnderPRCurve} follow, and the importance of each column.
 *
 * @param truePositives {@code NumTruePositives}: matches found, 0 or more
 * @param falsePositives {@code NumFalsePositives}: non-matches taken for matches, 0 or more
 * @param trueNegatives {@code NumTrueNegatives}: non-matches rejected, 0 or more
 * @param falseNegatives {@code NumFalseNegatives}: matches missed, 0 or more
 * @param columnImportances each column's importance from 0 to 1, at most 100 columns, in the order given
 * @since 0.1.0
 */
public record EvaluationMetrics(
        long truePositives,
        long falsePositives,
        long trueNegatives,
        long falseNegatives,
        Map<String, Double> columnImportances) {

    /** The most columns the model's {@code ColumnImportanceList} holds. */
    public static final int MOST_COLUMNS = 100;

    /**
     * Checks the numbers against the model's rules, naming every broken one.
     *
     * @throws IllegalArgumentException naming each member, its rule and the value seen
     */
    public EvaluationMetrics {
        Objects.requireNonNull(columnImportances, "columnImportances");
        List<String> problems = new ArrayList<>();
        count("truePositives", truePositives, problems);
        count("falsePositives", falsePositives, problems);
        count("trueNegatives", trueNegatives, problems);
        count("falseNegatives", falseNegatives, problems);
        if (columnImportances.size() > MOST_COLUMNS) {
            problems.add("columnImportances has " + columnImportances.size() + " columns, at most " + MOST_COLUMNS
                    + " are allowed");
        }
        columnImportances.forEach((column, importance) -> {
            if (column == null || column.isEmpty() || column.length() > 255) {
                problems.add("a column name must have 1 to 255 characters, was " + quoted(column));
            }
            if (importance == null || !(importance >= 0 && importance <= 1)) {
                problems.add("the importance of column " + quoted(column) + " must be from 0 to 1, was " + importance);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Evaluation metrics are not valid: " + String.join("; ", problems));
        }
        columnImportances = Collections.unmodifiableMap(new LinkedHashMap<>(columnImportances));
    }

    /**
     * Metrics with a confusion matrix and no column importances.
     *
     * @return the metrics
     */
    public static EvaluationMetrics of(
            long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {
        return new EvaluationMetrics(truePositives, falsePositives, trueNegatives, falseNegatives, Map.of());
    }

    /** @return {@code Precision}: true positives among all found matches, 0 when none was found */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** @return {@code Recall}: true positives among all real matches, 0 when there are none */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** @return {@code F1}: the harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return {@code AreaUnderPRCurve}, which the fake estimates as the mean of precision and recall */
    public double areaUnderPrCurve() {
        return (precision() + recall()) / 2;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void count(String member, long value, List<String> problems) {
        if (value < 0) {
            problems.add(member + " must be 0 or more, was " + value);
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
