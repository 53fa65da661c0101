package io.github.gluelabels.core.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A download folder and its bookkeeping folder {@code .glue-labels}, as the steps of a move and of its undo see them:
 * where staged and set-aside files wait, and what is at a path of the download folder, links never followed.
 *
 * @param root the download folder
 * @param folder its bookkeeping folder
 */
record Bookkeeping(Path root, Path folder) {

    static final String STAGING = "staging";
    static final String ASIDE = "aside";

    static Bookkeeping of(Path root) {
        return new Bookkeeping(root, root.resolve(DownloadTargets.BOOKKEEPING));
    }

    /** @return the folder a download's files wait in until they are moved into place */
    Path staging(String run) {
        return folder.resolve(STAGING).resolve(run);
    }

    /** @return the folder the earlier download's files wait in while a move replaces them */
    Path aside(String run) {
        return folder.resolve(ASIDE).resolve(run);
    }

    Path journal() {
        return folder.resolve(MoveJournal.FILE);
    }

    /** Tells the test seam that a step of a move (or of its undo) is done. */
    void step(String name) throws IOException {
        FolderCommit.hook.after(root, name);
    }

    /** @return what is at a path of the download folder; a link or a file on the way counts as {@code OTHER} */
    SafePaths.Kind look(RelativePath path) {
        try {
            return SafePaths.look(root, path);
        } catch (SafePaths.NotAFolderException e) {
            return SafePaths.Kind.OTHER;
        }
    }

    void deleteIfEmptyFolder(RelativePath path) {
        if (look(path) == SafePaths.Kind.FOLDER) {
            SafePaths.deleteIfEmptyFolder(path.in(root));
        }
    }

    /** Removes the folders of staged and set-aside files when no download uses them. */
    void dropEmptyFolders() {
        SafePaths.deleteIfEmptyFolder(folder.resolve(STAGING));
        SafePaths.deleteIfEmptyFolder(folder.resolve(ASIDE));
    }
}
