package io.github.gluelabels.core.diff;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts one side's entries within a memory budget, as {@code sort} does: entries gather in memory until they reach
 * about the budget, are sorted and written to a run in the scratch folder; {@link #sorted()} merges the runs, on a
 * thread of their own ({@link PrefetchedStream}). A side that fits the budget is never written. Not thread-safe.
 */
final class ExternalSorter {

    private final ScratchFolder scratch;
    private final long memoryBudget;
    private final String side;
    private List<DiffEntry> buffer = new ArrayList<>();
    private long buffered;
    private final List<Path> runs = new ArrayList<>();

    /**
     * @param memoryBudget about the most heap, in bytes, the entries held in memory may take
     * @param side what the runs' names start with, e.g. {@code from}
     */
    ExternalSorter(ScratchFolder scratch, long memoryBudget, String side) {
        this.scratch = scratch;
        this.memoryBudget = memoryBudget;
        this.side = side;
    }

    void add(DiffEntry entry) {
        buffer.add(entry);
        buffered += entry.memory();
        if (buffered > memoryBudget) {
            writeRun();
        }
    }

    /** Throws away every entry added so far, in memory and in runs: the side is read again from its start. */
    void discard() {
        runs.forEach(scratch::delete);
        runs.clear();
        buffer = new ArrayList<>();
        buffered = 0;
    }

    /** @return every entry added, sorted; the sorter is spent */
    EntryStream sorted() {
        buffer.sort(DiffEntry.ORDER);
        if (runs.isEmpty()) {
            EntryStream inMemory = EntryStream.of(buffer);
            buffer = List.of();
            return inMemory;
        }
        writeRun();
        buffer = List.of();
        return PrefetchedStream.of(SortedRuns.open(runs, scratch), side);
    }

    private void writeRun() {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(DiffEntry.ORDER);
        Path run = scratch.newFile(side + "-run");
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), SortedRuns.BUFFER))) {
            for (DiffEntry entry : buffer) {
                entry.write(out);
            }
        } catch (IOException e) {
            throw ScratchFolder.problem("write", run, e);
        }
        runs.add(run);
        // a new list rather than clear(): the old one's array, grown to the budget, goes with it
        buffer = new ArrayList<>();
        buffered = 0;
    }
}
