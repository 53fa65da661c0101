package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is in the way of a download is refused before anything is downloaded, with the key, the path and what to do;
 * what the earlier download wrote (its list, {@link Manifest}) is no obstacle.
 */
@DisplayName("Obstacles: a link, or a file glue-labels did not write, in the way of a download")
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links and sockets of POSIX systems")
class ObstaclesTest {

    private static final S3Uri SOURCE = S3Uri.parse("OutputS3Path", "s3://bucket/labels/");
    private static final String NOTHING = ". Nothing was downloaded. ";

    @TempDir
    Path dir;

    private Path root;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectory(dir.resolve("download"));
        outside = Files.createDirectory(dir.resolve("outside"));
    }

    private static RelativePath path(String text) {
        return RelativePath.parse(text).orElseThrow();
    }

    /** Refuses the keys, each going to the path of its name under {@code labels/}. */
    private void refuse(Manifest earlier, String... names) {
        List<String> keys = Stream.of(names).map(name -> "labels/" + name).toList();
        List<RelativePath> targets = Stream.of(names).map(ObstaclesTest::path).toList();
        new Obstacles(root, earlier).refuse(SOURCE, keys, targets);
    }

    private static String refused(String name) {
        return "Refusing to download s3://bucket/labels/" + name + ": ";
    }

    @Test
    @DisplayName("nothing there, folders to make, a folder there: no obstacle")
    void freeWay() throws IOException {
        Files.createDirectories(root.resolve("set-1"));

        assertThatCode(() -> refuse(Manifest.NONE, "a.csv", "set-1/b.csv", "set-2/deeper/c.csv"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a file glue-labels did not write is refused, named with its key, though an earlier target was free")
    void aFileNotWritten() throws IOException {
        Files.writeString(root.resolve("b.csv"), "mine");

        assertThatThrownBy(() -> refuse(Manifest.NONE, "a.csv", "b.csv"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(refused("b.csv") + root.resolve("b.csv") + " is there and glue-labels did not write it (it "
                        + "is not in the list of the last download), and glue-labels never replaces what it did not "
                        + "write" + NOTHING + "Move it away, or download to another folder.");
        assertThat(root.resolve("b.csv")).hasContent("mine");
    }

    @Test
    @DisplayName("a file the earlier download wrote is no obstacle; one beside it that it did not write is")
    void aFileWrittenBefore() throws IOException {
        Files.writeString(root.resolve("a.csv"), "earlier");
        Manifest earlier = new Manifest("run-1", List.of(path("a.csv")));

        assertThatCode(() -> refuse(earlier, "a.csv")).doesNotThrowAnyException();

        Files.writeString(root.resolve("b.csv"), "mine");
        assertThatThrownBy(() -> refuse(earlier, "a.csv", "b.csv"))
                .hasMessageStartingWith(refused("b.csv") + root.resolve("b.csv") + " is there and glue-labels did not");
    }

    @Test
    @DisplayName("a target that is a symbolic link is refused, even to a file the earlier download wrote")
    void aLinkAtTheTarget() throws IOException {
        Files.writeString(outside.resolve("a.csv"), "elsewhere");
        Files.createSymbolicLink(root.resolve("a.csv"), outside.resolve("a.csv"));
        Manifest earlier = new Manifest("run-1", List.of(path("a.csv")));

        assertThatThrownBy(() -> refuse(earlier, "a.csv"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(refused("a.csv") + root.resolve("a.csv") + " is a symbolic link, and glue-labels never "
                        + "follows or replaces a link inside the download folder" + NOTHING
                        + "Remove the link, or download to another folder.");
        assertThat(outside.resolve("a.csv")).hasContent("elsewhere");
    }

    @Test
    @DisplayName(
            "a target that is neither file, folder nor link (a socket) is refused as a thing glue-labels did not write")
    void somethingElseAtTheTarget() throws IOException {
        Path socket = root.resolve("a.csv");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThat(SafePaths.kind(socket)).isEqualTo(SafePaths.Kind.OTHER);
            Manifest earlier = new Manifest("run-1", List.of(path("a.csv")));

            assertThatThrownBy(() -> refuse(earlier, "a.csv"))
                    .hasMessageStartingWith(refused("a.csv") + socket + " is there and glue-labels did not write it");
        }
    }

    @Test
    @DisplayName("a file where a folder is needed, not written by glue-labels, is refused by its own path")
    void aFileOnTheWay() throws IOException {
        Files.writeString(root.resolve("set-1"), "mine");

        assertThatThrownBy(() -> refuse(Manifest.NONE, "a.csv", "set-1/deeper/b.csv"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(refused("set-1/deeper/b.csv") + root.resolve("set-1")
                        + " is in the way of the folder it needs, and glue-labels did not write it" + NOTHING
                        + "Move it away, or download to another folder.");
        assertThat(root.resolve("set-1")).hasContent("mine");
    }

    @Test
    @DisplayName("a file where a folder is needed that the earlier download wrote goes aside: no obstacle")
    void anEarlierFileOnTheWay() throws IOException {
        Files.writeString(root.resolve("set-1"), "earlier");
        Manifest earlier = new Manifest("run-1", List.of(path("set-1")));

        assertThatCode(() -> refuse(earlier, "set-1/b.csv")).doesNotThrowAnyException();

        Files.writeString(root.resolve("set-2"), "mine");
        assertThatThrownBy(() -> refuse(earlier, "set-1/b.csv", "set-2/c.csv"))
                .hasMessageStartingWith(refused("set-2/c.csv") + root.resolve("set-2") + " is in the way");
    }

    @Test
    @DisplayName("a link where a folder is needed is refused, even one the earlier download's list names")
    void aLinkOnTheWay() throws IOException {
        Files.createSymbolicLink(root.resolve("set-1"), outside);
        Manifest earlier = new Manifest("run-1", List.of(path("set-1")));

        assertThatThrownBy(() -> refuse(earlier, "set-1/b.csv"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(refused("set-1/b.csv") + root.resolve("set-1")
                        + " is a symbolic link, and glue-labels never follows a link inside the download folder"
                        + NOTHING + "Remove the link, or download to another folder.");
        assertThat(outside).isEmptyDirectory();
    }
}
