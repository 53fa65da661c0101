package io.github.gluelabels.core.export;

import io.github.gluelabels.core.export.MoveJournal.Move;
import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

/**
 * Ends a move of {@link FolderCommit} that cannot go on: undoes it, every step looking at what is there first, so that
 * the undo itself can be interrupted and run again; or, once the new list of files is written, finishes it. The next
 * download into a folder does this first, for a move a killed download left.
 */
final class MoveUndo {

    private final Bookkeeping folder;

    MoveUndo(Bookkeeping folder) {
        this.folder = folder;
    }

    /**
     * Finishes or undoes the move a killed download left, if any: finished when its list of files was written, else
     * undone.
     *
     * @return what was done, in words, or {@code null} when there was nothing to do
     * @throws IOException when the journal cannot be read or a step fails; nothing else was changed by this call then
     *     but the steps before
     */
    String recover(Manifest current) throws IOException {
        if (!MoveJournal.exists(folder.folder())) {
            return null;
        }
        MoveJournal journal = MoveJournal.read(folder.folder());
        if (journal.run().equals(current.run())) {
            finish(journal);
            return "Finished cleaning up after the last download into " + folder.root()
                    + ", which was stopped just after " + "its files were in place.";
        }
        rollBack(journal);
        return "Put the earlier download in " + folder.root()
                + " back as it was: the last download into the folder was "
                + "stopped while it moved its files into place (" + journal.in().size() + " new, "
                + journal.aside().size()
                + " earlier), and kept nothing of it.";
    }

    void finish(MoveJournal journal) throws IOException {
        SafePaths.deleteTree(folder.aside(journal.run()));
        folder.step("earlier files deleted");
        SafePaths.deleteTree(folder.staging(journal.run()));
        AtomicFiles.delete(folder.journal());
        folder.step("journal removed");
        folder.dropEmptyFolders();
    }

    /**
     * Undoes a move: new files back to the staging folder, new folders removed, earlier files back in place, then the
     * journal goes. Each step looks at what is there first, so the undo can be interrupted and run again.
     */
    void rollBack(MoveJournal journal) throws IOException {
        Path staging = folder.staging(journal.run());
        List<Move> in = journal.in();
        for (int i = in.size() - 1; i >= 0; i--) {
            Move move = in.get(i);
            Path stashed = staging.resolve(move.stash());
            // a staged file that is gone was moved into place: the file there is this download's
            if (SafePaths.kind(stashed) == SafePaths.Kind.NOTHING && folder.look(move.path()) == SafePaths.Kind.FILE) {
                AtomicFiles.move(move.path().in(folder.root()), stashed);
                folder.step("undo: new file " + (i + 1) + " out");
            }
        }
        List<RelativePath> newFolders = journal.newFolders();
        for (int i = newFolders.size() - 1; i >= 0; i--) {
            folder.deleteIfEmptyFolder(newFolders.get(i));
        }
        List<Move> aside = journal.aside();
        for (int j = 0; j < aside.size(); j++) {
            Move move = aside.get(j);
            Path stashed = folder.aside(journal.run()).resolve(move.stash());
            if (SafePaths.kind(stashed) == SafePaths.Kind.FILE) {
                if (move.path().depth() > 1) {
                    SafePaths.createFolders(
                            folder.root(), move.path().first(move.path().depth() - 1));
                }
                if (folder.look(move.path()) != SafePaths.Kind.NOTHING) {
                    throw new FileAlreadyExistsException(
                            move.path().in(folder.root()).toString(),
                            null,
                            "something is in the way of putting the earlier file back; it is kept in " + stashed);
                }
                AtomicFiles.move(stashed, move.path().in(folder.root()));
                folder.step("undo: earlier file " + (j + 1) + " back");
            }
        }
        AtomicFiles.delete(folder.journal());
        folder.step("undo: journal removed");
        SafePaths.deleteTree(staging);
        SafePaths.deleteTree(folder.aside(journal.run()));
        folder.dropEmptyFolders();
    }
}
