package io.github.gluelabels.core.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under a download folder, for comparing the folder before and after: each file's bytes (as text, the tests'
 * files are small), each link's target, each folder. Only the lock file of glue-labels' bookkeeping folder is left out:
 * it stays for good, empty, so that two downloads into one folder cannot run at once.
 */
public final class FolderState {

    public static final String BOOKKEEPING = ".glue-labels";

    private FolderState() {}

    /** @return relative path → {@code file:<content>}, {@code link:<target>} or {@code folder} */
    public static Map<String, String> of(Path folder) {
        Map<String, String> state = new TreeMap<>();
        if (!Files.exists(folder)) {
            return state;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> !p.equals(folder)).toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.equals(BOOKKEEPING + "/lock")) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    state.put(relative, "link:" + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    state.put(relative, "folder");
                } else {
                    state.put(relative, "file:" + Files.readString(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    /**
     * @return every path under the bookkeeping folder but the lock and the list of downloaded files: what a download
     *     that is not under way must not leave (staged files, files moved aside, a journal)
     */
    public static List<String> temporaries(Path folder) {
        return of(folder).keySet().stream()
                .filter(p -> p.startsWith(BOOKKEEPING + "/"))
                .filter(p -> !p.equals(BOOKKEEPING + "/manifest.json"))
                .toList();
    }
}
