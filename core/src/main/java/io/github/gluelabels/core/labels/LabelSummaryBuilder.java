package io.github.gluelabels.core.labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up the records of one labeling file or of all the parts of an export into a {@link LabelSummary}. A labeling
 * set may be spread over several parts: its labels are counted once.
 *
 * <p>Memory grows with the number of labeling sets, not of records: per set, it keeps the set id's UTF-8 bytes and
 * the numbers of its distinct labels (each label text once), about 40 bytes a set besides the id — some 10 MB for a
 * million labels in 220,000 sets.
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

  /** The labeling sets and their labels, by number: see {@link #labelNumber}. */
  private final SetTable sets = new SetTable();
  /** Every distinct label text once, by its number; labels repeat across sets ("match", "A", …). */
  private final Map<String, Integer> labelNumbers = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
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
    sets.add(labelingSetId, labelNumber(label));
    rows++;
    return this;
  }

  /** Counts one record whose set id is the first {@code idLength} bytes of {@code idUtf8}, valid UTF-8. */
  LabelSummaryBuilder add(byte[] idUtf8, int idLength, String label) {
    sets.add(idUtf8, idLength, labelNumber(label));
    rows++;
    return this;
  }

  private int labelNumber(String label) {
    Integer known = labelNumbers.get(label);
    if (known != null) {
      return known;
    }
    int number = labels.size();
    labelNumbers.put(label, number);
    labels.add(label);
    return number;
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
    sets.addAll(other.sets, label -> labelNumber(other.labels.get(label)));
    rows += other.rows;
    return this;
  }

  /**
   * @return the summary of everything added so far; the builder can go on counting after this
   */
  public LabelSummary build() {
    Map<Integer, Long> setsByDistinctLabels = new TreeMap<>();
    for (int set = 0; set < sets.size(); set++) {
      setsByDistinctLabels.merge(sets.distinctLabels(set), 1L, Long::sum);
    }
    return LabelSummary.of(rows, columns == null ? List.of() : columns, setsByDistinctLabels);
  }
}
