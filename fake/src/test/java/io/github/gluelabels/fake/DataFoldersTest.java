package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaning of leftover data folders deletes the folders of fakes that no longer run, and nothing else: not the
 * folder of a fake running in this JVM, not a folder without the fake's lock file, not a link, not a file, not what a
 * link inside a leftover points to. (A fake killed in another process: {@code LeftoverDataFoldersIT}.)
 */
@DisplayName("Leftover data folders: the killed fakes' go, nothing else does")
class DataFoldersTest {

    @TempDir
    Path temporary;

    @TempDir
    Path elsewhere;

    Path leftover(String name) throws IOException {
        Path folder = Files.createDirectories(temporary.resolve(name));
        Files.writeString(folder.resolve(DataFolders.LOCK_FILE), "");
        Files.createDirectories(folder.resolve("default/s3/objects"));
        Files.writeString(folder.resolve("default/s3/objects/o1"), "object");
        return folder;
    }

    @Test
    @DisplayName("a folder with a free lock is deleted whole; a link inside it goes, what it points to stays")
    void leftoverIsDeleted() throws IOException {
        Path leftover = leftover(DataFolders.PREFIX + "123");
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(leftover.resolve("link-to-elsewhere"), elsewhere);
        Files.createSymbolicLink(leftover.resolve("default/link-to-file"), precious);

        assertThat(DataFolders.deleteLeftovers(temporary)).isEqualTo(1);

        assertThat(leftover).doesNotExist();
        assertThat(precious).hasContent("keep me");
    }

    @Test
    @DisplayName("the folder of a fake running in this JVM stays, and keeps its lock")
    void runningHereStays() throws IOException {
        DataFolders.Owned running = DataFolders.create(temporary);
        try {
            Files.writeString(running.folder().resolve("object"), "data");

            assertThat(DataFolders.deleteLeftovers(temporary)).isZero();

            assertThat(running.folder().resolve("object")).hasContent("data");
            assertThat(running.folder().resolve(DataFolders.LOCK_FILE)).isRegularFile();
        } finally {
            running.delete();
        }
        assertThat(running.folder()).doesNotExist();
    }

    @Test
    @DisplayName("what is not a fake's data folder stays: no lock file, a lock file that is a link, a link, a file, "
            + "another name")
    void othersStay() throws IOException {
        Path noLock = Files.createDirectories(temporary.resolve(DataFolders.PREFIX + "no-lock"));
        Files.writeString(noLock.resolve("file"), "data");
        Path linkedLock = Files.createDirectories(temporary.resolve(DataFolders.PREFIX + "linked-lock"));
        Files.createSymbolicLink(
                linkedLock.resolve(DataFolders.LOCK_FILE), Files.writeString(elsewhere.resolve("lock"), ""));
        Path target = leftover("../" + elsewhere.getFileName() + "/" + DataFolders.PREFIX + "target");
        Path link = Files.createSymbolicLink(temporary.resolve(DataFolders.PREFIX + "link"), target);
        Path file = Files.writeString(temporary.resolve(DataFolders.PREFIX + "file"), "data");
        Path otherName = leftover("other-program-123");

        assertThat(DataFolders.deleteLeftovers(temporary)).isZero();

        assertThat(noLock.resolve("file")).hasContent("data");
        assertThat(linkedLock.resolve(DataFolders.LOCK_FILE)).exists();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target.resolve("default/s3/objects/o1")).hasContent("object");
        assertThat(file).hasContent("data");
        assertThat(otherName.resolve("default/s3/objects/o1")).hasContent("object");
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
