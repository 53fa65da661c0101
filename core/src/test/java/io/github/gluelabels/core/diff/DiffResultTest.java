package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DiffResult")
class DiffResultTest {

    static final String HEADER = "labeling_set_id,label,id\n";

    @TempDir
    Path dir;

    DiffResult diff(String from, String to) throws IOException {
        return LabelDiff.builder()
                .build()
                .compare(
                        Files.writeString(dir.resolve("a.csv"), HEADER + from, UTF_8),
                        Files.writeString(dir.resolve("b.csv"), HEADER + to, UTF_8));
    }

    @Test
    @DisplayName("is identical only when no set and no record differs")
    void identical() throws IOException {
        assertThat(diff("s1,A,1\n", "s1,A,1\n").identical()).isTrue();
        assertThat(diff("s1,A,1\n", "s1,B,1\n").identical()).isFalse();
        assertThat(diff("s1,A,1\n", "s1,A,1\ns1,A,2\n").identical()).isFalse();
        assertThat(diff("s1,A,1\n", "").identical()).isFalse();
    }

    @Test
    @DisplayName("has no report when none was asked for")
    void noReport() throws IOException {
        assertThat(diff("s1,A,1\n", "s1,B,1\n").report()).isEmpty();
    }
}
