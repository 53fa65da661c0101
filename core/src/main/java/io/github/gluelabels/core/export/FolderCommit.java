package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.export.MoveJournal.Move;
import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The final move of a download into its folder, all or nothing. The new files wait, complete, in
 * {@code .glue-labels/staging/<run>}; a journal of the move is written and forced to disk; the earlier download's
 * files are moved aside into {@code .glue-labels/aside/<run>}; the new ones are moved into place; the new list of
 * files is written — the moment the move is done; then what was set aside is deleted and the journal goes. A step that
 * fails undoes the steps before it. A process killed at any step leaves the journal, and the next download into the
 * folder undoes the move (or, once the new list was written, finishes it: {@link MoveUndo}). Never through a symbolic
 * link, never over a file that is there already.
 */
final class FolderCommit {

    /** Hears each step of a move and its undo. A test seam: a hook that throws fails the step, one that halts kills. */
    interface StepHook {
        void after(Path root, String step) throws IOException;
    }

    /** For tests only: stops or fails a move at a chosen step (tests compare {@code root} to their own folder). */
    static volatile StepHook hook = (root, step) -> {};

    private final Bookkeeping folder;
    private final MoveUndo undo;

    FolderCommit(Bookkeeping folder) {
        this.folder = folder;
        this.undo = new MoveUndo(folder);
    }

    /**
     * @param targets where the staged file {@code i} (named {@code i}) goes
     * @param earlier the earlier download's list: those of its files still there, as files, are moved aside
     */
    MoveJournal plan(String run, List<RelativePath> targets, Manifest earlier) {
        List<Move> aside = new ArrayList<>();
        for (RelativePath file : earlier.files()) {
            if (folder.look(file) == SafePaths.Kind.FILE) {
                aside.add(new Move(file, String.valueOf(aside.size())));
            }
        }
        List<Move> in = new ArrayList<>(targets.size());
        Set<RelativePath> folders = new HashSet<>();
        Set<RelativePath> newFolders = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            RelativePath target = targets.get(i);
            in.add(new Move(target, String.valueOf(i)));
            for (int depth = 1; depth < target.depth(); depth++) {
                RelativePath place = target.first(depth);
                if (folders.add(place) && folder.look(place) != SafePaths.Kind.FOLDER) {
                    newFolders.add(place);
                }
            }
        }
        return new MoveJournal(run, aside, in, List.copyOf(newFolders));
    }

    /**
     * Moves the staged files into place, all or nothing.
     *
     * @param describe names staged file {@code i} for a message, e.g. {@code the download of s3://b/k}
     * @param warn hears a move that is done but not cleaned up after (the next download cleans up)
     * @return how many of the earlier download's files are gone (not brought again)
     * @throws GlueLabelsException when a step failed: the folder is as it was before (or will be, once the next download
     *     has read the journal)
     */
    int commit(MoveJournal journal, Manifest next, String source, IntFunction<String> describe, Consumer<String> warn) {
        writeJournal(journal);
        Doing doing = new Doing("write the journal of the move, " + folder.journal());
        try {
            folder.step("journal written");
            moveAside(journal, doing);
            // a folder the earlier files leave empty goes, so that a new file may take its name
            journal.aside().stream()
                    .flatMap(m -> folders(m.path()))
                    .distinct()
                    .sorted(Comparator.comparingInt(RelativePath::depth).reversed())
                    .forEach(folder::deleteIfEmptyFolder);
            folder.step("emptied folders removed");
            moveIn(journal, describe, doing);
            doing.now = "write the list of downloaded files, " + folder.folder().resolve(Manifest.FILE);
            next.write(folder.folder(), source);
        } catch (IOException | RuntimeException e) {
            throw putBack(journal, doing.now, e);
        }
        try {
            folder.step("list of files written");
            undo.finish(journal);
        } catch (IOException e) {
            warn.accept("The download into " + folder.root() + " is complete, but cleaning up after it failed (" + e
                    + "): the next download into the folder finishes it.");
        }
        Set<RelativePath> brought = new HashSet<>(next.files());
        return (int) journal.aside().stream()
                .filter(m -> !brought.contains(m.path()))
                .count();
    }

    /** The step of a move under way, for the message if it fails. */
    private static final class Doing {
        String now;

        Doing(String now) {
            this.now = now;
        }
    }

    private void writeJournal(MoveJournal journal) {
        try {
            Files.createDirectories(folder.aside(journal.run()));
            journal.write(folder.folder());
        } catch (IOException e) {
            throw new GlueLabelsException(
                    "Cannot write the journal of the move, " + folder.journal() + ": " + e + ". Nothing was moved: "
                            + "the folder is as it was before this download. Check the folder (permissions, space) "
                            + "and run again.",
                    e);
        }
    }

    /** Moves the earlier download's files aside. */
    private void moveAside(MoveJournal journal, Doing doing) throws IOException {
        List<Move> aside = journal.aside();
        for (int j = 0; j < aside.size(); j++) {
            Move move = aside.get(j);
            doing.now = "move the earlier download's file " + move.path().in(folder.root()) + " aside";
            AtomicFiles.move(
                    move.path().in(folder.root()), folder.aside(journal.run()).resolve(move.stash()));
            folder.step("earlier file " + (j + 1) + " of " + aside.size() + " aside");
        }
    }

    /** Moves the staged files into place, never over something that is there. */
    private void moveIn(MoveJournal journal, IntFunction<String> describe, Doing doing) throws IOException {
        List<Move> in = journal.in();
        for (int i = 0; i < in.size(); i++) {
            Move move = in.get(i);
            Path target = move.path().in(folder.root());
            doing.now = "move " + describe.apply(i) + " into place at " + target;
            if (move.path().depth() > 1) {
                SafePaths.createFolders(
                        folder.root(), move.path().first(move.path().depth() - 1));
            }
            if (folder.look(move.path()) != SafePaths.Kind.NOTHING) {
                throw new FileAlreadyExistsException(target.toString(), null, "something is there already");
            }
            AtomicFiles.move(folder.staging(journal.run()).resolve(move.stash()), target);
            folder.step("new file " + (i + 1) + " of " + in.size() + " in place");
        }
    }

    /** Undoes a move whose step failed, and says how it went. */
    private GlueLabelsException putBack(MoveJournal journal, String doing, Exception e) {
        String putBack;
        try {
            undo.rollBack(journal);
            putBack = "The folder was put back as it was before this download; nothing of this download was kept.";
        } catch (IOException | RuntimeException r) {
            putBack = "Putting the folder back failed too (" + r + "): the next download into " + folder.root()
                    + " finishes putting it back, as the journal " + folder.journal() + " says.";
        }
        return new GlueLabelsException(
                "Cannot " + doing + ": " + e + ". " + putBack + " Check the folder (what is in "
                        + "the way, permissions, space) and run again.",
                e);
    }

    private static Stream<RelativePath> folders(RelativePath file) {
        return IntStream.range(1, file.depth()).mapToObj(file::first);
    }
}
