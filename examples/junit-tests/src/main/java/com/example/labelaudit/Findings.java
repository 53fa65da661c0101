package com.example.labelaudit;

import java.util.List;

/**
 * What {@link ConsistencyCheck} found in a transform's labeling files.
 *
 * @param labels how many labels (records) the files hold
 * @param labelingSets how many labeling sets
 * @param singleLabelSets the labeling sets with a single label: one record, so nothing to match it against
 * @param allDifferentSets the labeling sets of two or more records where every record has a label of its own: no
 *     record matches another, which is rare in real data and often a labeling slip
 * @param duplicateRows records whose values (all columns but {@code labeling_set_id} and {@code label}) repeat an
 *     earlier record of the same labeling set
 */
public record Findings(long labels, long labelingSets, List<String> singleLabelSets, List<String> allDifferentSets,
    List<DuplicateRow> duplicateRows) {

  public Findings {
    singleLabelSets = List.copyOf(singleLabelSets);
    allDifferentSets = List.copyOf(allDifferentSets);
    duplicateRows = List.copyOf(duplicateRows);
  }

  /** @return whether nothing was found */
  public boolean consistent() {
    return singleLabelSets.isEmpty() && allDifferentSets.isEmpty() && duplicateRows.isEmpty();
  }

  /** @return how many problems were found */
  public int problems() {
    return singleLabelSets.size() + allDifferentSets.size() + duplicateRows.size();
  }

  /**
   * A record that repeats an earlier one of its labeling set.
   *
   * @param labelingSetId the labeling set
   * @param first where the record first appears, {@code file:line}
   * @param repeat where it appears again, {@code file:line}
   * @param firstLabel the label it has there
   * @param repeatLabel the label it has here; when the two differ, the labels contradict each other
   */
  public record DuplicateRow(String labelingSetId, String first, String repeat, String firstLabel,
      String repeatLabel) {

    /** @return whether the two copies have different labels */
    public boolean conflicting() {
      return !firstLabel.equals(repeatLabel);
    }

    /** @return e.g. {@code ls-0001: part-00000.csv:4 repeats part-00000.csv:2 (labels A and B: conflicting)} */
    public String describe() {
      return labelingSetId + ": " + repeat + " repeats " + first + (conflicting()
          ? " (labels " + firstLabel + " and " + repeatLabel + ": conflicting)" : " (same label " + firstLabel + ")");
    }
  }
}
