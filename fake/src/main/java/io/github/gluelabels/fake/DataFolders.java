package io.github.gluelabels.fake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The data folders the fake makes for itself in the temporary folder, and the leftovers of fakes that were killed.
 *
 * <p>A fake holds a lock on a file in its folder ({@value #LOCK_FILE}) for as long as it runs; the operating system
 * lets go of it when the process ends, however it ends. So a folder named {@code glue-labels-fake-…} that holds that
 * file, and whose lock can be taken, belongs to no running fake: the first fake started in a JVM deletes such folders.
 * Anything else is left alone — a folder without the lock file (another program's, or one being made), a link, a
 * file, the folder of a fake that runs, in this JVM or another.
 */
final class DataFolders {

    /** How the fake's data folders are named in the temporary folder. */
    static final String PREFIX = "glue-labels-fake-";

    /** The file whose lock marks a folder as the data folder of a running fake. */
    static final String LOCK_FILE = ".glue-labels-fake.lock";

    /** The folders of fakes running in this JVM: never opened by the cleaning, for closing a channel on a locked file
     *  can release the JVM's lock on it (see {@link FileLock}). */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    private DataFolders() {}

    /** A data folder of a running fake, locked until {@link #delete()}. */
    static final class Owned {
        private final Path folder;
        private final FileChannel channel;

        private Owned(Path folder, FileChannel channel) {
            this.folder = folder;
            this.channel = channel;
        }

        Path folder() {
            return folder;
        }

        /** Deletes the folder (whatever is left in it) and lets go of its lock. */
        void delete() {
            try {
                deleteContents(folder);
                Files.deleteIfExists(folder.resolve(LOCK_FILE));
            } catch (IOException e) {
                // the next fake cleans what is left, once the lock is free
            } finally {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing releases the lock in any case
                }
                HELD_HERE.remove(folder);
            }
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // a leftover for the next fake
            }
        }
    }

    /**
     * Makes a new data folder in the temporary folder and locks it; the first time in this JVM, deletes the leftovers
     * of fakes that no longer run.
     */
    static Owned create() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        if (CLEANED.compareAndSet(false, true)) {
            deleteLeftovers(temporary);
        }
        return create(temporary);
    }

    static Owned create(Path temporary) throws IOException {
        Path folder = Files.createTempDirectory(temporary, PREFIX);
        HELD_HERE.add(folder);
        try {
            // locked under another name, then moved into place: a folder whose lock file exists is always locked while
            // its fake starts
            Path unlocked = folder.resolve(LOCK_FILE + ".new");
            FileChannel channel = FileChannel.open(unlocked, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                channel.lock();
                Files.move(unlocked, folder.resolve(LOCK_FILE), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new Owned(folder, channel);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(folder);
            deleteContents(folder);
            Files.deleteIfExists(folder);
            throw e;
        }
    }

    /**
     * Deletes the data folders of fakes that no longer run.
     *
     * @param temporary the temporary folder
     * @return how many it deleted
     */
    static int deleteLeftovers(Path temporary) {
        int deleted = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temporary, PREFIX + "*")) {
            for (Path folder : candidates) {
                if (isLeftover(folder) && deleteIfFree(folder)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is a courtesy: a fake starts all the same
        }
        return deleted;
    }

    private static boolean isLeftover(Path folder) {
        return !HELD_HERE.contains(folder)
                && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(LOCK_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /** @return whether the folder's lock was free, and the folder deleted */
    private static boolean deleteIfFree(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            deleteContents(folder);
            Files.deleteIfExists(lockFile);
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
        try {
            Files.deleteIfExists(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes everything in the folder but its lock file; links are deleted, never followed. */
    private static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getParent().equals(folder)
                        || !file.getFileName().toString().equals(LOCK_FILE)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (!directory.equals(folder)) {
                    Files.deleteIfExists(directory);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
