package io.github.gluelabels.core.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the two sorted sides, one labeling set at a time and within it one record (set and key) at a time, holding
 * only that record's labels: its distinct labels on each side with how many times each is there. Labels found on both
 * sides as often are unchanged; what is left is paired off in label order as relabeled, and what cannot be paired is
 * removed or added. A record in another set on the other side is removed from one set and added to the other.
 */
final class MergeJoin {

    /** One distinct label of a record on one side, and how many times the record has it there. */
    private static final class Counted {
        final String label;
        long count;

        Counted(String label, long count) {
            this.label = label;
            this.count = count;
        }
    }

    private final EntryStream from;
    private final EntryStream to;
    private final DiffSink sink;

    private MergeJoin(EntryStream from, EntryStream to, DiffSink sink) {
        this.from = from;
        this.to = to;
        this.sink = sink;
    }

    /** Tells the sink every change between the sides, and every set. */
    static void run(EntryStream from, EntryStream to, DiffSink sink) {
        new MergeJoin(from, to, sink).run();
    }

    private void run() {
        for (DiffEntry f = from.peek(), t = to.peek(); f != null || t != null; f = from.peek(), t = to.peek()) {
            String setId = f == null ? t.setId() : t == null ? f.setId() : min(f.setId(), t.setId());
            joinSet(setId);
        }
    }

    private void joinSet(String setId) {
        boolean inFrom = false;
        boolean inTo = false;
        boolean changed = false;
        while (true) {
            DiffEntry f = inSet(from.peek(), setId);
            DiffEntry t = inSet(to.peek(), setId);
            if (f == null && t == null) {
                break;
            }
            String[] key =
                    f == null ? t.key() : t == null || DiffEntry.compareKeys(f.key(), t.key()) <= 0 ? f.key() : t.key();
            List<Counted> fromLabels = labels(from, setId, key);
            List<Counted> toLabels = labels(to, setId, key);
            inFrom |= !fromLabels.isEmpty();
            inTo |= !toLabels.isEmpty();
            changed |= joinRecord(setId, key, fromLabels, toLabels);
        }
        DiffSink.SetStatus status = !inFrom
                ? DiffSink.SetStatus.ADDED
                : !inTo
                        ? DiffSink.SetStatus.REMOVED
                        : changed ? DiffSink.SetStatus.CHANGED : DiffSink.SetStatus.UNCHANGED;
        sink.set(setId, status);
    }

    /** @return whether anything changed for the record */
    private boolean joinRecord(String setId, String[] key, List<Counted> fromLabels, List<Counted> toLabels) {
        List<Counted> removed = new ArrayList<>();
        List<Counted> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < fromLabels.size() || j < toLabels.size()) {
            Counted f = i < fromLabels.size() ? fromLabels.get(i) : null;
            Counted t = j < toLabels.size() ? toLabels.get(j) : null;
            int order = f == null ? 1 : t == null ? -1 : f.label.compareTo(t.label);
            if (order < 0) {
                removed.add(f);
                i++;
            } else if (order > 0) {
                added.add(t);
                j++;
            } else {
                long same = Math.min(f.count, t.count);
                keepLeft(removed, f, same);
                keepLeft(added, t, same);
                i++;
                j++;
            }
        }
        pairOff(setId, key, removed, added);
        return !removed.isEmpty() || !added.isEmpty();
    }

    private static void keepLeft(List<Counted> left, Counted counted, long same) {
        if (counted.count > same) {
            left.add(new Counted(counted.label, counted.count - same));
        }
    }

    /** Pairs labels removed with labels added, in label order, as relabeled; tells the rest as removed or added. */
    private void pairOff(String setId, String[] key, List<Counted> removed, List<Counted> added) {
        int i = 0;
        int j = 0;
        while (i < removed.size() && j < added.size()) {
            Counted f = removed.get(i);
            Counted t = added.get(j);
            long pairs = Math.min(f.count, t.count);
            for (long n = 0; n < pairs; n++) {
                sink.recordRelabeled(setId, key, f.label, t.label);
            }
            f.count -= pairs;
            t.count -= pairs;
            i += f.count == 0 ? 1 : 0;
            j += t.count == 0 ? 1 : 0;
        }
        for (; i < removed.size(); i++) {
            for (long n = 0; n < removed.get(i).count; n++) {
                sink.recordRemoved(setId, key, removed.get(i).label);
            }
        }
        for (; j < added.size(); j++) {
            for (long n = 0; n < added.get(j).count; n++) {
                sink.recordAdded(setId, key, added.get(j).label);
            }
        }
    }

    /** Takes the entries of one record in one set from a side, each distinct label once with its count. */
    private static List<Counted> labels(EntryStream side, String setId, String[] key) {
        List<Counted> labels = new ArrayList<>(1);
        for (DiffEntry e = inSet(side.peek(), setId);
                e != null && DiffEntry.compareKeys(e.key(), key) == 0;
                e = inSet(side.peek(), setId)) {
            side.next();
            Counted last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
            if (last != null && last.label.equals(e.label())) {
                last.count++;
            } else {
                labels.add(new Counted(e.label(), 1));
            }
        }
        return labels;
    }

    private static DiffEntry inSet(DiffEntry entry, String setId) {
        return entry != null && entry.setId().equals(setId) ? entry : null;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
