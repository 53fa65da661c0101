package io.github.gluelabels.core.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One comparison of a {@link LabelDiff}: the headers of both sides read and their columns planned, both sides read and
 * sorted at once on two threads ({@link TwoSideRead}), then joined into the tally and the report, all within a scratch
 * folder deleted at the end, failed or not.
 */
final class DiffRun {

    private final String primaryKey;
    private final int examples;
    private final long memoryBudget;
    private final Path tempFolder;
    private final Consumer<Path> onScratchFile;

    DiffRun(String primaryKey, int examples, long memoryBudget, Path tempFolder, Consumer<Path> onScratchFile) {
        this.primaryKey = primaryKey;
        this.examples = examples;
        this.memoryBudget = memoryBudget;
        this.tempFolder = tempFolder;
        this.onScratchFile = onScratchFile;
    }

    DiffResult compare(LabelSource from, LabelSource to, Path jsonReport) throws IOException {
        SideReader fromSide = SideReader.open(from);
        SideReader toSide = SideReader.open(to);
        ColumnPlan plan = ColumnPlan.of(from.name(), fromSide.columns(), to.name(), toSide.columns(), primaryKey);
        try (ScratchFolder scratch = ScratchFolder.create(tempFolder, onScratchFile)) {
            ExternalSorter fromSorter = new ExternalSorter(scratch, memoryBudget, "from");
            ExternalSorter toSorter = new ExternalSorter(scratch, memoryBudget, "to");
            long[] records = TwoSideRead.run(fromSide, fromSorter, plan.fromKey(), toSide, toSorter, plan.toKey());
            try (EntryStream fromSorted = fromSorter.sorted();
                    EntryStream toSorted = toSorter.sorted()) {
                return join(scratch, plan, fromSorted, toSorted, records[0], records[1], from, to, jsonReport);
            }
        }
    }

    private DiffResult join(
            ScratchFolder scratch,
            ColumnPlan plan,
            EntryStream fromSorted,
            EntryStream toSorted,
            long fromRecords,
            long toRecords,
            LabelSource from,
            LabelSource to,
            Path jsonReport)
            throws IOException {
        Tally tally = new Tally(plan.keyColumns(), examples);
        if (jsonReport == null) {
            MergeJoin.run(fromSorted, toSorted, plan.keyColumns().size(), tally);
            return result(plan, tally, fromRecords, toRecords, from, to, null);
        }
        try (JsonReport report = new JsonReport(scratch, plan.keyColumns())) {
            MergeJoin.run(fromSorted, toSorted, plan.keyColumns().size(), new Tee(tally, report));
            DiffResult result = result(plan, tally, fromRecords, toRecords, from, to, jsonReport);
            report.finish(jsonReport, result);
            return result;
        }
    }

    private DiffResult result(
            ColumnPlan plan,
            Tally tally,
            long fromRecords,
            long toRecords,
            LabelSource from,
            LabelSource to,
            Path report) {
        return new DiffResult(
                from.name(), to.name(), plan, primaryKey != null, tally.counts(fromRecords, toRecords), tally, report);
    }
}
