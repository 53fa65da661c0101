package io.github.gluelabels.core.diff;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sorts one side's entries within a memory budget, as {@code sort} does: entries gather in memory until they reach
 * about the budget, are sorted and written to a run in the scratch folder; {@link #sorted()} merges the runs, on a
 * thread of their own ({@link PrefetchedStream}). A side that fits the budget is never written. Not thread-safe.
 *
 * <p>The entries in memory are one array of bytes, each entry as a run stores it (its length, then its bytes), and
 * their starts, sorted as ints: no object per entry, and the same array for every run, so that reading a side of
 * millions of labels makes little garbage (a collection every few thousand labels was much of a diff's time).
 */
final class ExternalSorter {

    /** The most bytes the array of entries grows to, whatever the budget: a Java array's limit, with a margin. */
    static final int MAX_ARENA = Integer.MAX_VALUE - 64;

    private static final int FIRST_ARENA = 64 * 1024;

    private final ScratchFolder scratch;
    private final long memoryBudget;
    private final String side;
    private final int maxArena;
    private byte[] arena = new byte[0];
    private int used;
    private int[] starts = new int[256];
    private int count;
    private final List<Path> runs = new ArrayList<>();
    private AtomicBoolean stop = new AtomicBoolean();

    /** Thrown by {@link #add} once the other side of the diff has failed: this side's reading is wasted work. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped: the other side of the diff failed", null, false, false);
        }
    }

    /**
     * @param memoryBudget about the most heap, in bytes, the entries held in memory may take
     * @param side what the runs' names start with, e.g. {@code from}
     */
    ExternalSorter(ScratchFolder scratch, long memoryBudget, String side) {
        this(scratch, memoryBudget, side, MAX_ARENA);
    }

    /** @param maxArena the most bytes the array of entries grows to ({@link #MAX_ARENA}; less in tests) */
    ExternalSorter(ScratchFolder scratch, long memoryBudget, String side, int maxArena) {
        this.scratch = scratch;
        this.memoryBudget = memoryBudget;
        this.side = side;
        this.maxArena = maxArena;
    }

    /** Makes {@link #add} throw {@link Stopped} once {@code flag} is set. */
    void stopWhen(AtomicBoolean flag) {
        this.stop = flag;
    }

    /** Adds the entry of a record's fields (see {@link DiffEntry#of(byte[][], int[], int, int, int[])}). */
    void add(byte[][] fields, int[] lengths, int setIndex, int labelIndex, int[] keyIndices) {
        int size = DiffEntry.size(lengths, setIndex, labelIndex, keyIndices);
        int at = reserve(size);
        DiffEntry.encode(arena, at, fields, lengths, setIndex, labelIndex, keyIndices);
        added();
    }

    /** Adds an entry. */
    void add(DiffEntry entry) {
        byte[] data = entry.bytes();
        int at = reserve(data.length);
        System.arraycopy(data, 0, arena, at, data.length);
        added();
    }

    /** @return where the entry of {@code size} bytes goes, its length written before it and its start noted */
    private int reserve(int size) {
        if (stop.get()) {
            throw new Stopped();
        }
        if (size > maxArena - 4) {
            throw new IllegalArgumentException("a record of " + size + " bytes is more than a diff can hold");
        }
        if (count > 0 && used > maxArena - 4 - size) {
            writeRun();
        }
        if (used + 4 + size > arena.length) {
            long grown = Math.max((long) arena.length * 2, FIRST_ARENA);
            long wanted = Math.max(used + 4L + size, Math.min(grown, Math.max(memoryBudget, used + 4L + size)));
            arena = Arrays.copyOf(arena, (int) Math.min(wanted, maxArena));
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        DiffEntry.putInt(arena, used, size);
        starts[count++] = used + 4;
        int at = used + 4;
        used = at + size;
        return at;
    }

    private void added() {
        // the bytes of the entries, their starts, and the starts' copy the sort makes
        if (used + 8L * count > memoryBudget) {
            writeRun();
        }
    }

    /** Throws away every entry added so far, in memory and in runs: the side is read again from its start. */
    void discard() {
        runs.forEach(scratch::delete);
        runs.clear();
        used = 0;
        count = 0;
    }

    /** @return every entry added, sorted; the sorter is spent */
    EntryStream sorted() {
        if (runs.isEmpty()) {
            sort();
            return inMemory();
        }
        writeRun();
        arena = new byte[0];
        starts = new int[0];
        return PrefetchedStream.of(SortedRuns.open(runs, scratch), side);
    }

    private EntryStream inMemory() {
        List<DiffEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(DiffEntry.copyOf(arena, starts[i], end(starts[i])));
        }
        arena = new byte[0];
        starts = new int[0];
        return EntryStream.of(entries);
    }

    private int end(int start) {
        return start + DiffEntry.length(arena, start - 4);
    }

    private void writeRun() {
        if (count == 0) {
            return;
        }
        sort();
        Path run = scratch.newFile(side + "-run");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), SortedRuns.BUFFER)) {
            for (int i = 0; i < count; i++) {
                int start = starts[i];
                // the length before the entry's bytes, then the bytes: DiffEntry.write's format
                out.write(arena, start - 4, end(start) - start + 4);
            }
        } catch (IOException e) {
            throw ScratchFolder.problem("write", run, e);
        }
        runs.add(run);
        used = 0;
        count = 0;
    }

    /** Sorts the starts by the entries' order, stably (a merge sort, as {@code Arrays.sort} of objects was). */
    private void sort() {
        int[] copy = Arrays.copyOf(starts, count);
        mergeSort(copy, starts, 0, count);
    }

    /** Sorts {@code dest[from, to)}, whose values {@code src[from, to)} holds too, using {@code src} as scratch. */
    private void mergeSort(int[] src, int[] dest, int from, int to) {
        int length = to - from;
        if (length < 8) {
            for (int i = from + 1; i < to; i++) {
                for (int j = i; j > from && compare(dest[j - 1], dest[j]) > 0; j--) {
                    int swap = dest[j];
                    dest[j] = dest[j - 1];
                    dest[j - 1] = swap;
                }
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(dest, src, from, middle);
        mergeSort(dest, src, middle, to);
        if (compare(src[middle - 1], src[middle]) <= 0) {
            System.arraycopy(src, from, dest, from, length);
            return;
        }
        for (int i = from, p = from, q = middle; i < to; i++) {
            if (q >= to || (p < middle && compare(src[p], src[q]) <= 0)) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    private int compare(int a, int b) {
        return DiffEntry.compare(arena, a, end(a), arena, b, end(b), Integer.MAX_VALUE);
    }
}
