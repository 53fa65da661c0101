package io.github.gluelabels.core.diff;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The JSON report of a diff, written as the join goes: every set and every record change, each on a line of its own,
 * into two parts in the scratch folder; {@link #finish} then writes the report, the counts first, and moves it into
 * place whole. Nothing of it is held in memory.
 */
final class JsonReport implements DiffSink, AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final List<String> keyColumns;
    private final Part sets;
    private final Part records;

    /** One array of the report, written to a file of the scratch folder. */
    private static final class Part {
        final Path file;
        final Writer out;
        boolean empty = true;

        Part(ScratchFolder scratch, String name) {
            file = scratch.newFile(name);
            try {
                out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
            } catch (IOException e) {
                throw ScratchFolder.problem("write", file, e);
            }
        }

        /** Starts the next element: a comma after the previous one, a new line, the indent. */
        Writer next() throws IOException {
            out.write(empty ? "\n    " : ",\n    ");
            empty = false;
            return out;
        }
    }

    JsonReport(ScratchFolder scratch, List<String> keyColumns) {
        this.keyColumns = keyColumns;
        this.sets = new Part(scratch, "report-sets");
        this.records = new Part(scratch, "report-records");
    }

    @Override
    public void recordAdded(String setId, String[] key, String label) {
        record("added", setId, key, null, label);
    }

    @Override
    public void recordRemoved(String setId, String[] key, String label) {
        record("removed", setId, key, label, null);
    }

    @Override
    public void recordRelabeled(String setId, String[] key, String fromLabel, String toLabel) {
        record("relabeled", setId, key, fromLabel, toLabel);
    }

    private void record(String change, String setId, String[] key, String fromLabel, String toLabel) {
        try {
            Writer out = records.next();
            out.write("{\"change\": \"" + change + "\", \"labeling_set_id\": ");
            JsonText.string(out, setId);
            out.write(", \"record\": {");
            for (int i = 0; i < key.length; i++) {
                out.write(i == 0 ? "" : ", ");
                JsonText.name(out, keyColumns.get(i));
                JsonText.string(out, key[i]);
            }
            out.write('}');
            label(out, "from", fromLabel);
            label(out, "to", toLabel);
            out.write('}');
        } catch (IOException e) {
            throw ScratchFolder.problem("write", records.file, e);
        }
    }

    private static void label(Writer out, String name, String label) throws IOException {
        if (label != null) {
            out.write(", ");
            JsonText.name(out, name);
            JsonText.string(out, label);
        }
    }

    @Override
    public void set(String setId, SetStatus status) {
        if (status == SetStatus.UNCHANGED) {
            return;
        }
        try {
            Writer out = sets.next();
            out.write("{\"change\": \"" + status.name().toLowerCase(Locale.ROOT) + "\", \"labeling_set_id\": ");
            JsonText.string(out, setId);
            out.write('}');
        } catch (IOException e) {
            throw ScratchFolder.problem("write", sets.file, e);
        }
    }

    /**
     * Writes the report to {@code target}: first beside it under a temporary name, then moved over it, so that the
     * report is whole or not there.
     */
    void finish(Path target, DiffResult result) throws IOException {
        sets.out.close();
        records.out.close();
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + target.getFileName() + "-", ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), BUFFER)) {
                header(out, result);
                copyArray(out, "sets", sets);
                out.write(",\n");
                copyArray(out, "records", records);
                out.write("\n}\n");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void header(Writer out, DiffResult result) throws IOException {
        out.write("{\n  ");
        JsonText.name(out, "from");
        JsonText.string(out, result.from());
        out.write(",\n  ");
        JsonText.name(out, "to");
        JsonText.string(out, result.to());
        out.write(",\n  \"identifiedBy\": \"" + (result.identifiedByPrimaryKey() ? "primary key" : "all fields")
                + "\",\n  \"keyColumns\": ");
        JsonText.strings(out, result.keyColumns());
        out.write(",\n  \"columnsOnlyInFrom\": ");
        JsonText.strings(out, result.columnsOnlyInFrom());
        out.write(",\n  \"columnsOnlyInTo\": ");
        JsonText.strings(out, result.columnsOnlyInTo());
        DiffCounts c = result.counts();
        out.write(String.format(
                Locale.ROOT,
                ",\n  \"counts\": {\"setsAdded\": %d, \"setsRemoved\": %d, \"setsChanged\": %d, \"recordsAdded\": %d,"
                        + " \"recordsRemoved\": %d, \"recordsRelabeled\": %d, \"fromRecords\": %d, \"toRecords\": %d,"
                        + " \"fromSets\": %d, \"toSets\": %d},\n",
                c.setsAdded(),
                c.setsRemoved(),
                c.setsChanged(),
                c.recordsAdded(),
                c.recordsRemoved(),
                c.recordsRelabeled(),
                c.fromRecords(),
                c.toRecords(),
                c.fromSets(),
                c.toSets()));
    }

    private static void copyArray(Writer out, String name, Part part) throws IOException {
        out.write("  \"" + name + "\": [");
        try (Reader in = Files.newBufferedReader(part.file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
        out.write(part.empty ? "]" : "\n  ]");
    }

    /** Closes the parts' writers (the scratch folder deletes their files); never throws. */
    @Override
    public void close() {
        for (Part part : List.of(sets, records)) {
            try {
                part.out.close();
            } catch (IOException | UncheckedIOException e) {
                // the part is abandoned; its file goes with the scratch folder
            }
        }
    }
}
