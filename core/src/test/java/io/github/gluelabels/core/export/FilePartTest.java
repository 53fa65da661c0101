package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.OpenHandles;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("FilePart: one part of a file, opened anew for each read, no handle left open")
class FilePartTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a stream reads the part's bytes, from its offset, and no more")
    void readsThePart() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), "0123456789");

        try (InputStream in = new FilePart(file, 3, 4).newStream()) {
            assertThat(text(in)).isEqualTo("3456");
        }
    }

    @Test
    @DisplayName("a new stream closes the one before, and reads the part again from its start")
    void aNewStreamClosesTheOneBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), "0123456789");
        FilePart part = new FilePart(file, 2, 3);
        InputStream first = part.newStream();
        assertThat(first.read()).isEqualTo('2');

        InputStream second = part.newStream();

        assertThatThrownBy(first::read).isInstanceOf(IOException.class);
        assertThat(OpenHandles.count(file)).isEqualTo(1);
        assertThat(text(second)).isEqualTo("234");
        second.close();
        assertThat(OpenHandles.count(file)).isZero();
    }

    @Test
    @DisplayName("a file that is gone fails with its name")
    void aMissingFile() {
        Path file = dir.resolve("gone.csv");

        assertThatThrownBy(() -> new FilePart(file, 0, 1).newStream())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("could not read " + file + ": " + file)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    @DisplayName("a part beyond the end of its file fails, and leaves no handle open")
    void aPartBeyondTheEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), "0123456789");

        assertThatThrownBy(() -> new FilePart(file, 11, 1).newStream())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("could not read " + file + ": it has fewer than 11 bytes")
                .hasCauseInstanceOf(EOFException.class);
        assertThat(OpenHandles.count(file)).isZero();
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
