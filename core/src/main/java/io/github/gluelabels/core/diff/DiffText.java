package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@link DiffResult} in words, for a build log and a person. */
final class DiffText {

    private DiffText() {}

    static String summaryLine(DiffCounts c) {
        return "Diff: " + number(c.setsAdded()) + plural(c.setsAdded(), " set", " sets") + " added, "
                + number(c.setsRemoved()) + " removed, " + number(c.setsChanged()) + " changed; "
                + number(c.recordsAdded()) + plural(c.recordsAdded(), " record", " records") + " added, "
                + number(c.recordsRemoved()) + " removed, " + number(c.recordsRelabeled()) + " relabeled";
    }

    static String describe(DiffResult result) {
        DiffCounts c = result.counts();
        List<String> lines = new ArrayList<>();
        lines.add(summaryLine(c));
        lines.add("  from " + result.from() + ": " + labels(c.fromRecords(), c.fromSets()));
        lines.add("  to   " + result.to() + ": " + labels(c.toRecords(), c.toSets()));
        lines.add("  records identified by "
                + (result.identifiedByPrimaryKey()
                        ? "the primary key " + result.keyColumns().get(0)
                        : "all their fields but labeling_set_id and label ("
                                + ShortList.of(result.keyColumns(), ",", 20) + ")"));
        if (!result.columnsOnlyInFrom().isEmpty() || !result.columnsOnlyInTo().isEmpty()) {
            lines.add("  columns differ, left out of the comparison: only from has "
                    + columns(result.columnsOnlyInFrom()) + "; only to has " + columns(result.columnsOnlyInTo()));
        }
        sets(lines, "sets added", c.setsAdded(), result.setsAddedExamples());
        sets(lines, "sets removed", c.setsRemoved(), result.setsRemovedExamples());
        sets(lines, "sets changed", c.setsChanged(), result.setsChangedExamples());
        records(lines, "records added", c.recordsAdded(), result.recordExamples(RecordChange.Kind.ADDED));
        records(lines, "records removed", c.recordsRemoved(), result.recordExamples(RecordChange.Kind.REMOVED));
        records(lines, "records relabeled", c.recordsRelabeled(), result.recordExamples(RecordChange.Kind.RELABELED));
        result.report().ifPresent(report -> lines.add("  every change: " + report));
        return String.join(System.lineSeparator(), lines);
    }

    private static void sets(List<String> lines, String what, long count, List<String> examples) {
        if (count == 0 || examples.isEmpty()) {
            return;
        }
        List<String> described = new ArrayList<>();
        examples.forEach(set -> described.add(Values.describe(set)));
        lines.add("  " + what + ": " + String.join(", ", described) + more(count, examples.size()));
    }

    private static void records(List<String> lines, String what, long count, List<RecordChange> examples) {
        if (count == 0 || examples.isEmpty()) {
            return;
        }
        String shown = count > examples.size() ? " (the first " + examples.size() + " of " + number(count) + ")" : "";
        lines.add("  " + what + shown + ":");
        examples.forEach(change -> lines.add("    " + change.describe()));
    }

    private static String more(long count, int shown) {
        return count > shown ? ", … and " + number(count - shown) + " more" : "";
    }

    private static String columns(List<String> columns) {
        return columns.isEmpty() ? "none" : ShortList.of(columns, ", ", 20);
    }

    private static String labels(long records, long sets) {
        return number(records) + plural(records, " label", " labels") + " in " + number(sets)
                + plural(sets, " labeling set", " labeling sets");
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
