package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LabelSource: which files a side of a diff is")
class LabelSourceTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, UTF_8);
    }

    private DownloadResult download(List<DownloadedFile> files) {
        return new DownloadResult(new S3Uri("bucket", "out/"), dir, files, 100, 0, null, Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("a download's files: all but empty ones and names starting with . or _, the folder's others not")
    void downloadedFiles() throws IOException {
        Path part = file("part-0.csv", "x");
        Path other = file("part-1.txt", "x");
        file("not-downloaded.csv", "x");
        LabelSource side = LabelSource.of(download(List.of(
                new DownloadedFile("out/part-0.csv", part, 1),
                new DownloadedFile("out/empty.csv", dir.resolve("empty.csv"), 0),
                new DownloadedFile("out/_SUCCESS", dir.resolve("_SUCCESS"), 3),
                new DownloadedFile("out/.meta", dir.resolve(".meta"), 3),
                new DownloadedFile("out/part-1.txt", other, 1))));

        assertThat(side.files()).containsExactly(part, other);
        assertThat(side.name()).isEqualTo(dir.toString());
        assertThat(side).hasToString(dir.toString());
    }

    @Test
    @DisplayName("a download's file without a name (a root) is not taken for a hidden one")
    void namelessFile() throws IOException {
        Path root = dir.getRoot();

        assertThat(LabelSource.of(download(List.of(new DownloadedFile("out/", root, 1))))
                        .files())
                .containsExactly(root);
    }

    @Test
    @DisplayName("a download of nothing but empty and hidden files is refused, word for word")
    void downloadOfNothing() {
        LabelSource side = LabelSource.of(download(List.of(
                new DownloadedFile("out/empty.csv", dir.resolve("empty.csv"), 0),
                new DownloadedFile("out/_SUCCESS", dir.resolve("_SUCCESS"), 3))));

        assertThatThrownBy(side::files)
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(dir + " the download holds no labeling file (only empty files, or names starting with . or"
                        + " _)");
    }

    @Test
    @DisplayName("an export's download is the side")
    void export() throws IOException {
        Path part = file("part-0.csv", "x");
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        ExportResult export = new ExportResult(
                ExportRequest.of("tfm-1", "s3://bucket/out/"),
                "run-1",
                new TaskRunState("tfm-1", "run-1", "SUCCEEDED", null, at, at.plusSeconds(60), 60),
                at,
                Duration.ZERO,
                Duration.ZERO,
                download(List.of(new DownloadedFile("out/part-0.csv", part, 1))));

        LabelSource side = LabelSource.of(export);

        assertThat(side.name()).isEqualTo(dir.toString());
        assertThat(side.files()).containsExactly(part);
    }

    @Test
    @DisplayName("a folder: its non-empty .csv files, in path order; names starting with . or _ and folders left out")
    void folder() throws IOException {
        Path b = file("side/b.csv", "x");
        Path a = file("side/a.CSV", "x");
        Path inFolderNamedCsv = file("side/sub.csv/c.csv", "x");
        file("side/_part.csv", "x");
        file("side/.hidden.csv", "x");
        file("side/_sub/d.csv", "x");
        file("side/.sub/e.csv", "x");
        file("side/empty.csv", "");
        file("side/notes.txt", "x");

        assertThat(LabelSource.of(dir.resolve("side")).files()).containsExactly(a, b, inFolderNamedCsv);
    }
}
