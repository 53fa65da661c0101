package io.github.gluelabels.core.labels;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The labeling sets a summary wrote out of memory, in one temporary file, so that its heap stays within a budget
 * however many labels it counts. Each write is a <em>run</em>: every set of a {@link SetTable} with the text of each
 * of its labels, grouped by the highest 8 bits of the id's hash into {@value #PARTITIONS} partitions. A set that
 * reached several runs has the same partition in each, so a partition read from every run is counted on its own, in
 * about 1/256 of the memory of the whole, and its sets are exact.
 *
 * <p>The file holds set ids and labels, so it is made readable by its owner only (as {@link Files#createTempFile}
 * does on POSIX systems) and deleted as soon as it is open where the system allows (Linux, macOS: the open channel
 * still reads and writes it, and nothing is left if the process dies), else when it is closed. A spill file that is
 * never closed is closed when it becomes unreachable.
 *
 * <p>A record: the id's length and UTF-8 bytes, the number of labels, and each label's length and UTF-8 bytes (lengths
 * as 4-byte ints). Not thread-safe.
 */
final class SpillFile implements AutoCloseable {

    static final int PARTITIONS = 256;
    private static final int PARTITION_SHIFT = Integer.SIZE - 8;

    /** Gives one label of a set read back: the id is {@code length} bytes of {@code id} from {@code offset}. */
    interface LabelSink {
        void label(byte[] id, int offset, int length, String label);
    }

    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create();
    }

    /** What closes the channel (and deletes the file if it was not deleted when opened), explicitly or by the cleaner. */
    private record Release(FileChannel channel, Path leftToDelete) implements Runnable {
        @Override
        public void run() {
            try {
                channel.close();
                if (leftToDelete != null) {
                    Files.deleteIfExists(leftToDelete);
                }
            } catch (IOException e) {
                // a temporary file in the system's temporary folder, named glue-labels-summary-*.spill
            }
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final DataOutputStream out;
    private final Cleaner.Cleanable cleanable;
    /** Per run: where it starts in the file, then where each partition starts and where the last one ends. */
    private final List<long[]> runs = new ArrayList<>();
    /** The bytes written so far, buffered or not: where the next record starts. */
    private long written;

    private SpillFile(Path file, FileChannel channel, Path leftToDelete) {
        this.file = file;
        this.channel = channel;
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        this.cleanable = Holder.CLEANER.register(this, new Release(channel, leftToDelete));
    }

    /** Creates an empty spill file in the system's temporary folder ({@code java.io.tmpdir}). */
    static SpillFile create() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Creates an empty spill file in a folder. */
    static SpillFile create(Path folder) {
        Path file = null;
        try {
            file = Files.createTempFile(folder, "glue-labels-summary-", ".spill");
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            try {
                Files.delete(file);
                return new SpillFile(file, channel, null);
            } catch (IOException notWhileOpen) {
                return new SpillFile(file, channel, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the labeling sets that do not fit in memory to a temporary file"
                            + (file == null ? " in " + folder : " " + file) + ": " + e
                            + ". Set java.io.tmpdir to a folder with free space that you can write to.",
                    e);
        }
    }

    /** @return the number of runs written */
    int runs() {
        return runs.size();
    }

    /**
     * Writes every set of a table, with the text of each of its labels, as one run.
     *
     * @param table the sets
     * @param labelText the text of a label of the table, by its number
     */
    void write(SetTable table, IntFunction<String> labelText) {
        int size = table.size();
        int[] starts = new int[PARTITIONS + 1];
        for (int set = 0; set < size; set++) {
            starts[partition(table.hash(set)) + 1]++;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            starts[p + 1] += starts[p];
        }
        int[] next = starts.clone();
        int[] order = new int[size];
        for (int set = 0; set < size; set++) {
            order[next[partition(table.hash(set))]++] = set;
        }
        long[] run = new long[PARTITIONS + 2];
        run[0] = written;
        byte[] ids = table.idBytes();
        List<byte[]> labels = new ArrayList<>();
        try {
            for (int p = 0; p < PARTITIONS; p++) {
                run[p + 1] = written - run[0];
                for (int i = starts[p]; i < starts[p + 1]; i++) {
                    int set = order[i];
                    int idStart = table.idStart(set);
                    int idLength = table.idEnd(set) - idStart;
                    out.writeInt(idLength);
                    out.write(ids, idStart, idLength);
                    labels.clear();
                    table.forEachLabel(
                            set, label -> labels.add(labelText.apply(label).getBytes(StandardCharsets.UTF_8)));
                    out.writeInt(labels.size());
                    written += Integer.BYTES + idLength + Integer.BYTES;
                    for (byte[] label : labels) {
                        out.writeInt(label.length);
                        out.write(label);
                        written += Integer.BYTES + label.length;
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the labeling sets that do not fit in memory to " + file + ": " + e
                            + ". Set java.io.tmpdir to a folder with free space that you can write to.",
                    e);
        }
        run[PARTITIONS + 1] = written - run[0];
        runs.add(run);
    }

    /** Reads one partition back from every run, giving each label of each set (a set of several runs, once a run). */
    void read(int partition, LabelSink sink) {
        for (long[] run : runs) {
            long from = run[0] + run[partition + 1];
            int length = Math.toIntExact(run[partition + 2] - run[partition + 1]);
            ByteBuffer bytes = ByteBuffer.allocate(length);
            try {
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, from + bytes.position()) < 0) {
                        throw new IOException(
                                "the file ends at " + (from + bytes.position()) + " bytes, before its run does");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read back the labeling sets written to " + file + ": " + e, e);
            }
            byte[] array = bytes.array();
            bytes.flip();
            while (bytes.hasRemaining()) {
                int idLength = bytes.getInt();
                int idStart = bytes.position();
                bytes.position(idStart + idLength);
                int labels = bytes.getInt();
                for (int i = 0; i < labels; i++) {
                    int labelLength = bytes.getInt();
                    String label = new String(array, bytes.position(), labelLength, StandardCharsets.UTF_8);
                    bytes.position(bytes.position() + labelLength);
                    sink.label(array, idStart, idLength, label);
                }
            }
        }
    }

    /** Reads every partition back: every set of every run, each with all its labels. */
    void readAll(LabelSink sink) {
        for (int p = 0; p < PARTITIONS; p++) {
            read(p, sink);
        }
    }

    static int partition(int hash) {
        return hash >>> PARTITION_SHIFT;
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}
