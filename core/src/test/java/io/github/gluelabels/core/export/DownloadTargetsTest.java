package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Where the keys of a download go")
class DownloadTargetsTest {

    static final S3Uri OUT = S3Uri.parse("OutputS3Path", "s3://bkt/out/");

    static List<String> plan(String... relativeKeys) {
        return DownloadTargets.plan(
                        OUT, List.of(relativeKeys).stream().map(k -> "out/" + k).toList())
                .stream()
                .map(RelativePath::toString)
                .toList();
    }

    @Test
    @DisplayName("keys land under the folder, empty and '.' steps dropped, in key order")
    void places() {
        assertThat(plan("a.csv", "run-1//b.csv", "run-1/./c.csv", "x\ny.csv"))
                .containsExactly("a.csv", "run-1/b.csv", "run-1/c.csv", "x\ny.csv");
    }

    @ParameterizedTest(name = "{0} and {1} clash on macOS and Windows")
    @CsvSource({
        "A.csv, a.csv",
        "caf\u00e9.csv, cafe\u0301.csv",
        "Run/a.csv, run/b.csv",
        "\u212a.csv, k.csv",
        "\u00c9/x, e\u0301/y"
    })
    void foldedClash(String first, String second) {
        assertThatThrownBy(() -> plan(first, second))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bkt/out/" + first)
                .hasMessageContaining("s3://bkt/out/" + second)
                .hasMessageContaining("differ only in case or Unicode normalization");
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"stra\u00dfe.csv, strasse.csv", "a.csv, a.csv.bak", "a/b.csv, ab.csv", "x1, x2"})
    void noClash(String first, String second) {
        assertThat(plan(first, second)).hasSize(2);
    }

    @Test
    @DisplayName("a key that is a file and a folder at once is refused, naming both")
    void fileAndFolder() {
        assertThatThrownBy(() -> plan("a", "a/b"))
                .hasMessageContaining("s3://bkt/out/a and s3://bkt/out/a/b")
                .hasMessageContaining("would have to be a file and a folder at once");
        assertThatThrownBy(() -> plan("a/b", "A")).hasMessageContaining("differ only in case");
    }

    @ParameterizedTest(name = "{0} is reserved")
    @CsvSource({
        ".glue-labels-files",
        ".glue-labels/manifest.json",
        ".GLUE-LABELS/journal.json",
        ".glue-labels",
        ".glue-labelsX/y"
    })
    void reserved(String key) {
        assertThatThrownBy(() -> plan("part.csv", key)).hasMessageContaining("reserved for glue-labels' own files");
    }

    @Test
    @DisplayName("a reserved name below the first folder is an ordinary name")
    void reservedOnlyAtTheTop() {
        assertThat(plan("run/.glue-labels-files")).containsExactly("run/.glue-labels-files");
    }

    @Test
    @DisplayName("a key with a line break is shown escaped in a message, so that it cannot forge a log line")
    void escapedInMessages() {
        assertThatThrownBy(() -> plan("x\n[INFO] BUILD SUCCESS/../y"))
                .hasMessageContaining(
                        "Refusing to download s3://bkt/\"out/x\\n[INFO] BUILD SUCCESS/../y\": its key would be written outside");
    }

    @ParameterizedTest(name = "{0} and {1} would be written to the same {2}")
    @CsvSource({"A/x, a/y, folder", "A, a, file", "A, a/x, file", "A/x, a, file"})
    void foldedClashNamesWhatTheyShare(String first, String second, String what) {
        assertThatThrownBy(() -> plan(first, second))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("so on macOS and Windows they would be written to the same " + what
                        + " and one would replace or mix with the other. Nothing was downloaded.");
    }

    @Test
    @DisplayName("a folder that a later key, written with a dot, needs as a file")
    void folderThenFile() {
        assertThatThrownBy(() -> plan("a/!x", "a/."))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Refusing to download s3://bkt/out/a/!x and s3://bkt/out/a/.: a would have to be a file "
                        + "and a folder at once. Nothing was downloaded. Look at what wrote these objects under "
                        + "s3://bkt/out/.");
    }

    @Test
    @DisplayName("two keys written to the same file, one of them with an empty step")
    void sameFile() {
        assertThatThrownBy(() -> plan("a//b", "a/b"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Refusing to download s3://bkt/out/a//b and s3://bkt/out/a/b: both keys would be written "
                        + "to the same file a/b of the download folder, and one would silently replace the other. "
                        + "Nothing was downloaded. Look at what wrote these objects under s3://bkt/out/.");
    }

    @Test
    @DisplayName("a key that is only the folder has no file name")
    void noFileName() {
        assertThatThrownBy(() -> plan("./"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Refusing to download s3://bkt/out/./: its key has no file name. Nothing was downloaded. "
                        + "Look at what wrote these objects under s3://bkt/out/.");
    }

    @Test
    @DisplayName("a plain key is shown as it is; one with a line or paragraph separator, quoted")
    void locations() {
        assertThat(DownloadTargets.location(OUT, "out/a b.csv")).isEqualTo("s3://bkt/out/a b.csv");
        assertThat(DownloadTargets.location(OUT, "out/a\u2029b.csv")).isEqualTo("s3://bkt/\"out/a\u2029b.csv\"");
        assertThat(DownloadTargets.location(OUT, "out/a\u2028b.csv")).isEqualTo("s3://bkt/\"out/a\u2028b.csv\"");
    }
}
