package io.github.gluelabels.core.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The file descriptors this process holds open on a file: shows that a handle was closed. Linux only. */
final class OpenHandles {

    private OpenHandles() {}

    /** @return how many file descriptors of this process are open on the file; skips the test where none can tell */
    static long count(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd");
        Path real = file.toRealPath();
        List<Path> targets = new ArrayList<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    targets.add(Files.readSymbolicLink(fd));
                } catch (IOException e) {
                    // the descriptor of the listing itself, closed since
                }
            }
        }
        return targets.stream().filter(real::equals).count();
    }
}
