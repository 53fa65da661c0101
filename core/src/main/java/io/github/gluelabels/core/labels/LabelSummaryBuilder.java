package io.github.gluelabels.core.labels;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up the records of one labeling file or of all the parts of an export into a {@link LabelSummary}. A labeling
 * set may be spread over several parts: its labels are counted once.
 *
 * <p>Memory grows with the number of labeling sets, not of records: per set, it keeps the set id and its distinct
 * labels only (one shared copy of each label text), about 100 bytes a set.
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

  /** Labels repeat across sets ("match", "A", …): one copy of each, up to this many distinct labels. */
  private static final int MAX_CANONICAL_LABELS = 10_000;

  /** Per labeling set id: its one label as a {@code String}, or its labels as a {@code String[]} once it has two. */
  private final Map<String, Object> labelsBySet = new HashMap<>();
  private final Map<String, String> canonicalLabels = new HashMap<>();
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
    return add(record.labelingSetId(), record.label());
  }

  /** Counts one record given by its set id and label (the file it comes from was checked). */
  LabelSummaryBuilder add(String labelingSetId, String label) {
    String known = canonical(label);
    labelsBySet.merge(labelingSetId, known, (seen, added) -> withLabel(seen, known));
    rows++;
    return this;
  }

  private String canonical(String label) {
    String known = canonicalLabels.get(label);
    if (known != null) {
      return known;
    }
    if (canonicalLabels.size() < MAX_CANONICAL_LABELS) {
      canonicalLabels.put(label, label);
    }
    return label;
  }

  /** The labels of a set with one more: a set has few distinct labels, so an array searched in order is smallest. */
  private static Object withLabel(Object seen, String label) {
    if (seen instanceof String one) {
      return one.equals(label) ? one : new String[] {one, label};
    }
    String[] many = (String[]) seen;
    for (String known : many) {
      if (known.equals(label)) {
        return many;
      }
    }
    String[] more = Arrays.copyOf(many, many.length + 1);
    more[many.length] = label;
    return more;
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
   * Adds what another builder counted, e.g. the parts of an export read on several threads. A labeling set counted by
   * both counts once, with the union of its labels.
   *
   * @param other a builder whose columns match this one's
   * @return this builder
   * @throws LabelingFileException when the other's columns differ from this one's
   */
  public LabelSummaryBuilder addAll(LabelSummaryBuilder other) {
    if (other.columns != null) {
      columns(other.columnsSource, other.columns);
    }
    other.labelsBySet.forEach((set, labels) -> {
      if (labels instanceof String one) {
        labelsBySet.merge(set, canonical(one), (seen, added) -> withLabel(seen, (String) added));
      } else {
        for (String label : (String[]) labels) {
          labelsBySet.merge(set, canonical(label), (seen, added) -> withLabel(seen, (String) added));
        }
      }
    });
    rows += other.rows;
    return this;
  }

  /**
   * @return the summary of everything added so far; the builder can go on counting after this
   */
  public LabelSummary build() {
    Map<Integer, Long> setsByDistinctLabels = new TreeMap<>();
    for (Object labels : labelsBySet.values()) {
      int distinct = labels instanceof String[] many ? many.length : 1;
      setsByDistinctLabels.merge(distinct, 1L, Long::sum);
    }
    return LabelSummary.of(rows, columns == null ? List.of() : columns, setsByDistinctLabels);
  }
}
