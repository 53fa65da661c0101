package io.github.gluelabels.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AtomicFiles writes, moves and deletes files whole or not at all")
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a write creates the file's folder and leaves nothing but the file")
    void writeCreatesFolder() throws IOException {
        Path file = folder.resolve("a/b/receipt.json");

        AtomicFiles.write(file, bytes("{}"));

        assertThat(file).hasContent("{}");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    @DisplayName("a write replaces what the file held, whole")
    void writeReplaces() throws IOException {
        Path file = folder.resolve("manifest.json");
        Files.writeString(file, "an older and much longer content");

        AtomicFiles.write(file, bytes("new"));

        assertThat(file).hasContent("new");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    @DisplayName("a write that fails leaves the old file as it was, and no temporary file")
    void failedWrite() throws IOException {
        Path journal = folder.resolve("fake-journal.txt");
        Files.createDirectories(journal);
        Files.writeString(journal.resolve("keep.txt"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(journal, bytes("new"))).isInstanceOf(IOException.class);

        assertThat(journal.resolve("keep.txt")).hasContent("old");
        assertThat(filesIn(folder)).containsExactly(journal.resolve("keep.txt"));
    }

    @Test
    @DisplayName("a move takes the file to its new name and leaves nothing at the old one")
    void move() throws IOException {
        Path from = folder.resolve("staged");
        Path to = folder.resolve("labels.csv");
        Files.writeString(from, "labeling_set_id,label\n");

        AtomicFiles.move(from, to);

        assertThat(to).hasContent("labeling_set_id,label\n");
        assertThat(filesIn(folder)).containsExactly(to);
    }

    @Test
    @DisplayName("a delete removes the file, and does nothing when there is none")
    void delete() throws IOException {
        Path file = folder.resolve("journal.json");
        Files.writeString(file, "{}");

        AtomicFiles.delete(file);
        AtomicFiles.delete(file);

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    @DisplayName("a delete takes a file named relative to the working folder, which has no parent folder in its name")
    void deleteARelativeName() throws IOException {
        Path file = Path.of(".atomic-files-test-" + UUID.randomUUID() + ".tmp");
        assertThat(file.getParent()).isNull();
        try {
            Files.writeString(file, "{}");

            AtomicFiles.delete(file);

            assertThat(file).doesNotExist();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
