package io.github.gluelabels.core.diff;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Compares two labeling files, folders of them or exports: the labeling sets added, removed and changed, and the
 * records added, removed and relabeled.
 *
 * <p>A record is identified within its labeling set by the transform's primary-key column when one is given
 * ({@link Builder#primaryKey}), else by all its fields but {@code labeling_set_id} and {@code label}. A record in both
 * sides' set with another label is relabeled; a record that moved to another set is removed from one and added to the
 * other. A record repeated in a set counts once per repeat (a multiset): two copies on one side and one on the other
 * are one removed. A set is changed when any of its records is added, removed or relabeled.
 *
 * <p>The diff is exact and its memory bounded, however many labels there are: each side is sorted by set, record and
 * label, in memory up to a budget ({@value #DEFAULT_MEMORY_MB} MB a side unless another is given) and past it in
 * sorted runs written to a temporary folder and merged, as {@code sort} does; then the sorted sides are walked
 * together once. The temporary folder is created for the diff and deleted when it ends, failed or not.
 *
 * <pre>{@code
 * DiffResult diff = LabelDiff.builder().primaryKey("customer_id").build()
 *     .compare(LabelSource.of(Path.of("before")), LabelSource.of(Path.of("after")), Path.of("diff.json"));
 * log.info(diff.describe());
 * }</pre>
 *
 * <p>Thread-safe: a {@code LabelDiff} holds only its settings.
 *
 * @since 0.1.0
 */
public final class LabelDiff {

    /** The memory budget of each side's sort, in MB, unless {@link Builder#memoryBudget} gives another. */
    public static final int DEFAULT_MEMORY_MB = 4;

    /** How many examples of each kind of change a {@link DiffResult} keeps, unless {@link Builder#examples} says. */
    public static final int DEFAULT_EXAMPLES = 10;

    private final String primaryKey;
    private final int examples;
    private final long memoryBudget;
    private final Path tempFolder;
    private final Consumer<Path> onScratchFile;

    private LabelDiff(Builder builder) {
        this.primaryKey = builder.primaryKey;
        this.examples = builder.examples;
        this.memoryBudget = builder.memoryBudget;
        this.tempFolder = builder.tempFolder;
        this.onScratchFile = builder.onScratchFile;
    }

    /**
     * @return a builder with the defaults: records identified by all their fields, {@value #DEFAULT_EXAMPLES}
     *     examples, {@value #DEFAULT_MEMORY_MB} MB a side, temporary files in {@code java.io.tmpdir}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares two labeling files or folders.
     *
     * @param from the labels before, e.g. an earlier export's download folder
     * @param to the labels after
     * @return the differences, without a JSON report
     * @throws IOException when a file cannot be read, or a temporary file written
     * @throws LabelingFileException when a side does not exist, holds no labeling file, or a file breaks a rule of the
     *     format (named with its line and the rule)
     * @throws GlueLabelsException when the sides' columns cannot be compared, naming the columns
     */
    public DiffResult compare(Path from, Path to) throws IOException {
        return compare(LabelSource.of(from), LabelSource.of(to), null);
    }

    /**
     * Compares two sides, and writes the JSON report of every change.
     *
     * @param from the labels before
     * @param to the labels after
     * @param jsonReport where to write the report (replaced whole, only once the diff has succeeded), or {@code null}
     *     for none
     * @return the differences
     * @throws IOException when a file cannot be read, or a temporary file or the report written
     * @throws LabelingFileException when a side does not exist, holds no labeling file, or a file breaks a rule of the
     *     format (named with its line and the rule)
     * @throws GlueLabelsException when the sides' columns cannot be compared, naming the columns
     */
    public DiffResult compare(LabelSource from, LabelSource to, Path jsonReport) throws IOException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Path temp = tempFolder != null ? tempFolder : Path.of(System.getProperty("java.io.tmpdir"));
        return new DiffRun(primaryKey, examples, memoryBudget, temp, onScratchFile).compare(from, to, jsonReport);
    }

    /**
     * The settings of a {@link LabelDiff}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String primaryKey;
        private int examples = DEFAULT_EXAMPLES;
        private long memoryBudget = DEFAULT_MEMORY_MB * 1024L * 1024L;
        private Path tempFolder;
        private Consumer<Path> onScratchFile = file -> {};

        private Builder() {}

        /**
         * Identifies records by a column, e.g. the transform's {@code PrimaryKeyColumnName}, rather than by all their
         * fields. Both sides must have it; their other columns may then differ, and are left out of the comparison.
         *
         * @param column the primary-key column, or {@code null} to identify records by all their fields
         * @return this builder
         * @throws IllegalArgumentException when the column is empty, {@code labeling_set_id} or {@code label}
         */
        public Builder primaryKey(String column) {
            if (column != null
                    && (column.isEmpty()
                            || column.equals(LabelingFileReader.LABELING_SET_ID)
                            || column.equals(LabelingFileReader.LABEL))) {
                throw new IllegalArgumentException("the primary key must be a column of the source table, not "
                        + (column.isEmpty() ? "empty" : column));
            }
            this.primaryKey = column;
            return this;
        }

        /**
         * @param count how many examples of each kind of change the result keeps, 0 or more
         * @return this builder
         */
        public Builder examples(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("examples must be 0 or more, was " + count);
            }
            this.examples = count;
            return this;
        }

        /**
         * @param bytes about the most heap each side's sort holds before it writes a sorted run, at least 1
         * @return this builder
         */
        public Builder memoryBudget(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("memoryBudget must be at least 1 byte, was " + bytes);
            }
            this.memoryBudget = bytes;
            return this;
        }

        /**
         * @param folder where the diff creates its own temporary folder (deleted when it ends); by default
         *     {@code java.io.tmpdir}
         * @return this builder
         */
        public Builder tempFolder(Path folder) {
            this.tempFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Tells a test of every temporary folder and file the diff creates, to check they are deleted. Called by the
         * thread of either side, one call at a time (the scratch folder's lock), all before the diff returns.
         */
        Builder onScratchFile(Consumer<Path> listener) {
            this.onScratchFile = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the diff */
        public LabelDiff build() {
            return new LabelDiff(this);
        }
    }
}
