package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.export.MoveJournal.Move;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The final move of a download into its folder, and its undo ({@link MoveUndo}), on real files: which files it moves,
 * in which steps, what it reports, and what it leaves when a step fails or the process stops.
 */
class FolderCommitTest {

    private static final String EARLIER_RUN = "run-1";
    private static final String RUN = "run-2";

    @TempDir
    Path work;

    private Path root;
    private Bookkeeping folder;
    private final List<String> steps = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Stops a move as a killed process would: nothing after the step runs, not even the undo. */
    private static final class Halt extends Error {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void earlierDownload() throws IOException {
        root = work.resolve("folder");
        folder = Bookkeeping.of(root);
        write("a.csv", "earlier a");
        write("gone/c.csv", "earlier c");
        write("sub/b.csv", "earlier b");
        write("notes.txt", "mine");
        Files.createDirectories(folder.folder());
        earlier().write(folder.folder(), "s3://bucket/first");
        hookAt(null, null);
    }

    @AfterEach
    void noHook() {
        FolderCommit.hook = (root, step) -> {};
    }

    private static Manifest earlier() {
        // old.csv is listed but no longer there
        return new Manifest(EARLIER_RUN, paths("a.csv", "gone/c.csv", "old.csv", "sub/b.csv"));
    }

    @Test
    void planSetsAsideTheEarlierFilesStillThereAndListsOnlyTheFoldersToCreate() throws IOException {
        Files.createDirectories(root.resolve("empty"));

        MoveJournal journal = new FolderCommit(folder)
                .plan(RUN, paths("a.csv", "sub/d.csv", "new/deep/e.csv", "new/f.csv", "empty/g.csv"), earlier());

        assertThat(journal.run()).isEqualTo(RUN);
        assertThat(journal.aside())
                .containsExactly(
                        new Move(path("a.csv"), "0"),
                        new Move(path("gone/c.csv"), "1"),
                        new Move(path("sub/b.csv"), "2"));
        assertThat(journal.in())
                .containsExactly(
                        new Move(path("a.csv"), "0"),
                        new Move(path("sub/d.csv"), "1"),
                        new Move(path("new/deep/e.csv"), "2"),
                        new Move(path("new/f.csv"), "3"),
                        new Move(path("empty/g.csv"), "4"));
        assertThat(journal.newFolders()).containsExactly(path("new"), path("new/deep"));
    }

    @Test
    void commitMovesTheEarlierFilesAsideAndTheNewOnesInStepByStep() throws IOException {
        stage("new a", "new gone", "new d");
        List<RelativePath> targets = paths("a.csv", "gone", "sub/d.csv");
        Manifest next = new Manifest(RUN, targets);

        int removed = commit(targets, next);

        assertThat(removed).as("gone/c.csv and sub/b.csv are not brought again").isEqualTo(2);
        assertThat(state())
                .isEqualTo(Map.of(
                        "a.csv", "new a",
                        "gone", "new gone",
                        "sub", "folder",
                        "sub/d.csv", "new d",
                        "notes.txt", "mine",
                        ".glue-labels", "folder",
                        ".glue-labels/manifest.json",
                                "{\"format\":1,\"run\":\"run-2\",\"source\":\"s3://bucket/second\",\"files\":"
                                        + "[\"a.csv\",\"gone\",\"sub/d.csv\"]}"));
        assertThat(steps)
                .containsExactly(
                        "journal written",
                        "earlier file 1 of 3 aside",
                        "earlier file 2 of 3 aside",
                        "earlier file 3 of 3 aside",
                        "emptied folders removed",
                        "new file 1 of 3 in place",
                        "new file 2 of 3 in place",
                        "new file 3 of 3 in place",
                        "list of files written",
                        "earlier files deleted",
                        "journal removed");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCleanUpThatFailsAfterTheListIsWrittenIsAWarningAndTheDownloadStands() throws IOException {
        stage("new a");
        List<RelativePath> targets = paths("a.csv");
        hookAt("earlier files deleted", () -> {
            throw new IOException("disk gone");
        });

        int removed = commit(targets, new Manifest(RUN, targets));

        assertThat(removed).isEqualTo(2);
        assertThat(warnings)
                .containsExactly("The download into " + root + " is complete, but cleaning up after it failed "
                        + "(java.io.IOException: disk gone): the next download into the folder finishes it.");
        assertThat(Files.readString(root.resolve("a.csv"))).isEqualTo("new a");
        assertThat(MoveJournal.exists(folder.folder())).isTrue();
    }

    @Test
    void aFileInTheWayOfANewOneFailsTheMoveAndPutsTheFolderBack() throws IOException {
        Map<String, String> before = state();
        stage("new a", "new notes");
        List<RelativePath> targets = paths("a.csv", "notes.txt");

        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets)))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(
                        "Cannot move the download of s3://bucket/second/1 into place at " + root.resolve("notes.txt")
                                + ": java.nio.file.FileAlreadyExistsException: " + root.resolve("notes.txt")
                                + ": something is there already. The folder was put back as it was before this download; "
                                + "nothing of this download was kept. Check the folder (what is in the way, permissions, "
                                + "space) and run again.");

        assertThat(state()).isEqualTo(before);
        assertThat(steps)
                .containsExactly(
                        "journal written",
                        "earlier file 1 of 3 aside",
                        "earlier file 2 of 3 aside",
                        "earlier file 3 of 3 aside",
                        "emptied folders removed",
                        "new file 1 of 2 in place",
                        "undo: new file 1 out",
                        "undo: earlier file 1 back",
                        "undo: earlier file 2 back",
                        "undo: earlier file 3 back",
                        "undo: journal removed");
    }

    @Test
    void somethingInTheWayOfAnEarlierFileStopsTheUndoAndKeepsTheFileAside() throws IOException {
        stage("new a");
        List<RelativePath> targets = paths("a.csv");
        MoveJournal journal = new FolderCommit(folder).plan(RUN, targets, earlier());
        hookAt("earlier file 2 of 3 aside", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> new FolderCommit(folder)
                        .commit(journal, new Manifest(RUN, targets), "s3://x", i -> "", warnings::add))
                .isInstanceOf(Halt.class);
        hookAt(null, null);
        write("a.csv", "someone else's");

        Path stashed = folder.aside(RUN).resolve("0");
        assertThatThrownBy(() -> new MoveUndo(folder).rollBack(journal))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessage(root.resolve("a.csv") + ": something is in the way of putting the earlier file back; it is "
                        + "kept in " + stashed);
        assertThat(Files.readString(root.resolve("a.csv"))).isEqualTo("someone else's");
        assertThat(Files.readString(stashed)).isEqualTo("earlier a");
    }

    @Test
    void recoverDoesNothingWithoutAJournal() throws IOException {
        assertThat(new MoveUndo(folder).recover(earlier())).isNull();
        assertThat(steps).isEmpty();
    }

    @Test
    void recoverUndoesAMoveStoppedBeforeTheListWasWritten() throws IOException {
        Map<String, String> before = state();
        stage("new a", "new d");
        List<RelativePath> targets = paths("a.csv", "sub/d.csv");
        hookAt("new file 1 of 2 in place", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets))).isInstanceOf(Halt.class);
        hookAt(null, null);

        String done = new MoveUndo(folder).recover(Manifest.read(folder.folder(), warnings::add));

        assertThat(done)
                .isEqualTo("Put the earlier download in " + root + " back as it was: the last download into the "
                        + "folder was stopped while it moved its files into place (2 new, 3 earlier), and kept nothing "
                        + "of it.");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void recoverUndoesAMoveWhoseNewFileWasDeletedSinceItStopped() throws IOException {
        Map<String, String> before = state();
        stage("new a", "new d");
        List<RelativePath> targets = paths("a.csv", "sub/d.csv");
        hookAt("new file 1 of 2 in place", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets))).isInstanceOf(Halt.class);
        hookAt(null, null);
        Files.delete(root.resolve("a.csv"));
        steps.clear();

        new MoveUndo(folder).recover(Manifest.read(folder.folder(), warnings::add));

        assertThat(state()).isEqualTo(before);
        assertThat(steps)
                .containsExactly(
                        "undo: earlier file 1 back",
                        "undo: earlier file 2 back",
                        "undo: earlier file 3 back",
                        "undo: journal removed");
    }

    @Test
    void recoverRemovesTheFoldersTheNewFilesNeededInnermostFirst() throws IOException {
        Map<String, String> before = state();
        stage("new a", "new e");
        List<RelativePath> targets = paths("a.csv", "new/deep/e.csv");
        hookAt("new file 2 of 2 in place", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets))).isInstanceOf(Halt.class);
        hookAt(null, null);
        assertThat(root.resolve("new/deep/e.csv")).hasContent("new e");

        new MoveUndo(folder).recover(Manifest.read(folder.folder(), warnings::add));

        assertThat(state()).isEqualTo(before);
        assertThat(root.resolve("new")).doesNotExist();
    }

    @Test
    void anUndoPutsBackOnlyTheEarlierFilesThatWereSetAside() throws IOException {
        Map<String, String> before = state();
        stage("new a");
        List<RelativePath> targets = paths("a.csv");
        hookAt("earlier file 2 of 3 aside", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets))).isInstanceOf(Halt.class);
        hookAt(null, null);
        steps.clear();

        new MoveUndo(folder).recover(Manifest.read(folder.folder(), warnings::add));

        assertThat(state()).isEqualTo(before);
        assertThat(steps)
                .as("sub/b.csv was never set aside")
                .containsExactly("undo: earlier file 1 back", "undo: earlier file 2 back", "undo: journal removed");
    }

    @Test
    void recoverFinishesAMoveStoppedOnceTheListWasWritten() throws IOException {
        stage("new a");
        List<RelativePath> targets = paths("a.csv");
        hookAt("list of files written", () -> {
            throw new Halt();
        });
        assertThatThrownBy(() -> commit(targets, new Manifest(RUN, targets))).isInstanceOf(Halt.class);
        hookAt(null, null);

        String done = new MoveUndo(folder).recover(Manifest.read(folder.folder(), warnings::add));

        assertThat(done)
                .isEqualTo("Finished cleaning up after the last download into " + root
                        + ", which was stopped just after its files were in place.");
        assertThat(state())
                .isEqualTo(Map.of(
                        "a.csv", "new a",
                        "notes.txt", "mine",
                        ".glue-labels", "folder",
                        ".glue-labels/manifest.json",
                                "{\"format\":1,\"run\":\"run-2\",\"source\":\"s3://bucket/second\",\"files\":"
                                        + "[\"a.csv\"]}"));
    }

    private interface Action {
        void run() throws IOException;
    }

    /** Records every step in this test's folder; at the step named {@code at}, runs the action. */
    private void hookAt(String at, Action action) {
        FolderCommit.hook = (where, step) -> {
            if (where.equals(root)) {
                steps.add(step);
                if (step.equals(at)) {
                    action.run();
                }
            }
        };
    }

    private int commit(List<RelativePath> targets, Manifest next) {
        FolderCommit commit = new FolderCommit(folder);
        return commit.commit(
                commit.plan(RUN, targets, earlier()),
                next,
                "s3://bucket/second",
                i -> "the download of s3://bucket/second/" + i,
                warnings::add);
    }

    /** Stages the new files, {@code 0}, {@code 1}, ... in the run's staging folder. */
    private void stage(String... contents) throws IOException {
        Path staging = folder.staging(RUN);
        Files.createDirectories(staging);
        for (int i = 0; i < contents.length; i++) {
            Files.writeString(staging.resolve(String.valueOf(i)), contents[i]);
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = path(path).in(root);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** @return every file (its content) and folder ({@code folder}) under the download folder */
    private Map<String, String> state() throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> !p.equals(root)).forEach(p -> {
                String name = root.relativize(p).toString().replace('\\', '/');
                try {
                    state.put(name, Files.isDirectory(p) ? "folder" : Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return state;
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text).orElseThrow();
    }

    private static List<RelativePath> paths(String... texts) {
        return Stream.of(texts).map(FolderCommitTest::path).toList();
    }
}
