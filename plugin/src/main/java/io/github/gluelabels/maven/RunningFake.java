package io.github.gluelabels.maven;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fake started by {@code fake-start} for one project, until {@code fake-stop} (or the end of the JVM) stops it. On
 * stop it writes its request journal, once.
 */
final class RunningFake {

    private final FakeGlueServer server;
    private final String project;
    private final Path defaultJournal;
    private final Path dataDirectory;
    private boolean stopped;

    /**
     * @param server the running server
     * @param project the project that started it, for messages
     * @param defaultJournal where the journal goes when the fake is stopped at the end of the JVM
     * @param dataDirectory the server's data folder, deleted at stop
     */
    RunningFake(FakeGlueServer server, String project, Path defaultJournal, Path dataDirectory) {
        this.server = server;
        this.project = project;
        this.defaultJournal = defaultJournal;
        this.dataDirectory = dataDirectory;
    }

    FakeGlueServer server() {
        return server;
    }

    FakeGlue account() {
        return server.defaultAccount();
    }

    String project() {
        return project;
    }

    Path defaultJournal() {
        return defaultJournal;
    }

    /**
     * Writes the journal as it is now, while the fake runs: the file exists from the start, and the code that writes it
     * has run once, so that it still runs at the end of the JVM, when Maven may have closed the plugin's class realm.
     *
     * @throws IOException when the journal cannot be written
     */
    synchronized void writeJournalSoFar() throws IOException {
        JournalFile.write(defaultJournal, account().journal(), server.endpoint().toString(), "running");
    }

    /**
     * Writes the journal and stops the server; does nothing the second time.
     *
     * @param journal where to write the journal
     * @param how how it is stopped, for the journal's header
     * @return how many calls the journal holds, or -1 when it was already stopped
     * @throws IOException when the journal cannot be written (the server is stopped all the same)
     */
    synchronized int stop(Path journal, String how) throws IOException {
        if (stopped) {
            return -1;
        }
        stopped = true;
        String endpoint = server.endpoint().toString();
        try {
            return JournalFile.write(journal, account().journal(), endpoint, how);
        } finally {
            server.stop();
            deleteTree(dataDirectory);
        }
    }

    /** Stops the server and deletes its data without writing the journal: for a fake that never served. */
    synchronized void discard() {
        stopped = true;
        server.stop();
        deleteTree(dataDirectory);
    }

    /** Deletes a folder and everything in it, as far as possible. */
    static void deleteTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // left in the build folder, for mvn clean
        }
    }
}
