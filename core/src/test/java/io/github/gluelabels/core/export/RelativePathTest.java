package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from a bucket's keys are untrusted: every one that could leave the download folder is refused. */
@DisplayName("RelativePath: a file's place inside the download folder, on every operating system")
class RelativePathTest {

    @ParameterizedTest(name = "[{0}] is refused")
    @ValueSource(strings = {"", ".", "..", "/", "/etc", "a/b", "a/", "\\", "\\x", "a\\b", "a\\", "C:", "c:x", "::"})
    void unsafeNames(String name) {
        assertThat(RelativePath.safeName(name)).isFalse();
        assertThatThrownBy(() -> new RelativePath(List.of("folder", name)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a safe relative path: [folder, " + name + "]");
    }

    @Test
    @DisplayName("a NUL anywhere is refused")
    void nul() {
        for (String name : List.of("\0", "\0x", "a\0b", "a\0")) {
            assertThat(RelativePath.safeName(name))
                    .as(name.replace("\0", "<NUL>"))
                    .isFalse();
            assertThatThrownBy(() -> new RelativePath(List.of("folder", name)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(RelativePath.parse("folder/" + name)).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{0}] is a name")
    @ValueSource(strings = {"a", "a.csv", "...", ".a", "a.", "..a", "a..", ":", "ab:", "abc:d", "C", "a b", "é"})
    void safeNames(String name) {
        assertThat(RelativePath.safeName(name)).isTrue();
        assertThat(new RelativePath(List.of(name)).names()).containsExactly(name);
    }

    @Test
    @DisplayName("a path has at least one name")
    void notEmpty() {
        assertThatThrownBy(() -> new RelativePath(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a safe relative path: []");
    }

    @Test
    @DisplayName("parses what it writes")
    void parsesWhatItWrites() {
        RelativePath path = new RelativePath(List.of("run-1", "part-00000.csv"));

        assertThat(path).hasToString("run-1/part-00000.csv");
        assertThat(RelativePath.parse(path.toString())).contains(path);
    }

    @ParameterizedTest(name = "[{0}] is no path")
    @ValueSource(strings = {"", "/", "a/", "/a", "a//b", "a/./b", "a/../b", "..", "C:/x", "a\\b"})
    void parsesNothingUnsafe(String text) {
        assertThat(RelativePath.parse(text)).isEmpty();
    }
}
