package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("LabelingFile.count: the fast path agrees with the careful reader")
class LabelingFileCountTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"people.csv", "crlf.csv", "bom.csv", "no-final-newline.csv", "header-only.csv"})
    void countsWellFormedFilesAsTheReaderDoes(String name) throws IOException, URISyntaxException {
        Path file = Path.of(
                LabelingFileCountTest.class.getResource("/labels/" + name).toURI());
        LabelSummary careful;
        try (InputStream in = Files.newInputStream(file);
                LabelingFileReader reader = LabelingFileReader.open(in, name)) {
            careful = new LabelSummaryBuilder().addAll(reader).build();
        }
        assertThat(LabelingFile.count(file, name).build()).isEqualTo(careful);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "id,label,name\ns,A,x\n",
                "labeling_set_id,label,name\ns,A\n",
                "labeling_set_id,label,name\ns,A,x,y\n",
                "labeling_set_id,label,name\n,A,x\n",
                "labeling_set_id,label,name\ns,,x\n",
                "labeling_set_id,label,name\ns,A,\"never closed\n",
                "labeling_set_id,label,name\ns,A,\"x\"y\n",
                "labeling_set_id,label,name\ns,A,x\n\n"
            })
    void failsOnMalformedFilesWithTheReadersMessage(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), text, StandardCharsets.UTF_8);
        LabelingFileException expected = careful(file);

        assertThatThrownBy(() -> LabelingFile.count(file, "bad.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(expected.getMessage());
    }

    @org.junit.jupiter.api.Test
    void failsOnInvalidUtf8WithTheReadersMessage() throws IOException {
        Path file = Files.write(
                dir.resolve("latin1.csv"),
                "labeling_set_id,label,name\ns,A,Zo\u00EB\n".getBytes(StandardCharsets.ISO_8859_1));
        LabelingFileException expected = careful(file);

        assertThatThrownBy(() -> LabelingFile.count(file, "bad.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(expected.getMessage())
                .hasMessageContaining("line 2");
    }

    private static LabelingFileException careful(Path file) {
        try (InputStream in = Files.newInputStream(file);
                LabelingFileReader reader = LabelingFileReader.open(in, "bad.csv")) {
            new LabelSummaryBuilder().addAll(reader);
        } catch (LabelingFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the careful reader accepted " + file);
    }
}
