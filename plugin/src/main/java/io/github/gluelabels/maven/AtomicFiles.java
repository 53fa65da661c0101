package io.github.gluelabels.maven;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then moved over it. A
 * reader (a later goal, a CI step) sees the old file or the new one, never a half-written one; a build killed while
 * writing leaves at most a temporary {@code .<name>.<uuid>.tmp} file, which nothing mistakes for the real one.
 */
final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * @param file the file to write; its folder is created
     * @param bytes its whole content
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
