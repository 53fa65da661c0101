package io.github.gluelabels.core.labels;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up the records of one labeling file or of all the parts of an export into a {@link LabelSummary}. A labeling
 * set may be spread over several parts: its labels are counted once.
 *
 * <p>Memory grows with the number of labeling sets, not of records: per set, it keeps the set id and its distinct
 * labels only.
 *
 * <pre>{@code
 * LabelSummaryBuilder summary = new LabelSummaryBuilder();
 * for (Path part : parts) {
 *   try (LabelingFileReader reader = LabelingFileReader.open(part)) {
 *     summary.addAll(reader);
 *   }
 * }
 * log.info(summary.build().describe());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelSummaryBuilder {

  /** Per labeling set id: its one label as a {@code String}, or its labels as {@link ManyLabels} once it has two. */
  private final Map<String, Object> labelsBySet = new HashMap<>();
  private List<String> columns;
  private String columnsSource;
  private long rows;

  /** Starts an empty summary. */
  public LabelSummaryBuilder() {}

  /**
   * Declares the header of the next file or part. The first declaration fixes the columns; every later one must have
   * the same columns in the same order.
   *
   * @param sourceName the file or part, as it is called in messages
   * @param partColumns its header's column names
   * @return this builder
   * @throws LabelingFileException naming {@code sourceName} when its columns differ from the first part's
   */
  public LabelSummaryBuilder columns(String sourceName, List<String> partColumns) {
    Objects.requireNonNull(sourceName, "sourceName");
    List<String> copy = List.copyOf(partColumns);
    if (columns == null) {
      columns = copy;
      columnsSource = sourceName;
    } else if (!columns.equals(copy)) {
      throw new LabelingFileException(sourceName, 1, "the header " + String.join(",", copy) + " differs from the"
          + " header of " + columnsSource + ", " + String.join(",", columns) + ": every part of an export has the same"
          + " columns");
    }
    return this;
  }

  /**
   * Counts one record.
   *
   * @param record a record of a file whose columns were declared with {@link #columns}
   * @return this builder
   */
  public LabelSummaryBuilder add(LabelRecord record) {
    String label = record.label();
    labelsBySet.merge(record.labelingSetId(), label, (seen, added) -> {
      if (seen instanceof ManyLabels many) {
        many.add(label);
        return many;
      }
      return seen.equals(label) ? seen : new ManyLabels((String) seen, label);
    });
    rows++;
    return this;
  }

  /**
   * Declares the reader's columns and counts every record it has left.
   *
   * @param reader an open reader; it is read to the end but not closed
   * @return this builder
   * @throws LabelingFileException when the reader's columns differ from the first part's, or at the first problem in
   *     the file
   */
  public LabelSummaryBuilder addAll(LabelingFileReader reader) {
    columns(reader.source(), reader.columns());
    for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
      add(record);
    }
    return this;
  }

  /**
   * @return the summary of everything added so far; the builder can go on counting after this
   */
  public LabelSummary build() {
    Map<Integer, Long> setsByDistinctLabels = new TreeMap<>();
    for (Object labels : labelsBySet.values()) {
      int distinct = labels instanceof ManyLabels many ? many.size() : 1;
      setsByDistinctLabels.merge(distinct, 1L, Long::sum);
    }
    return LabelSummary.of(rows, columns == null ? List.of() : columns, setsByDistinctLabels);
  }

  /** The distinct labels of a set that has more than one. */
  private static final class ManyLabels extends HashSet<String> {

    ManyLabels(String first, String second) {
      super(4);
      add(first);
      add(second);
    }
  }
}
