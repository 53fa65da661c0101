package io.github.gluelabels.maven;

import io.github.gluelabels.core.internal.AtomicFiles;
import io.github.gluelabels.fake.JournalEntry;
import io.github.gluelabels.fake.RequestJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the fake's request journal as text: comment lines starting with {@code #}, then one line per call, oldest
 * first, with tab-separated operation, HTTP status, error code ({@code -} for none) and input. The input is the Glue
 * request body or the S3 method and path — never a header, so never a credential. An empty journal (comments only)
 * proves that nothing reached the fake.
 */
final class JournalFile {

    private JournalFile() {}

    /**
     * @param file where to write (its folder is created)
     * @param journal the journal
     * @param endpoint the fake's endpoint, for the header
     * @param how how the fake ended, e.g. {@code stopped by glue-labels:fake-stop}
     * @return how many calls were written
     */
    static int write(Path file, RequestJournal journal, String endpoint, String how) throws IOException {
        List<JournalEntry> entries = journal.entries();
        List<String> lines = new ArrayList<>(entries.size() + 3);
        lines.add("# glue-labels fake Glue + S3 at " + endpoint + ", " + how + ": " + entries.size()
                + (entries.size() == 1 ? " call" : " calls")
                + (journal.dropped() > 0 ? " kept (" + journal.dropped() + " older ones dropped)" : ""));
        lines.add("# operation\tstatus\terrorCode\tinput");
        for (JournalEntry entry : entries) {
            lines.add(entry.operation() + "\t" + entry.status() + "\t"
                    + (entry.errorCode() == null ? "-" : entry.errorCode()) + "\t" + oneLine(entry.input()));
        }
        String eol = System.lineSeparator();
        AtomicFiles.write(file, (String.join(eol, lines) + eol).getBytes(StandardCharsets.UTF_8));
        return entries.size();
    }

    private static String oneLine(String input) {
        return input == null
                ? ""
                : input.replace("\\", "\\\\")
                        .replace("\r", "\\r")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t");
    }
}
