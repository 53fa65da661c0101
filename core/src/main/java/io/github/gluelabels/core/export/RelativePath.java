package io.github.gluelabels.core.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file's place inside a download folder, as the names of its folders and its own name: never empty, never
 * {@code .} or {@code ..}, never a backslash, a NUL or a drive letter, so that it stays inside the folder on every
 * operating system. Written in glue-labels' own files with {@code /} between the names.
 *
 * @param names the folders' names, then the file's
 */
record RelativePath(List<String> names) {

    RelativePath {
        names = List.copyOf(names);
        if (names.isEmpty() || !names.stream().allMatch(RelativePath::safeName)) {
            throw new IllegalArgumentException("not a safe relative path: " + names);
        }
    }

    /** @return whether a name can be one step of a path inside the folder on every operating system */
    static boolean safeName(String name) {
        return !name.isEmpty()
                && !name.equals(".")
                && !name.equals("..")
                && name.indexOf('/') < 0
                && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0
                && !(name.length() >= 2 && name.charAt(1) == ':');
    }

    /**
     * Reads a path as glue-labels writes it ({@link #toString()}).
     *
     * @return the path, or empty when it is not a safe one (a list edited by hand, or damaged)
     */
    static Optional<RelativePath> parse(String text) {
        List<String> names = List.of(text.split("/", -1));
        return names.stream().allMatch(RelativePath::safeName)
                ? Optional.of(new RelativePath(names))
                : Optional.empty();
    }

    /** @return the first {@code count} names: a folder this path lies in */
    RelativePath first(int count) {
        return new RelativePath(names.subList(0, count));
    }

    int depth() {
        return names.size();
    }

    /** @return where the path lies under a folder */
    Path in(Path root) {
        Path path = root;
        for (String name : names) {
            path = path.resolve(name);
        }
        return path;
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }
}
