package io.github.gluelabels.core.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Looks at and changes paths inside a download folder without ever following a symbolic link: each step from the
 * folder down is looked at as it is, so that a link inside the folder (placed there by anyone) cannot send a write or
 * a delete elsewhere. Links above the download folder, which the user chose, are followed as usual.
 */
final class SafePaths {

    /** What is at a path, links not followed. */
    enum Kind {
        NOTHING,
        FILE,
        FOLDER,
        LINK,
        OTHER
    }

    /** A symbolic link, or something else that is not a folder, where a path needs a folder. */
    static final class NotAFolderException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path path;
        private final transient Kind kind;

        NotAFolderException(Path path, Kind kind) {
            super(path + (kind == Kind.LINK ? " is a symbolic link" : " is not a folder"));
            this.path = path;
            this.kind = kind;
        }

        /** @return the step of the path that is not a folder */
        Path path() {
            return path;
        }

        /** @return what is there */
        Kind kind() {
            return kind;
        }
    }

    private SafePaths() {}

    static Kind kind(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Kind.NOTHING;
        } catch (IOException e) {
            return Kind.OTHER;
        }
        return attributes.isSymbolicLink()
                ? Kind.LINK
                : attributes.isDirectory() ? Kind.FOLDER : attributes.isRegularFile() ? Kind.FILE : Kind.OTHER;
    }

    /**
     * What is at a path under the folder, every folder on the way checked.
     *
     * @return what is at the path; {@link Kind#NOTHING} also when a folder on the way does not exist
     * @throws NotAFolderException naming the first step on the way that is a link, a file or something else
     */
    static Kind look(Path root, RelativePath path) throws NotAFolderException {
        Path at = root;
        for (int i = 0; i < path.depth(); i++) {
            at = at.resolve(path.names().get(i));
            Kind kind = kind(at);
            if (i == path.depth() - 1 || kind == Kind.NOTHING) {
                return kind;
            }
            if (kind != Kind.FOLDER) {
                throw new NotAFolderException(at, kind);
            }
        }
        throw new AssertionError("a relative path has at least one name");
    }

    /**
     * Creates the folders of a path under the folder, one step at a time, never through a link.
     *
     * @param folder the folder to create (with the folders it lies in)
     * @throws NotAFolderException naming a step that exists and is not a folder
     */
    static void createFolders(Path root, RelativePath folder) throws IOException {
        Path at = root;
        for (String name : folder.names()) {
            at = at.resolve(name);
            Kind kind = kind(at);
            if (kind == Kind.NOTHING) {
                try {
                    Files.createDirectory(at);
                    continue;
                } catch (FileAlreadyExistsException e) {
                    kind = kind(at); // made meanwhile
                }
            }
            if (kind != Kind.FOLDER) {
                throw new NotAFolderException(at, kind);
            }
        }
    }

    /** Deletes a folder and everything in it; links in it are deleted, never followed. Nothing there is fine. */
    static void deleteTree(Path folder) throws IOException {
        if (kind(folder) == Kind.NOTHING) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder if it is empty (and a folder, not a link); anything else stays. */
    static void deleteIfEmptyFolder(Path folder) {
        if (kind(folder) != Kind.FOLDER) {
            return;
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // not empty after all, or not ours to judge: it stays
        }
    }
}
