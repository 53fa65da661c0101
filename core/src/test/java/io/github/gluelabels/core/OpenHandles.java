package io.github.gluelabels.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files this process holds open, as {@code /proc/self/fd} shows them: shows that a handle was closed, or that a
 * temporary file was. Linux only; a test that needs it is skipped elsewhere.
 */
public final class OpenHandles {

    private OpenHandles() {}

    /** @return what each open file descriptor of this process points at (a deleted file ends in " (deleted)") */
    public static List<String> targets() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd");
        List<String> targets = new ArrayList<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile (the descriptor of the listing itself, for one)
                }
            }
        }
        return targets;
    }

    /** @return how many file descriptors of this process are open on the file */
    public static long count(Path file) throws IOException {
        String real = file.toRealPath().toString();
        return targets().stream().filter(real::equals).count();
    }
}
