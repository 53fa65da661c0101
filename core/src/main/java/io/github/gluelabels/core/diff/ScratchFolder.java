package io.github.gluelabels.core.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The temporary folder of one diff: a new folder, the sorted runs and report parts written in it, and on
 * {@link #close()} their deletion. It deletes only what it created, file by file, then the folder if nothing else is
 * in it: a file someone else put there stays, and so does the folder around it. Thread-safe: both sides of a diff,
 * read on two threads, make their run files in it.
 */
final class ScratchFolder implements AutoCloseable {

    private final Path folder;
    private final Consumer<Path> onCreate;
    private final Set<Path> created = new LinkedHashSet<>();
    private int counter;

    private ScratchFolder(Path folder, Consumer<Path> onCreate) {
        this.folder = folder;
        this.onCreate = onCreate;
    }

    /**
     * Creates a new, empty folder in {@code parent}.
     *
     * @param onCreate told of the folder and of every file created in it, e.g. by a test that checks they are deleted
     */
    static ScratchFolder create(Path parent, Consumer<Path> onCreate) {
        try {
            Path folder = Files.createTempDirectory(parent, "glue-labels-diff-");
            onCreate.accept(folder);
            return new ScratchFolder(folder, onCreate);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create a temporary folder for the diff's sorted labels in " + parent + ": " + e
                            + ". Set java.io.tmpdir (or LabelDiff.Builder.tempFolder) to a folder with free space"
                            + " that you can write to.",
                    e);
        }
    }

    /** @return a new file in the folder, named {@code <prefix>-<n>.tmp}, created empty */
    synchronized Path newFile(String prefix) {
        Path file = folder.resolve(prefix + "-" + counter++ + ".tmp");
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw problem("create", file, e);
        }
        created.add(file);
        onCreate.accept(file);
        return file;
    }

    /** Deletes a file this folder created, as soon as it is no longer needed. */
    synchronized void delete(Path file) {
        if (!created.remove(file)) {
            throw new IllegalArgumentException(file + " was not created by this scratch folder");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw problem("delete", file, e);
        }
    }

    static UncheckedIOException problem(String action, Path file, IOException e) {
        return new UncheckedIOException(
                "Cannot " + action + " the diff's temporary file " + file + ": " + e
                        + ". Set java.io.tmpdir (or LabelDiff.Builder.tempFolder) to a folder with free space that"
                        + " you can write to.",
                e);
    }

    /** Deletes every file still here that this folder created, then the folder if it is empty; never throws. */
    @Override
    public synchronized void close() {
        for (Path file : created) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left behind in the system's temporary folder, named glue-labels-diff-*; nothing more can be done
            }
        }
        created.clear();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // something we did not create is in it: it stays, and so does the folder
        }
    }
}
