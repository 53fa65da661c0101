package io.github.gluelabels.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the changes the join finds and keeps the first few of each kind as examples. */
final class Tally implements DiffSink {

    private final List<String> keyColumns;
    private final int examples;
    private final Map<SetStatus, Long> sets = new EnumMap<>(SetStatus.class);
    private final Map<SetStatus, List<String>> setExamples = new EnumMap<>(SetStatus.class);
    private final Map<RecordChange.Kind, Long> records = new EnumMap<>(RecordChange.Kind.class);
    private final Map<RecordChange.Kind, List<RecordChange>> recordExamples = new EnumMap<>(RecordChange.Kind.class);

    /** @param examples how many examples of each kind to keep */
    Tally(List<String> keyColumns, int examples) {
        this.keyColumns = keyColumns;
        this.examples = examples;
        for (SetStatus status : SetStatus.values()) {
            sets.put(status, 0L);
            setExamples.put(status, new ArrayList<>());
        }
        for (RecordChange.Kind kind : RecordChange.Kind.values()) {
            records.put(kind, 0L);
            recordExamples.put(kind, new ArrayList<>());
        }
    }

    @Override
    public void recordAdded(String setId, String[] key, String label) {
        record(RecordChange.Kind.ADDED, setId, key, null, label);
    }

    @Override
    public void recordRemoved(String setId, String[] key, String label) {
        record(RecordChange.Kind.REMOVED, setId, key, label, null);
    }

    @Override
    public void recordRelabeled(String setId, String[] key, String fromLabel, String toLabel) {
        record(RecordChange.Kind.RELABELED, setId, key, fromLabel, toLabel);
    }

    private void record(RecordChange.Kind kind, String setId, String[] key, String fromLabel, String toLabel) {
        records.merge(kind, 1L, Long::sum);
        List<RecordChange> kept = recordExamples.get(kind);
        if (kept.size() < examples) {
            kept.add(new RecordChange(kind, setId, fields(keyColumns, key), fromLabel, toLabel));
        }
    }

    @Override
    public void set(String setId, SetStatus status) {
        sets.merge(status, 1L, Long::sum);
        List<String> kept = setExamples.get(status);
        if (status != SetStatus.UNCHANGED && kept.size() < examples) {
            kept.add(setId);
        }
    }

    /** @return the key values by column name */
    static Map<String, String> fields(List<String> keyColumns, String[] key) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < key.length; i++) {
            fields.put(keyColumns.get(i), key[i]);
        }
        return fields;
    }

    DiffCounts counts(long fromRecords, long toRecords) {
        long added = sets.get(SetStatus.ADDED);
        long removed = sets.get(SetStatus.REMOVED);
        long inBoth = sets.get(SetStatus.CHANGED) + sets.get(SetStatus.UNCHANGED);
        return new DiffCounts(
                added,
                removed,
                sets.get(SetStatus.CHANGED),
                records.get(RecordChange.Kind.ADDED),
                records.get(RecordChange.Kind.REMOVED),
                records.get(RecordChange.Kind.RELABELED),
                fromRecords,
                toRecords,
                removed + inBoth,
                added + inBoth);
    }

    List<String> setExamples(SetStatus status) {
        return List.copyOf(setExamples.get(status));
    }

    List<RecordChange> recordExamples(RecordChange.Kind kind) {
        return List.copyOf(recordExamples.get(kind));
    }
}
