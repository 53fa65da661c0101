package com.example.labelaudit;

import com.example.labelaudit.Findings.DuplicateRow;
import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the labeling sets of one or more labeling files (the part files of one export) for sets with a single label,
 * sets where every row differs, and duplicate rows. A labeling set may span part files.
 */
public final class ConsistencyCheck {

  private ConsistencyCheck() {}

  /** What one labeling set holds so far. */
  private static final class LabelingSet {
    long records;
    final Set<String> labels = new HashSet<>();
    /** a record's values without the set id and the label → where it was first seen, and its label */
    final Map<List<String>, String[]> rows = new HashMap<>();
  }

  /**
   * Reads every file to the end.
   *
   * @param labelingFiles the files, in order
   * @return what was found
   * @throws IOException when a file cannot be read
   * @throws io.github.gluelabels.core.labels.LabelingFileException when a file is not a valid labeling file
   */
  public static Findings of(List<Path> labelingFiles) throws IOException {
    Map<String, LabelingSet> sets = new LinkedHashMap<>();
    List<DuplicateRow> duplicates = new ArrayList<>();
    long labels = 0;
    for (Path file : labelingFiles) {
      String name = file.getFileName().toString();
      try (LabelingFileReader reader = LabelingFileReader.open(file)) {
        for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
          labels++;
          LabelingSet set = sets.computeIfAbsent(record.labelingSetId(), id -> new LabelingSet());
          set.records++;
          set.labels.add(record.label());
          List<String> values = record.values().subList(2, record.values().size());
          String here = name + ":" + record.line();
          String[] earlier = set.rows.putIfAbsent(values, new String[] {here, record.label()});
          if (earlier != null) {
            duplicates.add(new DuplicateRow(record.labelingSetId(), earlier[0], here, earlier[1], record.label()));
          }
        }
      }
    }
    List<String> single = new ArrayList<>();
    List<String> allDifferent = new ArrayList<>();
    sets.forEach((id, set) -> {
      if (set.records == 1) {
        single.add(id);
      } else if (set.labels.size() == set.records) {
        allDifferent.add(id);
      }
    });
    return new Findings(labels, sets.size(), single, allDifferent, duplicates);
  }
}
