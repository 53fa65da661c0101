package io.github.gluelabels.core.diff;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The k-way merge of sorted runs written by {@link ExternalSorter}: an {@link EntryStream} over at most
 * {@value #FAN_IN} runs at a time, each read through a buffer of its own. More runs are first merged, {@value #FAN_IN}
 * at a time, into longer ones, so that the files open and the buffers held stay bounded however many labels there
 * are.
 */
final class SortedRuns implements EntryStream {

    /** The most runs read at once: {@value} buffers of {@value #BUFFER} bytes, 4 MB. */
    static final int FAN_IN = 256;

    static final int BUFFER = 16 * 1024;

    private final PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> DiffEntry.compare(a.current, b.current));
    private final List<Run> open = new ArrayList<>();

    private SortedRuns(List<Path> runs) {
        try {
            for (Path run : runs) {
                Run reader = new Run(run);
                open.add(reader);
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens the merge of the runs, first merging them into fewer when there are more than {@link #FAN_IN}; runs merged
     * that way are deleted as soon as they are.
     */
    static EntryStream open(List<Path> runs, ScratchFolder scratch) {
        List<Path> left = new ArrayList<>(runs);
        while (left.size() > FAN_IN) {
            List<Path> batch = new ArrayList<>(left.subList(0, FAN_IN));
            left.subList(0, FAN_IN).clear();
            Path merged = scratch.newFile("merged");
            try (SortedRuns inputs = new SortedRuns(batch);
                    DataOutputStream out =
                            new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(merged), BUFFER))) {
                for (DiffEntry entry = inputs.next(); entry != null; entry = inputs.next()) {
                    entry.write(out);
                }
            } catch (IOException e) {
                throw ScratchFolder.problem("write", merged, e);
            }
            batch.forEach(scratch::delete);
            left.add(merged);
        }
        return new SortedRuns(left);
    }

    @Override
    public DiffEntry peek() {
        Run first = queue.peek();
        return first == null ? null : first.current;
    }

    @Override
    public DiffEntry next() {
        Run first = queue.poll();
        if (first == null) {
            return null;
        }
        DiffEntry taken = first.current;
        if (first.advance()) {
            queue.add(first);
        }
        return taken;
    }

    @Override
    public void close() {
        for (Run run : open) {
            run.close();
        }
        open.clear();
        queue.clear();
    }

    /** One run being read: its stream and the entry it is at. */
    private static final class Run {
        private final Path file;
        private final RunInput in;
        private DiffEntry current;

        Run(Path file) {
            this.file = file;
            try {
                this.in = new RunInput(Files.newInputStream(file), BUFFER);
            } catch (IOException e) {
                throw ScratchFolder.problem("read", file, e);
            }
        }

        /** @return whether there is a next entry, now {@link #current} */
        boolean advance() {
            try {
                current = DiffEntry.read(in);
                return current != null;
            } catch (IOException e) {
                throw ScratchFolder.problem("read", file, e);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read to the end or abandoned on a failure: the scratch folder deletes the file either way
            }
        }
    }
}
