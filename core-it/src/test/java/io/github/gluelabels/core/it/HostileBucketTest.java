package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bucket is untrusted input: whatever is under the export's prefix, a download reads, writes and deletes only inside
 * its folder, never deletes a file it did not write, and refuses keys that would land differently on another operating
 * system. Each case is an attack found by hand on the goal, replayed here against the real SDK clients and the fake.
 */
@DisplayName("A hostile bucket")
class HostileBucketTest {

    static final byte[] LABELS = "labeling_set_id,label,name\ns1,A,x\n".getBytes(StandardCharsets.UTF_8);
    static final S3Uri OUT = S3Uri.parse("OutputS3Path", "s3://bucket/out");
    static final S3Uri OTHER = S3Uri.parse("OutputS3Path", "s3://bucket/other");

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @TempDir
    Path work;

    Path folder;
    Path victim;

    @BeforeEach
    void newAccount() throws IOException {
        fake = server.newAccount();
        fake.createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.of(clients, new RecordingListener());
        folder = Files.createDirectories(work.resolve("labels"));
        victim = Files.writeString(folder.resolve("victim.txt"), "the user's own file\n");
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private void put(String key, String body) {
        fake.putObject("bucket", key, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Every regular file and link under a folder, glue-labels' own bookkeeping folder left out. */
    private static List<Path> visibleFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !Files.isDirectory(p) || Files.isSymbolicLink(p))
                    .filter(p -> !folder.relativize(p)
                            .toString()
                            .startsWith(".glue-labels" + folder.getFileSystem().getSeparator()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    @DisplayName("an object named like the list of downloaded files is refused, and the file it lists stays")
    void forgedManifest() throws IOException {
        fake.putObject("bucket", "out/part-00000.csv", LABELS);
        put("out/.glue-labels-files", "victim.txt\n");

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("Refusing to download s3://bucket/out/.glue-labels-files")
                .hasMessageContaining("reserved");

        assertThat(victim).hasContent("the user's own file");
        assertThat(visibleFiles(folder)).containsExactly(victim);
    }

    @Test
    @DisplayName("an object under the bookkeeping folder's name is refused")
    void objectInBookkeepingFolder() {
        fake.putObject("bucket", "out/part-00000.csv", LABELS);
        put("out/.GLUE-LABELS/manifest.json", "{\"files\":[\"victim.txt\"]}");

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("Refusing to download s3://bucket/out/.GLUE-LABELS/manifest.json")
                .hasMessageContaining("reserved");
        assertThat(victim).exists();
    }

    @Test
    @DisplayName("a key with a line break is downloaded, and the next download removes that file, not another")
    void lineBreakInKey() throws IOException {
        fake.putObject("bucket", "out/x\nvictim.txt", LABELS);
        fake.putObject("bucket", "other/part-00000.csv", LABELS);
        DownloadResult first = exporter.download(OUT, folder);
        Path odd = folder.resolve("x\nvictim.txt");
        assertThat(first.files())
                .singleElement()
                .satisfies(f -> assertThat(f.file()).isEqualTo(odd));

        exporter.download(OTHER, folder);

        assertThat(victim).hasContent("the user's own file");
        assertThat(odd).doesNotExist();
        assertThat(visibleFiles(folder)).containsExactly(folder.resolve("part-00000.csv"), victim);
    }

    @Test
    @DisplayName("a symlinked sub-folder is never followed: the key is refused naming the link, nothing lands outside")
    void symlinkedFolder() throws IOException {
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path link = Files.createSymbolicLink(folder.resolve("sub"), outside);
        fake.putObject("bucket", "out/sub/part-00000.csv", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/sub/part-00000.csv")
                .hasMessageContaining(link + " is a symbolic link");

        try (Stream<Path> there = Files.list(outside)) {
            assertThat(there).isEmpty();
        }
    }

    @Test
    @DisplayName("a symlink where a file goes is refused naming it, and what it points to stays")
    void symlinkedFile() throws IOException {
        Path elsewhere = Files.writeString(work.resolve("elsewhere.txt"), "not the download's\n");
        Path link = Files.createSymbolicLink(folder.resolve("part-00000.csv"), elsewhere);
        fake.putObject("bucket", "out/part-00000.csv", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining(link + " is a symbolic link");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).hasContent("not the download's");
    }

    @Test
    @DisplayName("a file glue-labels did not write is never replaced: the key is refused naming the file")
    void foreignFileInTheWay() {
        fake.putObject("bucket", "out/victim.txt", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/victim.txt")
                .hasMessageContaining(victim + " is there and glue-labels did not write it");

        assertThat(victim).hasContent("the user's own file");
    }

    @Test
    @DisplayName("keys that differ only in case are refused on every system, naming both")
    void caseCollision() throws IOException {
        fake.putObject("bucket", "out/Part.csv", LABELS);
        fake.putObject("bucket", "out/part.csv", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/Part.csv")
                .hasMessageContaining("s3://bucket/out/part.csv")
                .hasMessageContaining("differ only in case or Unicode normalization");
        assertThat(visibleFiles(folder)).containsExactly(victim);
    }

    @Test
    @DisplayName("folders that differ only in case are refused too")
    void folderCaseCollision() {
        fake.putObject("bucket", "out/Run/a.csv", LABELS);
        fake.putObject("bucket", "out/run/b.csv", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/Run/a.csv")
                .hasMessageContaining("s3://bucket/out/run/b.csv");
    }

    @Test
    @DisplayName("keys equal after Unicode normalization (é composed and decomposed) are refused, naming both")
    void normalizationCollision() throws IOException {
        fake.putObject("bucket", "out/caf\u00e9.csv", LABELS);
        fake.putObject("bucket", "out/cafe\u0301.csv", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/caf\u00e9.csv")
                .hasMessageContaining("s3://bucket/out/cafe\u0301.csv")
                .hasMessageContaining("differ only in case or Unicode normalization");
        assertThat(visibleFiles(folder)).containsExactly(victim);
    }

    @Test
    @DisplayName("a key that is both a file and a folder (a, a/b) is refused before anything is written")
    void fileAndFolder() throws IOException {
        fake.putObject("bucket", "out/0.csv", LABELS);
        fake.putObject("bucket", "out/a", LABELS);
        fake.putObject("bucket", "out/a/b", LABELS);

        assertThatThrownBy(() -> exporter.download(OUT, folder))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("s3://bucket/out/a")
                .hasMessageContaining("s3://bucket/out/a/b")
                .hasMessageContaining("a file and a folder");

        assertThat(visibleFiles(folder)).containsExactly(victim);
    }
}
