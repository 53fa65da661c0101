package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.S3ObjectInfo;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Downloading an export")
class DownloadTest {

    static final String LABELS = "labeling_set_id,label,name\ns1,A,x\ns1,A,y\ns2,B,z\n";
    static final S3Uri OUT = S3Uri.parse("OutputS3Path", "s3://bucket/out");

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().rowsPerPart(1));

    FakeGlue fake;
    AwsClients clients;
    RecordingListener listener = new RecordingListener();
    LabelExporter exporter;
    LabelExporter inKeyOrder;

    @TempDir
    Path work;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.of(clients, listener);
        // one object at a time, in key order, where a test injects a fault into the n-th GetObject
        inKeyOrder = LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .downloadThreads(1)
                .build();
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    /**
     * Everything under a folder but the bookkeeping folder a download keeps in its folder (whose temporaries
     * {@link FolderState#temporaries} checks).
     */
    private static List<Path> everythingUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder))
                    .filter(p -> {
                        for (Path name : folder.relativize(p)) {
                            if (name.toString().equals(FolderState.BOOKKEEPING)) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }

    @Nested
    @DisplayName("an object cut short mid-download")
    class CutShort {

        @Test
        @DisplayName("fails naming the object and the bytes that arrived")
        void message() {
            exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            S3ObjectInfo first = fake.objects("bucket", "out/").get(0);
            fake.faults().inject("GetObject", 1, Fault.cutShort(10));

            assertThatThrownBy(() -> inKeyOrder.download(OUT, work.resolve("labels")))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessageStartingWith("Download of s3://bucket/" + first.key() + " broke off after 10 of "
                            + first.size() + " bytes: ")
                    .hasMessageEndingWith("Nothing was kept of it; run again.");
        }

        @Test
        @DisplayName("keeps nothing of the run, not even the parts that arrived whole, and no temporary file")
        void leavesNothing() throws IOException {
            exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            fake.faults().inject("GetObject", 1, Fault.cutShort(10));
            Path target = work.resolve("labels");

            assertThatThrownBy(() -> exporter.download(OUT, target)).isInstanceOf(GlueLabelsException.class);

            assertThat(everythingUnder(work)).allSatisfy(p -> assertThat(p).isDirectory());
            assertThat(FolderState.temporaries(target)).isEmpty();
        }

        @Test
        @DisplayName(
                "cut in a later part, leaves the files of an earlier download as they were and nothing of this run")
        void laterPart() throws IOException {
            exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            List<S3ObjectInfo> parts = fake.objects("bucket", "out/");
            Path target = work.resolve("labels");
            exporter.download(OUT, target);
            // a second download of the same folder, cut in the second part
            Files.delete(target.resolve(name(parts.get(1))));
            fake.faults().inject("GetObject", 1, Fault.delay(Duration.ZERO)).inject("GetObject", 1, Fault.cutShort(5));

            assertThatThrownBy(() -> inKeyOrder.download(OUT, target))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessageContaining(parts.get(1).key());

            assertThat(everythingUnder(target))
                    .containsExactly(target.resolve(name(parts.get(0))), target.resolve(name(parts.get(2))));
            assertThat(Files.readAllBytes(target.resolve(name(parts.get(0)))))
                    .isEqualTo(fake.objectBytes("bucket", parts.get(0).key()));
        }

        @Test
        @DisplayName("failing after other parts arrived whole, keeps no temporary file of theirs")
        void failsLast() throws IOException {
            // eight parts fetched at once; the first request answers after the client gave up, the seven others arrive
            // whole
            // first, and most of them lie after the failed one in key order
            StringBuilder labels = new StringBuilder("labeling_set_id,label,name\n");
            for (int i = 0; i < 8; i++) {
                labels.append("s").append(i).append(",A,x").append(i).append('\n');
            }
            fake.seedLabels("tfm-8", labels.toString());
            exporter.start(ExportRequest.of("tfm-8", "s3://bucket/eight"));
            try (AwsClients impatient =
                    Fakes.clients(fake, s -> s.maxAttempts(1).readTimeout(Duration.ofMillis(500)))) {
                LabelExporter wide = LabelExporter.builder()
                        .clients(impatient)
                        .listener(listener)
                        .downloadThreads(8)
                        .build();
                fake.faults().inject("GetObject", 1, Fault.delay(Duration.ofMillis(1500)));
                Path target = work.resolve("eight");

                assertThatThrownBy(() -> wide.download(S3Uri.parse("OutputS3Path", "s3://bucket/eight"), target))
                        .isInstanceOf(GlueLabelsException.class);
            }

            assertThat(everythingUnder(work)).allSatisfy(p -> assertThat(p).isDirectory());
            assertThat(FolderState.temporaries(work.resolve("eight"))).isEmpty();
        }

        @Test
        @DisplayName("a rerun then downloads everything")
        void rerunSucceeds() throws IOException {
            exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            fake.faults().inject("GetObject", 1, Fault.cutShort(10));
            Path target = work.resolve("labels");
            assertThatThrownBy(() -> exporter.download(OUT, target)).isInstanceOf(GlueLabelsException.class);

            DownloadResult rerun = exporter.download(OUT, target);

            assertThat(rerun.files()).hasSize(3);
            for (DownloadedFile file : rerun.files()) {
                assertThat(Files.readAllBytes(file.file())).isEqualTo(fake.objectBytes("bucket", file.key()));
            }
            assertThat(everythingUnder(target)).hasSize(3);
            assertThat(rerun.summary().rows()).isEqualTo(3);
        }
    }

    private static String name(S3ObjectInfo object) {
        return object.key().substring(object.key().lastIndexOf('/') + 1);
    }

    @Nested
    @DisplayName("a key that would land outside the folder")
    class EscapingKeys {

        @ParameterizedTest(name = "out/{0} is refused and nothing is written")
        @ValueSource(strings = {"../x", "a/../../x", "..", "..\\x", "a\\..\\..\\x", "C:\\x", "c:x"})
        void refused(String relativeKey) throws IOException {
            fake.putObject("bucket", "out/part-00000.csv", LABELS.getBytes(StandardCharsets.UTF_8));
            fake.putObject("bucket", "out/" + relativeKey, LABELS.getBytes(StandardCharsets.UTF_8));
            Path target = work.resolve("downloads").resolve("labels");

            assertThatThrownBy(() -> exporter.download(OUT, target))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessageContaining("Refusing to download s3://bucket/out/" + relativeKey)
                    .hasMessageContaining("outside the download folder")
                    .hasMessageContaining("Nothing was downloaded");

            assertThat(everythingUnder(work)).isEmpty();
        }

        @Test
        @DisplayName("a key whose '..' stays inside the folder is refused too: keys are never resolved")
        void dotDotInside() {
            fake.putObject("bucket", "out/a/../b.csv", LABELS.getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> exporter.download(OUT, work.resolve("labels")))
                    .hasMessageContaining("Refusing to download s3://bucket/out/a/../b.csv");
        }

        @Test
        @DisplayName("keys in sub-folders land in the same sub-folders")
        void subFolders() throws IOException {
            fake.putObject("bucket", "out/run-1/part-00000.csv", LABELS.getBytes(StandardCharsets.UTF_8));
            Path target = work.resolve("labels");

            DownloadResult result = exporter.download(OUT, target);

            assertThat(result.files())
                    .singleElement()
                    .satisfies(f -> assertThat(f.file())
                            .isEqualTo(target.resolve("run-1").resolve("part-00000.csv")));
            assertThat(everythingUnder(work))
                    .containsExactly(
                            target,
                            target.resolve("run-1"),
                            target.resolve("run-1").resolve("part-00000.csv"));
        }

        @Test
        @DisplayName("two keys that would land on the same file are refused")
        void collidingKeys() throws IOException {
            fake.putObject("bucket", "out/a//part.csv", LABELS.getBytes(StandardCharsets.UTF_8));
            fake.putObject("bucket", "out/a/part.csv", LABELS.getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> exporter.download(OUT, work.resolve("labels")))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessageContaining("s3://bucket/out/a//part.csv")
                    .hasMessageContaining("s3://bucket/out/a/part.csv")
                    .hasMessageContaining("same file");
            assertThat(everythingUnder(work)).isEmpty();
        }
    }

    @Test
    @DisplayName("an empty output folder fails naming the path, and creates no folder")
    void emptyFolder() throws IOException {
        fake.putObject("bucket", "elsewhere/part-00000.csv", LABELS.getBytes(StandardCharsets.UTF_8));
        fake.putObject("bucket", "out/", new byte[0]);

        assertThatThrownBy(() -> exporter.download(OUT, work.resolve("labels")))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageStartingWith("Nothing to download: there is no object under s3://bucket/out.");
        assertThat(everythingUnder(work)).isEmpty();
    }

    @Test
    @DisplayName("a missing bucket fails naming it")
    void missingBucket() {
        assertThatThrownBy(() -> exporter.download(
                        S3Uri.parse("OutputS3Path", "s3://no-such-bucket/out"), work.resolve("labels")))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
                    assertThat(e.operation()).isEqualTo("ListObjectsV2");
                })
                .hasMessageContaining("S3 ListObjectsV2 of s3://no-such-bucket/out failed: NoSuchBucket")
                .hasMessageContaining("The bucket does not exist, or is in another account.");
    }

    @Nested
    @DisplayName("an earlier download into the same folder")
    class EarlierDownload {

        @Test
        @DisplayName("loses the files this one does not bring; files glue-labels did not write stay")
        void replaced() throws IOException {
            Path folder = work.resolve("labels");
            var first = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/first"),
                    ExportOptions.defaults().downloadingTo(folder));
            Files.writeString(folder.resolve("notes.txt"), "mine\n");

            var second = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/second"),
                    ExportOptions.defaults().downloadingTo(folder));

            assertThat(first.download().files())
                    .allSatisfy(f -> assertThat(f.file()).doesNotExist());
            assertThat(second.download().files())
                    .hasSize(3)
                    .allSatisfy(f -> assertThat(f.file()).exists());
            assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine\n");
            assertThat(listener.infos()).last().asString().startsWith("Removed 3 file(s) of an earlier download from ");
        }

        @Test
        @DisplayName("stays as it was when the new download fails")
        void keptOnFailure() {
            Path folder = work.resolve("labels");
            var first = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/first"),
                    ExportOptions.defaults().downloadingTo(folder));
            exporter.start(ExportRequest.of("tfm-1", "s3://bucket/second"));
            fake.faults().inject("GetObject", 1, Fault.cutShort(5));

            assertThatThrownBy(() -> exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/second"), folder))
                    .isInstanceOf(GlueLabelsException.class);

            assertThat(first.download().files())
                    .allSatisfy(f -> assertThat(f.file()).exists());
        }
    }

    @Test
    @DisplayName("while one part is slow, fetches run at most 2 x threads parts ahead of it, and the count is whole")
    void fetchesAWindowAhead() throws Exception {
        // 30 parts, two threads: a window of four. The first request to arrive answers after two seconds; meanwhile the
        // parts after it in key order wait for it to be added to the summary (fetched all at once, they had all arrived
        // in the first few milliseconds and kept their counts in memory)
        StringBuilder labels = new StringBuilder("labeling_set_id,label,name\n");
        for (int i = 0; i < 30; i++) {
            labels.append("s")
                    .append(i % 10)
                    .append(',')
                    .append((char) ('A' + i % 3))
                    .append(",x")
                    .append(i)
                    .append('\n');
        }
        fake.seedLabels("tfm-30", labels.toString());
        exporter.start(ExportRequest.of("tfm-30", "s3://bucket/thirty"));
        LabelExporter twoThreads = LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .downloadThreads(2)
                .build();
        fake.faults().inject("GetObject", 1, Fault.delay(Duration.ofSeconds(2)));
        CompletableFuture<DownloadResult> download = CompletableFuture.supplyAsync(
                () -> twoThreads.download(S3Uri.parse("OutputS3Path", "s3://bucket/thirty"), work.resolve("thirty")));

        Thread.sleep(1_000);
        int requestedWhileSlow = fake.journal().entries("GetObject").size();
        DownloadResult result = download.get(30, TimeUnit.SECONDS);

        // the slow part and the three after it, plus one more if the slow one was the second part in key order (a slow
        // machine may have asked for fewer by then; fetched all at once, it had asked for all 30)
        assertThat(requestedWhileSlow).isLessThanOrEqualTo(6);
        assertThat(fake.journal().entries("GetObject")).hasSize(30);
        assertThat(result.summary().rows()).isEqualTo(30);
        assertThat(result.summary().setsByDistinctLabels()).containsExactly(Map.entry(3, 10L));
        try (Stream<Path> files = Files.list(work.resolve("thirty"))) {
            assertThat(files.filter(f -> !f.getFileName().toString().startsWith(".")))
                    .hasSize(30);
        }
    }

    @Test
    @DisplayName(
            "without a summary, the files are copied as they are: no summary, and no warning for a file that is not"
                    + " a labeling file")
    void withoutSummary() throws IOException {
        exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
        fake.putObject("bucket", "out/notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8));
        Path target = work.resolve("labels");

        DownloadResult result = exporter.download(OUT, target, false);

        assertThat(result.hasSummary()).isFalse();
        assertThat(result.files()).hasSize(fake.objects("bucket", "out/").size());
        for (S3ObjectInfo object : fake.objects("bucket", "out/")) {
            assertThat(Files.readAllBytes(target.resolve(name(object))))
                    .isEqualTo(fake.objectBytes("bucket", object.key()));
        }
        assertThat(listener.warnings()).isEmpty();
        // and with the summary, the same download warns about the file
        assertThat(exporter.download(OUT, target).hasSummary()).isFalse();
        assertThat(listener.warnings()).singleElement().asString().contains("notes.txt");
    }

    @Test
    @DisplayName("files that are not labeling files are downloaded, with a warning instead of a summary")
    void notLabelingFiles() throws IOException {
        fake.putObject("bucket", "out/notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8));

        DownloadResult result = exporter.download(OUT, work.resolve("labels"));

        assertThat(result.hasSummary()).isFalse();
        assertThat(Files.readString(work.resolve("labels").resolve("notes.txt")))
                .isEqualTo("just some notes\n");
        assertThat(listener.warnings())
                .singleElement()
                .asString()
                .contains("Cannot summarize the labels")
                .contains("notes.txt");
    }
}
