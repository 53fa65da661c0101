package io.github.gluelabels.core.labels;

import io.github.gluelabels.core.text.ShortList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up the records of one labeling file or of all the parts of an export into a {@link LabelSummary}. A labeling
 * set may be spread over several parts: its labels are counted once.
 *
 * <p>Memory stays within a budget, {@value #DEFAULT_MEMORY_MB} MB unless another is given, however many labels are
 * counted. Per labeling set the builder keeps the set id's UTF-8 bytes and the numbers of its distinct labels (each
 * label text once): some 40 to 60 bytes a set, so about 40,000 sets (180,000 labels at 4 or 5 a set) fit in 2 MB.
 * Past the budget it writes its sets, with their labels' texts, to a temporary file and starts again empty, as
 * {@code sort} does; {@link #build} then counts the file a 256th at a time (a set written several times is still
 * counted once, with all its labels). {@link #close} deletes the file; on Linux and macOS it has no name from the
 * start, and nothing stays if the process dies. The count is exact either way. Past some 10 million sets a 256th of
 * them no longer fits the budget, and {@link #build} holds more than it.
 *
 * <pre>{@code
 * try (LabelSummaryBuilder summary = new LabelSummaryBuilder()) {
 *   for (Path part : parts) {
 *     try (LabelingFileReader reader = LabelingFileReader.open(part)) {
 *       summary.addAll(reader);
 *     }
 *   }
 *   log.info(summary.build().describe());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelSummaryBuilder implements AutoCloseable {

    /** The memory budget of a builder made with {@link #LabelSummaryBuilder()}, in MB. */
    public static final int DEFAULT_MEMORY_MB = 2;
    /** About the heap one distinct label text takes besides its characters: the String, its map entry, its number. */
    private static final int LABEL_OVERHEAD = 100;

    private final long memoryBudget;
    /** The labeling sets and their labels, by number: see {@link #labelNumber}. */
    private SetTable sets = new SetTable();
    /** Every distinct label text once, by its number; labels repeat across sets ("match", "A", …). */
    private final Map<String, Integer> labelNumbers = new HashMap<>();

    private final List<String> labels = new ArrayList<>();
    private long labelMemory;
    /** The sets written out of memory, if the budget was ever reached. */
    private SpillFile spill;

    private boolean closed;
    /** The most memory one partition of the temporary file took when it was counted back, for tests. */
    private long largestPartition;

    private List<String> columns;
    private String columnsSource;
    private long rows;

    /** Starts an empty summary that keeps at most {@value #DEFAULT_MEMORY_MB} MB in memory. */
    public LabelSummaryBuilder() {
        this(DEFAULT_MEMORY_MB * 1024L * 1024L);
    }

    /**
     * Starts an empty summary with a memory budget of its own.
     *
     * @param memoryBudget about the most heap, in bytes, the builder keeps before it writes its sets to a temporary
     *     file; at least 1
     * @since 0.1.0
     */
    public LabelSummaryBuilder(long memoryBudget) {
        if (memoryBudget < 1) {
            throw new IllegalArgumentException("memoryBudget must be at least 1 byte, got " + memoryBudget);
        }
        this.memoryBudget = memoryBudget;
    }

    /**
     * Declares the header of the next file or part. The first declaration fixes the columns; every later one must have
     * the same columns in the same order.
     *
     * @param sourceName the file or part, as it is called in messages
     * @param partColumns its header's column names
     * @return this builder
     * @throws LabelingFileException naming {@code sourceName} when its columns differ from the first part's
     */
    public LabelSummaryBuilder columns(String sourceName, List<String> partColumns) {
        Objects.requireNonNull(sourceName, "sourceName");
        List<String> copy = List.copyOf(partColumns);
        if (columns == null) {
            columns = copy;
            columnsSource = sourceName;
        } else if (!columns.equals(copy)) {
            throw new LabelingFileException(
                    sourceName,
                    1,
                    "the header " + ShortList.of(copy, ",", 20) + " differs from the"
                            + " header of " + columnsSource + ", " + ShortList.of(columns, ",", 20)
                            + ": every part of an export has the"
                            + " same columns");
        }
        return this;
    }

    /**
     * Counts one record.
     *
     * @param record a record of a file whose columns were declared with {@link #columns}
     * @return this builder
     */
    public LabelSummaryBuilder add(LabelRecord record) {
        return add(record.labelingSetId(), record.label());
    }

    /** Counts one record given by its set id and label (the file it comes from was checked). */
    LabelSummaryBuilder add(String labelingSetId, String label) {
        byte[] id = labelingSetId.getBytes(StandardCharsets.UTF_8);
        return add(id, id.length, label);
    }

    /** Counts one record whose set id is the first {@code idLength} bytes of {@code idUtf8}, valid UTF-8. */
    LabelSummaryBuilder add(byte[] idUtf8, int idLength, String label) {
        count(SetTable.hash(idUtf8, 0, idLength), idUtf8, 0, idLength, label);
        rows++;
        return this;
    }

    /** Adds a label to a set (no record is counted) and writes the sets out when they outgrow the budget. */
    private void count(int hash, byte[] id, int offset, int length, String label) {
        if (closed) {
            throw new IllegalStateException("this LabelSummaryBuilder is closed");
        }
        sets.add(hash, id, offset, length, labelNumber(label));
        if (memory() > memoryBudget) {
            spill();
        }
    }

    private int labelNumber(String label) {
        Integer known = labelNumbers.get(label);
        if (known != null) {
            return known;
        }
        int number = labels.size();
        labelNumbers.put(label, number);
        labels.add(label);
        labelMemory += LABEL_OVERHEAD + label.length();
        return number;
    }

    /** Writes the sets in memory to the spill file, and starts again empty. */
    private void spill() {
        if (sets.size() == 0) {
            return;
        }
        if (spill == null) {
            spill = SpillFile.create();
        }
        spill.write(sets, labels::get);
        sets = new SetTable();
        labelNumbers.clear();
        labels.clear();
        labelMemory = 0;
    }

    /** @return about the heap the builder holds now, in bytes: what it keeps within its budget */
    long memory() {
        return sets.memory() + labelMemory;
    }

    /** @return the most memory a 256th of the sets written out took when {@link #build} counted it, 0 if none */
    long largestPartition() {
        return largestPartition;
    }

    /** @return how many times the sets were written to the temporary file so far: 0 while they fit the budget */
    int spills() {
        return spill == null ? 0 : spill.runs();
    }

    /**
     * Declares the reader's columns and counts every record it has left.
     *
     * @param reader an open reader; it is read to the end but not closed
     * @return this builder
     * @throws LabelingFileException when the reader's columns differ from the first part's, or at the first problem in
     *     the file
     */
    public LabelSummaryBuilder addAll(LabelingFileReader reader) {
        columns(reader.source(), reader.columns());
        for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
            add(record);
        }
        return this;
    }

    /**
     * Adds what another builder counted, e.g. the parts of an export read on several threads. A labeling set counted by
     * both counts once, with the union of its labels.
     *
     * @param other a builder whose columns match this one's
     * @return this builder
     * @throws LabelingFileException when the other's columns differ from this one's
     */
    public LabelSummaryBuilder addAll(LabelSummaryBuilder other) {
        if (other == this) {
            throw new IllegalArgumentException("a LabelSummaryBuilder cannot add itself");
        }
        if (other.closed) {
            throw new IllegalStateException("the LabelSummaryBuilder to add is closed");
        }
        if (other.columns != null) {
            columns(other.columnsSource, other.columns);
        }
        if (other.spill != null) {
            other.spill.readAll(
                    (id, offset, length, label) -> count(SetTable.hash(id, offset, length), id, offset, length, label));
        }
        SetTable theirs = other.sets;
        byte[] ids = theirs.idBytes();
        for (int set = 0; set < theirs.size(); set++) {
            int hash = theirs.hash(set);
            int start = theirs.idStart(set);
            int length = theirs.idEnd(set) - start;
            theirs.forEachLabel(set, label -> count(hash, ids, start, length, other.labels.get(label)));
        }
        rows += other.rows;
        return this;
    }

    /**
     * @return the summary of everything added so far; the builder can go on counting after this
     * @throws java.io.UncheckedIOException when sets written to the temporary file cannot be read back
     */
    public LabelSummary build() {
        if (closed) {
            throw new IllegalStateException("this LabelSummaryBuilder is closed");
        }
        Map<Integer, Long> setsByDistinctLabels = new TreeMap<>();
        if (spill == null) {
            addDistinctLabels(sets, setsByDistinctLabels);
        } else {
            spill();
            for (int partition = 0; partition < SpillFile.PARTITIONS; partition++) {
                SetTable part = new SetTable();
                Map<String, Integer> numbers = new HashMap<>();
                spill.read(
                        partition,
                        (id, offset, length, label) ->
                                part.add(id, offset, length, numbers.computeIfAbsent(label, text -> numbers.size())));
                addDistinctLabels(part, setsByDistinctLabels);
                largestPartition = Math.max(largestPartition, part.memory());
            }
        }
        return LabelSummary.of(rows, columns == null ? List.of() : columns, setsByDistinctLabels);
    }

    private static void addDistinctLabels(SetTable table, Map<Integer, Long> setsByDistinctLabels) {
        for (int set = 0; set < table.size(); set++) {
            setsByDistinctLabels.merge(table.distinctLabels(set), 1L, Long::sum);
        }
    }

    /**
     * Deletes the temporary file, if the sets outgrew the memory budget; a builder that never did has nothing to close.
     * After this the builder cannot count or build.
     */
    @Override
    public void close() {
        closed = true;
        if (spill != null) {
            spill.close();
            spill = null;
        }
    }
}
