package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A download folder held by one download: its bookkeeping folder {@code .glue-labels} (the list of the files the last
 * download wrote, the journal of a move, staged files), locked so that two downloads cannot share it, and brought back
 * to a consistent state first if a download into it was killed.
 */
final class DownloadFolder implements AutoCloseable {

    private static final String LOCK = "lock";

    private final Path root;
    private final Path bookkeeping;
    private final Bookkeeping folder;
    private final ExportListener listener;
    private final FileChannel lockChannel;
    private final FolderCommit commit;
    private final Manifest earlier;

    private DownloadFolder(Path root, ExportListener listener, FileChannel lockChannel) {
        this.root = root;
        this.folder = Bookkeeping.of(root);
        this.bookkeeping = folder.folder();
        this.listener = listener;
        this.lockChannel = lockChannel;
        this.commit = new FolderCommit(folder);
        Manifest current = Manifest.read(bookkeeping, listener::warning);
        try {
            String recovered = new MoveUndo(folder).recover(current);
            if (recovered != null) {
                listener.info(recovered);
            }
        } catch (IOException e) {
            throw new GlueLabelsException(
                    "Cannot finish or undo the move of the last download into " + root + ", which was "
                            + "stopped half-way (" + e.getMessage()
                            + "). Nothing of this download was written. Look at the folder: "
                            + "the earlier download's files that were set aside are in "
                            + bookkeeping.resolve(Bookkeeping.ASIDE)
                            + "; deleting " + bookkeeping + " starts afresh.",
                    e);
        }
        this.earlier = Manifest.read(bookkeeping, message -> {});
        removeLeftovers();
    }

    /**
     * Takes a folder for a download: creates it and its bookkeeping folder if need be, locks it, and finishes or undoes
     * what a killed download left.
     */
    static DownloadFolder open(Path root, ExportListener listener) {
        Path bookkeeping = root.resolve(DownloadTargets.BOOKKEEPING);
        FileChannel channel;
        try {
            Files.createDirectories(root);
            SafePaths.createFolders(root, new RelativePath(List.of(DownloadTargets.BOOKKEEPING)));
            channel = FileChannel.open(bookkeeping.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new GlueLabelsException(
                    "Cannot prepare the download folder " + root + ": " + e + ". Nothing was "
                            + "downloaded; check the folder (permissions, a link or a file named "
                            + DownloadTargets.BOOKKEEPING
                            + ") and run again.",
                    e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM, for another download
            }
            if (lock == null) {
                throw busy(root, bookkeeping);
            }
            return new DownloadFolder(root, listener, channel);
        } catch (IOException e) {
            close(channel);
            throw new GlueLabelsException(
                    "Cannot lock the download folder " + root + " (" + e + "). Nothing was "
                            + "downloaded; download to a folder on a local disk.",
                    e);
        } catch (RuntimeException | Error e) {
            close(channel);
            throw e;
        }
    }

    private static GlueLabelsException busy(Path root, Path bookkeeping) {
        return new GlueLabelsException(
                "Another download into " + root + " is under way (it holds the lock " + bookkeeping.resolve(LOCK)
                        + "). Nothing was downloaded: wait for it to end, or download to another folder.");
    }

    /** Staged files and set-aside files of downloads that were killed before their move began: nobody needs them. */
    private void removeLeftovers() {
        for (String leftovers : List.of(Bookkeeping.STAGING, Bookkeeping.ASIDE)) {
            try {
                SafePaths.deleteTree(bookkeeping.resolve(leftovers));
            } catch (IOException e) {
                listener.warning("Cannot remove what an earlier, stopped download left in "
                        + bookkeeping.resolve(leftovers) + " (" + e + "); it takes space, and nothing else.");
            }
        }
    }

    /**
     * Refuses, before anything is downloaded, a target that is in the way of the download ({@link Obstacles}).
     *
     * @param keys the keys, for messages
     * @param targets where each key goes
     */
    void refuseObstacles(S3Uri source, List<String> keys, List<RelativePath> targets) {
        new Obstacles(root, earlier).refuse(source, keys, targets);
    }

    /** @return the folder the files of a download wait in, created */
    Path staging(String run) {
        Path staging = folder.staging(run);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new GlueLabelsException(
                    "Cannot create " + staging + " for the download: " + e + ". Nothing was "
                            + "downloaded; check the folder (permissions, space) and run again.",
                    e);
        }
        return staging;
    }

    /**
     * Deletes what a download that failed before its move staged. A move that failed half-way and could not be undone
     * keeps its journal, and its staged files for the next download's undo.
     */
    void discard(String run) {
        if (MoveJournal.exists(bookkeeping)) {
            return;
        }
        try {
            SafePaths.deleteTree(folder.staging(run));
            folder.dropEmptyFolders();
        } catch (IOException e) {
            // the next download removes it
        }
    }

    /**
     * Moves the staged files into place, all or nothing (see {@link FolderCommit}).
     *
     * @return how many files of the earlier download are gone
     */
    int commit(String run, S3Uri source, List<RelativePath> targets, IntFunction<String> describe) {
        MoveJournal journal = commit.plan(run, targets, earlier);
        return commit.commit(journal, new Manifest(run, targets), source.toString(), describe, listener::warning);
    }

    @Override
    public void close() {
        close(lockChannel); // releases the lock; the empty lock file stays, so that no two downloads lock different
        // files
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process at the latest
        }
    }
}
