package io.github.gluelabels.bench;

import io.github.gluelabels.core.diff.DiffResult;
import io.github.gluelabels.core.diff.LabelDiff;
import io.github.gluelabels.core.diff.LabelSource;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Suite 5: the diff of two labeling files with {@link LabelDiff}, the JSON report written. Usage: {@code DiffLabels
 * <from> <to> <report> [primaryKey]}; prints the human summary on stderr and one JSON line on stdout: the milliseconds
 * of the diff itself (the caller times the whole JVM, start-up included) and the counts. The heap is read by the
 * caller from {@code -Xlog:gc}: the most in use right after a collection.
 */
public final class DiffLabels {

    private DiffLabels() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        LabelDiff.Builder builder = LabelDiff.builder();
        if (args.length > 3) {
            builder.primaryKey(args[3]);
        }
        DiffResult result = builder.build()
                .compare(LabelSource.of(Path.of(args[0])), LabelSource.of(Path.of(args[1])), Path.of(args[2]));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.err.println(result.describe());
        System.out.printf(
                Locale.ROOT,
                "{\"labels\":%d,\"diffMs\":%d,\"added\":%d,\"removed\":%d,\"relabeled\":%d,\"maxHeapMb\":%.0f}%n",
                result.counts().fromRecords(),
                ms,
                result.counts().recordsAdded(),
                result.counts().recordsRemoved(),
                result.counts().recordsRelabeled(),
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
