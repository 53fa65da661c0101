package io.github.gluelabels.core.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes glue-labels' own small files so that they exist whole or not at all, and stay so after a crash: written to a
 * temporary file, forced to disk, renamed into place, the rename forced to disk.
 */
final class DurableFiles {

    private DurableFiles() {}

    static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            // a stream rather than a channel: an interrupted thread would close a channel before the write is forced
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(bytes);
                out.getFD().sync();
            }
            rename(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(file.getParent());
    }

    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            syncFolder(file.getParent());
        }
    }

    /** Moves a file in one step where the file system can; where it cannot (another file system), copies and deletes. */
    static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Forces the names in a folder to disk, so that a rename survives a crash. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder: a rename there is as durable as the file system makes it
        }
    }
}
