package io.github.gluelabels.fake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The journal as a file that grows as calls are answered, one JSON object a line ({@link ControlJson#entry}), for
 * scripts to read while the fake runs and after it stopped or was killed. Unlike the journal in memory it keeps
 * every call, and a reset does not empty it. Each line is written whole and flushed before the call is answered.
 */
final class JournalLines implements Consumer<JournalEntry> {

    private final Path file;
    private final Consumer<String> warnings;
    private final OutputStream out;
    private boolean broken;

    /**
     * Creates the file, replacing one that is there.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    JournalLines(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Called under the journal's lock, so that lines come in the order of the journal. */
    @Override
    public void accept(JournalEntry entry) {
        if (broken) {
            return;
        }
        try {
            // one write per line: a script tailing the file never sees half of one
            byte[] json = ControlJson.entry(entry);
            byte[] line = Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            out.write(line);
        } catch (IOException e) {
            broken = true;
            warnings.accept("cannot write the journal to " + file + " any more (" + e.getMessage()
                    + "); later calls are not in it");
        }
    }
}
