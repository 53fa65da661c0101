package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Manifest: the list of the files the last download wrote, read back with care")
class ManifestTest {

    @TempDir
    Path bookkeeping;

    private final List<String> warnings = new ArrayList<>();

    @Test
    @DisplayName("a list written is read back as it was")
    void roundTrip() throws IOException {
        new Manifest("run-1", List.of(path("a.csv"), path("sub/b.csv"))).write(bookkeeping, "s3://bucket/out");

        Manifest read = Manifest.read(bookkeeping, warnings::add);

        assertThat(read.run()).isEqualTo("run-1");
        assertThat(read.files()).containsExactly(path("a.csv"), path("sub/b.csv"));
        assertThat(read.lists(path("sub/b.csv"))).isTrue();
        assertThat(read.lists(path("c.csv"))).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("no list is an empty one, without a word")
    void noList() {
        assertThat(Manifest.read(bookkeeping, warnings::add)).isSameAs(Manifest.NONE);
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("an entry that is not a path inside the folder is left out, with a warning; the others stand")
    void skipsEntriesThatAreNotPaths() throws IOException {
        Path file = Files.writeString(
                bookkeeping.resolve("manifest.json"), "{\"run\":\"run-1\",\"files\":[\"a.csv\",7,\"../x\",\"b.csv\"]}");

        Manifest read = Manifest.read(bookkeeping, warnings::add);

        assertThat(read.run()).isEqualTo("run-1");
        assertThat(read.files()).containsExactly(path("a.csv"), path("b.csv"));
        assertThat(warnings)
                .containsExactly(
                        "The list of downloaded files " + file + " names 7, which is not a path inside the folder: it "
                                + "is ignored, and glue-labels does not touch it.",
                        "The list of downloaded files " + file + " names \"../x\", which is not a path inside the "
                                + "folder: it is ignored, and glue-labels does not touch it.");
    }

    @Test
    @DisplayName("a list without its files is no list, with a warning")
    void noFiles() throws IOException {
        Path file = Files.writeString(bookkeeping.resolve("manifest.json"), "{\"run\":\"run-1\",\"files\":\"a.csv\"}");

        assertThat(Manifest.read(bookkeeping, warnings::add)).isSameAs(Manifest.NONE);
        assertThat(warnings)
                .containsExactly("Cannot read the list of downloaded files " + file + " (it has no list \"files\"): "
                        + "the files of the earlier download are not removed, and glue-labels treats them as files it "
                        + "did not write.");
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text).orElseThrow();
    }
}
