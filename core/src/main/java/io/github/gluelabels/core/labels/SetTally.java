package io.github.gluelabels.core.labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labeling sets of the files being checked, for the warnings of {@link LabelingFilesCheck}: how many records each
 * set has (and where it starts), and which records a set repeats. A record is known by a 64-bit hash of its set id
 * and its fields but the label, so memory grows by a few dozen bytes per record; a clash of hashes (about one in
 * 10^8 files of a million records) would at worst add a warning, never a problem.
 */
final class SetTally {

    private final Map<String, SetStart> sets = new HashMap<>();
    private final Set<Long> records = new HashSet<>();

    /** Where a set first appears, and how many records it has. */
    private static final class SetStart {
        final String source;
        final long line;
        long count;

        SetStart(String source, long line) {
            this.source = source;
            this.line = line;
        }
    }

    /**
     * Counts a well-formed record.
     *
     * @return whether the set already holds a record with the same fields but the label
     */
    boolean add(String source, long line, List<String> values) {
        sets.computeIfAbsent(values.get(0), id -> new SetStart(source, line)).count++;
        return !records.add(hash(values));
    }

    /** @return how many sets were seen */
    long sets() {
        return sets.size();
    }

    /** @return a warning for every set of more than {@code limit} records, where the set first appears */
    List<LabelingProblem> largeSets(int limit) {
        List<LabelingProblem> warnings = new ArrayList<>();
        sets.forEach((id, set) -> {
            if (set.count > limit) {
                warnings.add(new LabelingProblem(
                        set.source,
                        set.line,
                        LabelingFilesCheck.SET_SIZE,
                        "labeling set " + id + " has " + set.count + " records; Glue recommends 10 to 20 per set"
                                + " and this check warns above " + limit));
            }
        });
        return warnings;
    }

    /** FNV-1a over the set id and every field but the label, each followed by a separator no field can hold as such. */
    private static long hash(List<String> values) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < values.size(); i++) {
            if (i == 1) {
                continue;
            }
            String value = values.get(i);
            for (int c = 0; c < value.length(); c++) {
                h = (h ^ value.charAt(c)) * 0x100000001b3L;
            }
            h = (h ^ 0x1F_0000L ^ value.length()) * 0x100000001b3L;
        }
        return h;
    }
}
