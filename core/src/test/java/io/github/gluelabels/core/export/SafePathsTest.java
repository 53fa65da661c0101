package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gluelabels.core.export.SafePaths.Kind;
import io.github.gluelabels.core.export.SafePaths.NotAFolderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths inside a download folder are looked at and changed without following a link: a link placed in the folder must
 * not send a write or a delete elsewhere.
 */
@DisplayName("SafePaths: inside the download folder, links are never followed")
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links, devices and name limits of POSIX systems")
class SafePathsTest {

    @TempDir
    Path dir;

    private Path root;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectory(dir.resolve("download"));
        outside = Files.createDirectory(dir.resolve("outside"));
    }

    private static RelativePath path(String... names) {
        return new RelativePath(List.of(names));
    }

    @Nested
    @DisplayName("what is at a path")
    class Kinds {

        @Test
        @DisplayName("nothing, a file, a folder, a link (to a folder, or to nothing)")
        void kinds() throws IOException {
            Path file = Files.writeString(root.resolve("a.csv"), "x");
            Path link = Files.createSymbolicLink(root.resolve("link"), outside);
            Path dangling = Files.createSymbolicLink(root.resolve("dangling"), dir.resolve("gone"));

            assertThat(SafePaths.kind(root.resolve("none"))).isEqualTo(Kind.NOTHING);
            assertThat(SafePaths.kind(file)).isEqualTo(Kind.FILE);
            assertThat(SafePaths.kind(root)).isEqualTo(Kind.FOLDER);
            assertThat(SafePaths.kind(link)).isEqualTo(Kind.LINK);
            assertThat(SafePaths.kind(dangling)).isEqualTo(Kind.LINK);
        }

        @Test
        @DisplayName("something else: a device is no file")
        void device() {
            Path device = Path.of("/dev/null");
            assumeTrue(Files.exists(device), "needs /dev/null");

            assertThat(SafePaths.kind(device)).isEqualTo(Kind.OTHER);
        }

        @Test
        @DisplayName("something else: a path that cannot be looked at (under a file) is neither nothing nor a file")
        void cannotBeLookedAt() throws IOException {
            Path file = Files.writeString(root.resolve("a.csv"), "x");

            assertThat(SafePaths.kind(file.resolve("b.csv"))).isEqualTo(Kind.OTHER);
        }

        @Test
        @DisplayName("look checks every folder on the way")
        void look() throws IOException {
            Files.createDirectories(root.resolve("run-1"));
            Files.writeString(root.resolve("run-1").resolve("a.csv"), "x");
            Files.writeString(root.resolve("file"), "x");
            Files.createSymbolicLink(root.resolve("link"), outside);
            Files.writeString(outside.resolve("a.csv"), "x");

            assertThat(SafePaths.look(root, path("run-1", "a.csv"))).isEqualTo(Kind.FILE);
            assertThat(SafePaths.look(root, path("run-1"))).isEqualTo(Kind.FOLDER);
            assertThat(SafePaths.look(root, path("link"))).isEqualTo(Kind.LINK);
            assertThat(SafePaths.look(root, path("none", "a.csv"))).isEqualTo(Kind.NOTHING);
            assertThatThrownBy(() -> SafePaths.look(root, path("link", "a.csv")))
                    .isInstanceOf(NotAFolderException.class)
                    .hasMessage(root.resolve("link") + " is a symbolic link");
            assertThatThrownBy(() -> SafePaths.look(root, path("file", "a.csv")))
                    .isInstanceOf(NotAFolderException.class)
                    .hasMessage(root.resolve("file") + " is not a folder");
        }
    }

    @Nested
    @DisplayName("creating folders")
    class CreatingFolders {

        @Test
        @DisplayName("creates every missing step, and goes through the folders there")
        void creates() throws IOException {
            Files.createDirectory(root.resolve("a"));

            SafePaths.createFolders(root, path("a", "b", "c"));
            SafePaths.createFolders(root, path("a", "b", "c"));

            assertThat(root.resolve("a").resolve("b").resolve("c")).isDirectory();
        }

        @Test
        @DisplayName("refuses a link on the way, creating nothing where it points")
        void linkOnTheWay() throws IOException {
            Files.createSymbolicLink(root.resolve("a"), outside);

            NotAFolderException e = catchNotAFolder(() -> SafePaths.createFolders(root, path("a", "b")));

            assertThat(e).hasMessage(root.resolve("a") + " is a symbolic link");
            assertThat(e.path()).isEqualTo(root.resolve("a"));
            assertThat(e.kind()).isEqualTo(Kind.LINK);
            assertThat(outside).isEmptyDirectory();
        }

        @Test
        @DisplayName("refuses a file where the folder goes")
        void fileThere() throws IOException {
            Files.createDirectory(root.resolve("a"));
            Files.writeString(root.resolve("a").resolve("b"), "x");

            NotAFolderException e = catchNotAFolder(() -> SafePaths.createFolders(root, path("a", "b")));

            assertThat(e).hasMessage(root.resolve("a").resolve("b") + " is not a folder");
            assertThat(e.kind()).isEqualTo(Kind.FILE);
            assertThat(root.resolve("a").resolve("b")).isRegularFile().hasContent("x");
        }

        @Test
        @DisplayName("refuses a step it cannot look at (a name too long), before trying to create it")
        void cannotLook() {
            String tooLong = "x".repeat(300);

            NotAFolderException e = catchNotAFolder(() -> SafePaths.createFolders(root, path("a", tooLong)));

            assertThat(e.path()).isEqualTo(root.resolve("a").resolve(tooLong));
            assertThat(e.kind()).isEqualTo(Kind.OTHER);
            assertThat(e).hasMessage(root.resolve("a").resolve(tooLong) + " is not a folder");
        }

        private NotAFolderException catchNotAFolder(Action action) {
            try {
                action.run();
            } catch (NotAFolderException e) {
                return e;
            } catch (IOException e) {
                throw new AssertionError("expected a NotAFolderException", e);
            }
            throw new AssertionError("expected a NotAFolderException, nothing was thrown");
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws IOException;
    }

    @Nested
    @DisplayName("deleting a folder if empty")
    class DeletingIfEmpty {

        @Test
        @DisplayName("deletes an empty folder")
        void empty() throws IOException {
            Path folder = Files.createDirectory(root.resolve("a"));

            SafePaths.deleteIfEmptyFolder(folder);

            assertThat(folder).doesNotExist();
        }

        @Test
        @DisplayName("keeps a folder with something in it")
        void notEmpty() throws IOException {
            Path folder = Files.createDirectory(root.resolve("a"));
            Files.writeString(folder.resolve("b.csv"), "x");

            SafePaths.deleteIfEmptyFolder(folder);

            assertThat(folder.resolve("b.csv")).hasContent("x");
        }

        @Test
        @DisplayName("keeps a link to an empty folder, and the folder")
        void linkToAnEmptyFolder() throws IOException {
            Path link = Files.createSymbolicLink(root.resolve("link"), outside);

            SafePaths.deleteIfEmptyFolder(link);

            assertThat(SafePaths.kind(link)).isEqualTo(Kind.LINK);
            assertThat(outside).isEmptyDirectory();
        }

        @Test
        @DisplayName("keeps a file, and nothing there is fine")
        void fileOrNothing() throws IOException {
            Path file = Files.writeString(root.resolve("a.csv"), "x");

            SafePaths.deleteIfEmptyFolder(file);
            SafePaths.deleteIfEmptyFolder(root.resolve("none"));

            assertThat(file).hasContent("x");
            assertThat(root.resolve("none")).doesNotExist();
        }
    }
}
