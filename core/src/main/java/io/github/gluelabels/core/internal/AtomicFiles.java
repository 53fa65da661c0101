package io.github.gluelabels.core.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes, moves and deletes glue-labels' own files (a download folder's list of files and journal, the plugin's
 * receipts and request journals) so that each exists whole or not at all, and stays so after a crash. A write goes to
 * a temporary file beside the real one, {@code .<name>.<uuid>.tmp}, which is forced to disk and then moved over it in
 * one step; the move is forced to disk too. A reader sees the old file or the new one, never half of one; a process
 * killed while writing leaves at most the temporary file, which nothing mistakes for the real one.
 *
 * <p>Internal: not API; may change in any release.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes a file whole or not at all, replacing what is there.
     *
     * @param file the file to write; its folder is created if need be
     * @param bytes its whole content
     * @throws IOException when the file cannot be written: what was there stays as it was, and no temporary file
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // a stream rather than a channel: an interrupted thread would close a channel before the write is forced
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(bytes);
                out.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(target.getParent());
    }

    /**
     * Moves a file in one step where the file system can; where it cannot (another file system), copies and deletes.
     * Fails, where the move is not one step, if something is at {@code to} already.
     *
     * @param from the file
     * @param to where it goes
     * @throws IOException when it cannot be moved
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a file, if it is there, and forces its folder to disk so that it stays deleted after a crash.
     *
     * @param file the file
     * @throws IOException when it cannot be deleted
     */
    public static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            syncFolder(file.toAbsolutePath().getParent());
        }
    }

    /** Forces the names in a folder to disk, so that a move or a deletion in it survives a crash. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder: a move there is as durable as the file system makes it
        }
    }
}
