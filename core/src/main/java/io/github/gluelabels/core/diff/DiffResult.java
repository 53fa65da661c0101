package io.github.gluelabels.core.diff;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LabelDiff} found: the counts, the first few changes of each kind as examples, how records were
 * identified, and where the JSON report that lists every change was written.
 *
 * @since 0.1.0
 */
public final class DiffResult {

    private final String from;
    private final String to;
    private final ColumnPlan columns;
    private final boolean byPrimaryKey;
    private final DiffCounts counts;
    private final Map<DiffSink.SetStatus, List<String>> setExamples = new EnumMap<>(DiffSink.SetStatus.class);
    private final Map<RecordChange.Kind, List<RecordChange>> recordExamples = new EnumMap<>(RecordChange.Kind.class);
    private final Path report;

    DiffResult(
            String from,
            String to,
            ColumnPlan columns,
            boolean byPrimaryKey,
            DiffCounts counts,
            Tally tally,
            Path report) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.columns = columns;
        this.byPrimaryKey = byPrimaryKey;
        this.counts = counts;
        for (DiffSink.SetStatus status : DiffSink.SetStatus.values()) {
            setExamples.put(status, tally.setExamples(status));
        }
        for (RecordChange.Kind kind : RecordChange.Kind.values()) {
            recordExamples.put(kind, tally.recordExamples(kind));
        }
        this.report = report;
    }

    /** @return the first side, as named in messages: its path */
    public String from() {
        return from;
    }

    /** @return the second side, as named in messages: its path */
    public String to() {
        return to;
    }

    /** @return the counts of changes and of each side's records and sets */
    public DiffCounts counts() {
        return counts;
    }

    /** @return whether the sides hold the same labels */
    public boolean identical() {
        return counts.identical();
    }

    /**
     * @return the columns that identify a record: the primary-key column, or every column but {@code labeling_set_id}
     *     and {@code label}
     */
    public List<String> keyColumns() {
        return columns.keyColumns();
    }

    /** @return whether records were identified by a primary-key column rather than by all their fields */
    public boolean identifiedByPrimaryKey() {
        return byPrimaryKey;
    }

    /** @return the columns only the first side has (possible only with a primary key); empty when none */
    public List<String> columnsOnlyInFrom() {
        return columns.onlyInFrom();
    }

    /** @return the columns only the second side has (possible only with a primary key); empty when none */
    public List<String> columnsOnlyInTo() {
        return columns.onlyInTo();
    }

    /** @return the first labeling sets only the second side has, in set id order, at most the examples asked for */
    public List<String> setsAddedExamples() {
        return setExamples.get(DiffSink.SetStatus.ADDED);
    }

    /** @return the first labeling sets only the first side has, in set id order, at most the examples asked for */
    public List<String> setsRemovedExamples() {
        return setExamples.get(DiffSink.SetStatus.REMOVED);
    }

    /** @return the first labeling sets that changed, in set id order, at most the examples asked for */
    public List<String> setsChangedExamples() {
        return setExamples.get(DiffSink.SetStatus.CHANGED);
    }

    /**
     * @param kind added, removed or relabeled
     * @return the first records changed so, in set id and key order, at most the examples asked for
     */
    public List<RecordChange> recordExamples(RecordChange.Kind kind) {
        return recordExamples.get(Objects.requireNonNull(kind, "kind"));
    }

    /** @return the JSON report listing every change, when one was asked for */
    public Optional<Path> report() {
        return Optional.ofNullable(report);
    }

    /**
     * @return one line for a build log, e.g. {@code Diff: 2 sets added, 1 removed, 3 changed; 40 records added, 12
     *     removed, 5 relabeled}
     */
    public String summaryLine() {
        return DiffText.summaryLine(counts);
    }

    /**
     * @return a few lines for a person: the summary line, the sides, how records were identified, columns only one
     *     side has, and the examples of each kind of change
     */
    public String describe() {
        return DiffText.describe(this);
    }

    @Override
    public String toString() {
        return summaryLine();
    }
}
