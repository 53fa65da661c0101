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

    /** One distinct label of a record on one side (an entry that has it), and how many times the record has it there. */
    private static final class Counted {
        final DiffEntry entry;
        long count;

        Counted(DiffEntry entry, long count) {
            this.entry = entry;
            this.count = count;
        }

        String label() {
            return entry.label();
        }
    }

    private final EntryStream from;
    private final EntryStream to;
    private final int keySize;
    private final DiffSink sink;

    private MergeJoin(EntryStream from, EntryStream to, int keySize, DiffSink sink) {
        this.from = from;
        this.to = to;
        this.keySize = keySize;
        this.sink = sink;
    }

    /** Tells the sink every change between the sides, and every set; entries have {@code keySize} key values. */
    static void run(EntryStream from, EntryStream to, int keySize, DiffSink sink) {
        new MergeJoin(from, to, keySize, sink).run();
    }

    private void run() {
        for (DiffEntry f = from.peek(), t = to.peek(); f != null || t != null; f = from.peek(), t = to.peek()) {
            joinSet(f == null ? t : t == null || DiffEntry.compareSets(f, t) <= 0 ? f : t);
        }
    }

    /** Joins the records of the set of {@code head}, the first entry of the set on either side. */
    private void joinSet(DiffEntry head) {
        String setId = head.setId();
        boolean inFrom = false;
        boolean inTo = false;
        boolean changed = false;
        while (true) {
            DiffEntry f = inSet(from.peek(), head);
            DiffEntry t = inSet(to.peek(), head);
            if (f == null && t == null) {
                break;
            }
            DiffEntry record = f == null ? t : t == null || DiffEntry.compareRecords(f, t, keySize) <= 0 ? f : t;
            List<Counted> fromLabels = labels(from, record);
            List<Counted> toLabels = labels(to, record);
            inFrom |= !fromLabels.isEmpty();
            inTo |= !toLabels.isEmpty();
            changed |= joinRecord(setId, record, fromLabels, toLabels);
        }
        DiffSink.SetStatus status = !inFrom
                ? DiffSink.SetStatus.ADDED
                : !inTo
                        ? DiffSink.SetStatus.REMOVED
                        : changed ? DiffSink.SetStatus.CHANGED : DiffSink.SetStatus.UNCHANGED;
        sink.set(setId, status);
    }

    /** @return whether anything changed for the record; its key and labels are decoded only then */
    private boolean joinRecord(String setId, DiffEntry record, List<Counted> fromLabels, List<Counted> toLabels) {
        List<Counted> removed = new ArrayList<>();
        List<Counted> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < fromLabels.size() || j < toLabels.size()) {
            Counted f = i < fromLabels.size() ? fromLabels.get(i) : null;
            Counted t = j < toLabels.size() ? toLabels.get(j) : null;
            // one record's entries differ only in their labels: their order is the labels' order
            int order = f == null ? 1 : t == null ? -1 : DiffEntry.compare(f.entry, t.entry);
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
        if (removed.isEmpty() && added.isEmpty()) {
            return false;
        }
        pairOff(setId, record.key(keySize), removed, added);
        return true;
    }

    private static void keepLeft(List<Counted> left, Counted counted, long same) {
        if (counted.count > same) {
            left.add(new Counted(counted.entry, counted.count - same));
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
                sink.recordRelabeled(setId, key, f.label(), t.label());
            }
            f.count -= pairs;
            t.count -= pairs;
            i += f.count == 0 ? 1 : 0;
            j += t.count == 0 ? 1 : 0;
        }
        for (; i < removed.size(); i++) {
            for (long n = 0; n < removed.get(i).count; n++) {
                sink.recordRemoved(setId, key, removed.get(i).label());
            }
        }
        for (; j < added.size(); j++) {
            for (long n = 0; n < added.get(j).count; n++) {
                sink.recordAdded(setId, key, added.get(j).label());
            }
        }
    }

    /** Takes the entries of one record (set and key of {@code record}) from a side, each distinct label once, counted. */
    private List<Counted> labels(EntryStream side, DiffEntry record) {
        List<Counted> labels = new ArrayList<>(1);
        for (DiffEntry e = side.peek();
                e != null && DiffEntry.compareRecords(e, record, keySize) == 0;
                e = side.peek()) {
            side.next();
            Counted last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
            if (last != null && last.entry.sameLabel(e)) {
                last.count++;
            } else {
                labels.add(new Counted(e, 1));
            }
        }
        return labels;
    }

    private static DiffEntry inSet(DiffEntry entry, DiffEntry head) {
        return entry != null && DiffEntry.compareSets(entry, head) == 0 ? entry : null;
    }
}
