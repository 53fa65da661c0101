package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.OpenHandles;
import io.github.gluelabels.core.export.MoveJournal.Move;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking a download folder ({@link DownloadFolder#open}) on real files: the lock, the leftovers of earlier downloads it
 * removes, the killed move it puts back, and what it says.
 */
@DisplayName("DownloadFolder: takes a download folder, and brings it back to a consistent state")
class DownloadFolderTest {

    @TempDir
    Path work;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final ExportListener listener = new ExportListener() {
        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    };

    @Test
    @DisplayName("creates the folder, its bookkeeping folder and the lock file, and says nothing")
    void opensAFreshFolder() throws IOException {
        Path root = work.resolve("new/folder");

        DownloadFolder.open(root, listener).close();

        assertThat(root.resolve(".glue-labels/lock")).as("the lock file stays").isRegularFile();
        assertThat(infos).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("refuses a folder another download holds, and keeps no handle on its lock")
    void refusesABusyFolder() throws IOException {
        Path root = work.resolve("folder");
        Path lock = root.resolve(".glue-labels/lock");
        DownloadFolder first = DownloadFolder.open(root, listener);
        try {
            assertThat(OpenHandles.count(lock)).isEqualTo(1);

            assertThatThrownBy(() -> DownloadFolder.open(root, listener))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessage("Another download into " + root + " is under way (it holds the lock " + lock
                            + "). Nothing was downloaded: wait for it to end, or download to another folder.");

            assertThat(OpenHandles.count(lock))
                    .as("the refused download closed its handle")
                    .isEqualTo(1);
        } finally {
            first.close();
        }
        assertThat(OpenHandles.count(lock)).isZero();
        DownloadFolder.open(root, listener).close();
        assertThat(infos).isEmpty();
    }

    @Test
    @DisplayName("removes the staged and set-aside files of a download killed before its move, and nothing else")
    void removesLeftovers() throws IOException {
        Path root = work.resolve("folder");
        write(root.resolve("mine.txt"), "mine");
        write(root.resolve(".glue-labels/staging/run-0/0"), "staged");
        write(root.resolve(".glue-labels/aside/run-0/0"), "set aside");

        DownloadFolder.open(root, listener).close();

        assertThat(root.resolve(".glue-labels/staging")).doesNotExist();
        assertThat(root.resolve(".glue-labels/aside")).doesNotExist();

        assertThat(root.resolve("mine.txt")).hasContent("mine");
        assertThat(infos).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("puts back the earlier download a killed move set aside, and says so")
    void undoesAKilledMove() throws IOException {
        Path root = work.resolve("folder");
        Path bookkeeping = root.resolve(".glue-labels");
        Files.createDirectories(bookkeeping);
        new Manifest("run-1", List.of(path("a.csv"))).write(bookkeeping, "s3://bucket/first");
        write(bookkeeping.resolve("aside/run-2/0"), "earlier a");
        write(bookkeeping.resolve("staging/run-2/0"), "new b");
        new MoveJournal(
                        "run-2",
                        List.of(new Move(path("a.csv"), "0")),
                        List.of(new Move(path("b.csv"), "0")),
                        List.of())
                .write(bookkeeping);

        DownloadFolder.open(root, listener).close();

        assertThat(infos)
                .containsExactly("Put the earlier download in " + root + " back as it was: the last download into "
                        + "the folder was stopped while it moved its files into place (1 new, 1 earlier), and kept "
                        + "nothing of it.");

        assertThat(root.resolve("a.csv")).hasContent("earlier a");
        assertThat(root.resolve("b.csv")).doesNotExist();
        assertThat(bookkeeping.resolve("journal.json")).doesNotExist();
        assertThat(bookkeeping.resolve("staging")).doesNotExist();
        assertThat(bookkeeping.resolve("aside")).doesNotExist();
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("refuses a folder whose killed move it cannot understand, touches nothing, and lets go of the lock")
    void refusesAJournalItCannotRead() throws IOException {
        Path root = work.resolve("folder");
        Path bookkeeping = root.resolve(".glue-labels");
        write(bookkeeping.resolve("journal.json"), "{}");
        write(bookkeeping.resolve("aside/run-2/0"), "earlier a");

        assertThatThrownBy(() -> DownloadFolder.open(root, listener))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Cannot finish or undo the move of the last download into " + root + ", which was "
                        + "stopped half-way (cannot read " + bookkeeping.resolve("journal.json")
                        + ": no text \"run\"). "
                        + "Nothing of this download was written. Look at the folder: the earlier download's files "
                        + "that were set aside are in " + bookkeeping.resolve("aside") + "; deleting " + bookkeeping
                        + " starts afresh.");

        assertThat(bookkeeping.resolve("aside/run-2/0")).hasContent("earlier a");
        assertThat(OpenHandles.count(bookkeeping.resolve("lock"))).isZero();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text).orElseThrow();
    }
}
