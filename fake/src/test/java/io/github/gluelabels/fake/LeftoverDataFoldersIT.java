package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake killed with SIGKILL leaves its data folder in the temporary folder; the next fake started deletes it, and
 * leaves the folder of a fake that still runs, and everything that is not a fake's data folder. Each process is given
 * a temporary folder of the test's own, so that nothing else in {@code /tmp} matters.
 */
@DisplayName("The data folder of a fake killed with SIGKILL is deleted by the next fake started")
@Timeout(120)
class LeftoverDataFoldersIT {

    @TempDir
    Path temporary;

    Set<Path> dataFolders() throws IOException {
        try (Stream<Path> entries = Files.list(temporary)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(DataFolders.PREFIX))
                    .collect(Collectors.toSet());
        }
    }

    StandaloneProcess start() {
        return StandaloneProcess.start(List.of("-Djava.io.tmpdir=" + temporary), "--bucket", "bucket");
    }

    @Test
    @DisplayName("killed: its folder stays until the next start, which deletes it and nothing else")
    void killedFakesFolderGoesAtTheNextStart() throws Exception {
        Path notOurs = Files.createDirectories(temporary.resolve(DataFolders.PREFIX + "not-a-data-folder"));
        Files.writeString(notOurs.resolve("keep.txt"), "keep");
        try (StandaloneProcess running = start()) {
            Set<Path> runningFolders = dataFolders();
            runningFolders.remove(notOurs);
            assertThat(runningFolders).hasSize(1);

            StandaloneProcess killed = start();
            Set<Path> killedFolders = dataFolders();
            killedFolders.removeAll(runningFolders);
            killedFolders.remove(notOurs);
            assertThat(killedFolders).hasSize(1);
            Path killedFolder = killedFolders.iterator().next();
            killed.kill();
            killed.close();
            assertThat(killedFolder).as("the killed fake's folder, left behind").isDirectory();

            try (StandaloneProcess next = start()) {
                assertThat(killedFolder)
                        .as("the killed fake's folder, at the next start")
                        .doesNotExist();
                assertThat(runningFolders.iterator().next())
                        .as("the running fake's folder")
                        .isDirectory();
                assertThat(notOurs.resolve("keep.txt")).hasContent("keep");
                assertThat(running.isAlive() && next.isAlive()).isTrue();
                assertThat(LoopbackOnlyTest.get(
                                java.net.InetAddress.getLoopbackAddress(),
                                running.endpoint().getPort()))
                        .startsWith("HTTP/1.1 200 ")
                        .contains("<Name>bucket</Name>");
            }
        }
        assertThat(dataFolders())
                .as("after both stopped: only what was not a fake's")
                .containsExactly(notOurs);
    }
}
