package io.github.gluelabels.core.diff;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Merges a side's sorted runs on a thread of its own, a few batches ahead of the join: the k-way merge of the runs
 * (reading, comparing) was a third of a large diff's join, and the two sides' merges and the join can run at once.
 * Holds at most {@value #BATCHES} batches of {@value #BATCH} entries. A problem of the merge is thrown by the call that
 * reaches it; {@link #close()} stops the thread and returns only once it has ended and closed the runs, so that
 * nothing reads a scratch folder being deleted.
 */
final class PrefetchedStream implements EntryStream {

    static final int BATCH = 512;

    static final int BATCHES = 4;

    /** A batch of entries; the last one is short, or carries the problem the merge ran into after its entries. */
    private static final class Batch {
        final DiffEntry[] entries;
        final int size;
        final RuntimeException problem;

        Batch(DiffEntry[] entries, int size, RuntimeException problem) {
            this.entries = entries;
            this.size = size;
            this.problem = problem;
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private Batch current = new Batch(new DiffEntry[0], 0, null);
    private int position;
    private boolean ended;

    private PrefetchedStream(EntryStream source, String name) {
        this.thread = new Thread(() -> produce(source), "glue-labels-diff-merge-" + name);
        thread.setDaemon(true);
    }

    /** @return the entries of {@code source}, merged ahead on a thread named after {@code name}; owns the source */
    static EntryStream of(EntryStream source, String name) {
        PrefetchedStream stream = new PrefetchedStream(source, name);
        stream.thread.start();
        return stream;
    }

    private void produce(EntryStream source) {
        try (source) {
            while (true) {
                DiffEntry[] entries = new DiffEntry[BATCH];
                int size = 0;
                try {
                    for (DiffEntry entry = source.next(); entry != null; entry = size < BATCH ? source.next() : null) {
                        entries[size++] = entry;
                    }
                } catch (RuntimeException e) {
                    // the entries merged before the problem come first, as they would without the prefetch
                    queue.put(new Batch(entries, size, e));
                    return;
                }
                queue.put(new Batch(entries, size, null));
                if (size < BATCH) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: the join no longer wants entries
        }
    }

    @Override
    public DiffEntry peek() {
        return ready() ? current.entries[position] : null;
    }

    @Override
    public DiffEntry next() {
        return ready() ? current.entries[position++] : null;
    }

    /** @return whether an entry is ready at {@code position}, taking the next batch when the current one is spent */
    private boolean ready() {
        while (position == current.size) {
            if (ended) {
                return false;
            }
            if (current.problem != null) {
                ended = true;
                throw current.problem;
            }
            current = take();
            position = 0;
            ended = current.size < BATCH && current.problem == null;
        }
        return true;
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the diff read its sorted runs", e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // the merge thread ends soon, interrupted: wait for it all the same
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
        ended = true;
        position = current.size;
    }
}
