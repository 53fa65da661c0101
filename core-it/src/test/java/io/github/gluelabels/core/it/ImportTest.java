package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.BackupFailedException;
import io.github.gluelabels.core.export.ImportBackup;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.export.WaitOptions;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An import against the fake")
class ImportTest {

    static final String CURRENT = """
            labeling_set_id,label,name,city
            set-1,A,Zoë,東京
            set-1,B,Zoe,Tokyo
            set-2,A,Ann,Paris
            """;

    static final String NEW = "labeling_set_id,label,name,city\nset-9,A,Bob,Lyon\nset-9,A,Bobby,Lyon\n";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    @TempDir
    Path dir;

    FakeGlue fake;
    AwsClients clients;
    ImportRecorder listener = new ImportRecorder();
    LabelImporter importer;
    Path labels;

    @BeforeEach
    void newAccount() throws IOException {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", CURRENT).createBucket("bucket");
        clients = Fakes.clients(fake);
        importer = LabelImporter.builder().clients(clients).listener(listener).build();
        labels = Files.writeString(dir.resolve("labels.csv"), NEW);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    static ImportOptions fast() {
        return ImportOptions.defaults()
                .waiting(WaitOptions.defaults()
                        .withPollInterval(Duration.ofMillis(1))
                        .withMaxPollInterval(Duration.ofMillis(5))
                        .withTimeout(Duration.ofSeconds(20)));
    }

    @Test
    @DisplayName("adds the file's labels to the transform's, and reports the label count before and after")
    void addsLabels() {
        ImportResult result =
                importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/labels/in/"), fast());

        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.labelCountBefore()).isEqualTo(3);
        assertThat(result.labelCountAfter()).isEqualTo(5).isEqualTo(fake.labelCount("tfm-1"));
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .contains("set-1,A,Zoë,東京", "set-9,A,Bob,Lyon", "set-9,A,Bobby,Lyon");
        assertThat(result.uploaded()).containsExactly(S3Uri.parse("x", "s3://bucket/labels/in/labels.csv"));
        assertThat(fake.objectBytes("bucket", "labels/in/labels.csv")).isEqualTo(NEW.getBytes(StandardCharsets.UTF_8));
        assertThat(fake.journal().entries("StartImportLabelsTaskRun"))
                .singleElement()
                .satisfies(e -> assertThat(e.input()).contains("\"ReplaceAllLabels\":false"));
        assertThat(result.backup()).isEmpty();
        assertThat(fake.journal().count("StartExportLabelsTaskRun")).isZero();
    }

    @Test
    @DisplayName("uploads a local file to the object the input path names")
    void uploadsToTheNamedObject() {
        ImportResult result =
                importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/mine.csv"), fast());

        assertThat(result.uploaded()).containsExactly(S3Uri.parse("x", "s3://bucket/in/mine.csv"));
        assertThat(fake.labelCount("tfm-1")).isEqualTo(5);
    }

    @Test
    @DisplayName("replaces the labels after a backup, kept in S3 beside the input path and in a local folder")
    void replacesAfterABackup() throws IOException {
        ImportResult result = importer.importLabels(
                ImportRequest.of("tfm-1", labels, "s3://bucket/labels/in/"), fast().replacingAllLabels());

        assertThat(result.labelCountBefore()).isEqualTo(3);
        assertThat(result.labelCountAfter()).isEqualTo(2).isEqualTo(fake.labelCount("tfm-1"));
        assertThat(new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8))
                .doesNotContain("Zoë");
        ImportBackup backup = result.backup().orElseThrow();
        assertThat(backup.s3Path().toString()).startsWith("s3://bucket/labels/glue-labels-backups/tfm-1/");
        assertThat(backup.labelCount()).isEqualTo(3);
        String backedUp = fake.objects("bucket", backup.s3Path().folderPrefix()).stream()
                .map(S3ObjectInfo::key)
                .map(k -> new String(fake.objectBytes("bucket", k), StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(backedUp).contains("set-1,A,Zoë,東京", "set-2,A,Ann,Paris");
        assertThat(backup.localCopy())
                .startsWith(dir.resolve("glue-labels-backups").resolve("tfm-1"));
        assertThat(localText(backup.localCopy())).contains("set-1,A,Zoë,東京", "set-2,A,Ann,Paris");
        assertThat(fake.journal().entries("StartImportLabelsTaskRun"))
                .singleElement()
                .satisfies(e -> assertThat(e.input()).contains("\"ReplaceAllLabels\":true"));
        assertThat(listener.events)
                .containsSubsequence(
                        "backup started: " + backup.s3Path(),
                        "backup taken: " + backup.s3Path(),
                        "uploaded: s3://bucket/labels/in/labels.csv");
    }

    @Test
    @DisplayName("imports nothing when the backup fails, and leaves the labels as they were")
    void backupFailureImportsNothing() {
        fake.faults().injectAlways("StartExportLabelsTaskRun", Fault.error("AccessDeniedException", 400, "No."));

        assertThatThrownBy(() -> importer.importLabels(
                        ImportRequest.of("tfm-1", labels, "s3://bucket/labels/in/"), fast().replacingAllLabels()))
                .isInstanceOf(BackupFailedException.class)
                .hasMessageContaining("nothing was imported")
                .hasMessageContaining("glue:StartExportLabelsTaskRun");
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isZero();
        assertThat(fake.journal().count("PutObject")).isZero();
    }

    @Test
    @DisplayName("takes no backup when told not to, and warns loudly")
    void withoutBackupWarns() {
        importer.importLabels(
                ImportRequest.of("tfm-1", labels, "s3://bucket/in/"),
                fast().replacingAllLabels().withoutBackup());

        assertThat(listener.warnings()).anySatisfy(w -> assertThat(w).contains("NO BACKUP", "tfm-1", "3 now"));
        assertThat(fake.journal().count("StartExportLabelsTaskRun")).isZero();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(2);
    }

    @Test
    @DisplayName("refuses a backup path inside the input path before anything is sent")
    void backupInsideInputRefused() {
        assertThatThrownBy(() -> importer.importLabels(
                        ImportRequest.of("tfm-1", labels, "s3://bucket/in/"),
                        fast().replacingAllLabels().backingUpTo(S3Uri.parse("x", "s3://bucket/in/backup/"))))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("lies inside the input path s3://bucket/in/");
        assertThat(fake.journal().count("StartExportLabelsTaskRun")).isZero();
        assertThat(fake.journal().count("PutObject")).isZero();
    }

    @Test
    @DisplayName("refuses an input path that already holds objects, which Glue would import too")
    void nonEmptyInputRefused() {
        fake.putObject("bucket", "in/old.csv", NEW.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), fast()))
                .hasMessageContaining("already holds objects (s3://bucket/in/old.csv)");
        assertThat(fake.journal().count("PutObject")).isZero();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
    }

    @Test
    @DisplayName("names an unknown transform and the region, and sends nothing")
    void unknownTransform() {
        assertThatThrownBy(() -> importer.importLabels(ImportRequest.of("tfm-nope", labels, "s3://bucket/in/"), fast()))
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("cannot find transform tfm-nope in region " + fake.region());
        assertThat(fake.journal().count("PutObject")).isZero();
    }

    @Test
    @DisplayName("uploads a large file in parts, streamed, and Glue reads it whole")
    void multipart() throws IOException {
        Path big = dir.resolve("big.csv");
        int rows = 70_000;
        try (var out = Files.newBufferedWriter(big)) {
            out.write("labeling_set_id,label,name,city\n");
            for (int i = 0; i < rows; i++) {
                out.write("set-" + (i / 10) + ",L" + (i % 3) + ",name number " + i + " with some padding text,city " + i
                        + " and more padding for size\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(5L * 1024 * 1024);
        // the fake reads the 6 MB into the transform before it answers: a loaded machine needs more than 5 s
        ImportResult result;
        try (AwsClients patient = Fakes.clients(fake, settings -> settings.readTimeout(Duration.ofSeconds(60)))) {
            LabelImporter parts = LabelImporter.builder()
                    .clients(patient)
                    .multipartThreshold(1024)
                    .partSize(5L * 1024 * 1024)
                    .build();

            result = parts.importLabels(ImportRequest.of("tfm-1", big, "s3://bucket/big/"), fast());
        }

        assertThat(fake.journal().count("CreateMultipartUpload")).isEqualTo(1);
        assertThat(fake.journal().count("UploadPart")).isEqualTo(2);
        assertThat(fake.journal().count("CompleteMultipartUpload")).isEqualTo(1);
        assertThat(fake.journal().count("PutObject")).isZero();
        assertThat(fake.objectBytes("bucket", "big/big.csv")).isEqualTo(Files.readAllBytes(big));
        assertThat(result.labelCountAfter()).isEqualTo(3 + rows);
    }

    @Test
    @DisplayName("uploads a folder's files under their relative paths, and Glue imports them all")
    void folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder/sub"));
        Files.writeString(dir.resolve("folder/a.csv"), NEW);
        Files.writeString(folder.resolve("b.csv"), NEW.replace("set-9", "set-8"));
        Files.writeString(dir.resolve("folder/_SUCCESS"), "");

        ImportResult result =
                importer.importLabels(ImportRequest.of("tfm-1", dir.resolve("folder"), "s3://bucket/f"), fast());

        assertThat(result.uploaded())
                .extracting(S3Uri::toString)
                .containsExactly("s3://bucket/f/a.csv", "s3://bucket/f/sub/b.csv");
        assertThat(result.labelCountAfter()).isEqualTo(7);
    }

    private static String localText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }
}
