package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;

/** What an import's upload leaves in S3: the input path's check, whole parts, and nothing when it fails. */
@DisplayName("An import's upload")
class ImportUploadTest {

    static final String CURRENT = "labeling_set_id,label,name\nset-1,A,Zoe\nset-1,B,Ann\nset-2,A,Bob\n";
    static final String NEW = "labeling_set_id,label,name\nset-9,A,Eve\nset-9,A,Eva\n";
    static final byte[] NOTHING = new byte[0];

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    @TempDir
    Path dir;

    FakeGlue fake;
    AwsClients clients;
    Path labels;

    @BeforeEach
    void newAccount() throws IOException {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", CURRENT).createBucket("bucket");
        // the fake reads a 6 MB import into the transform before it answers: a loaded machine needs more than 5 s
        clients = Fakes.clients(fake, settings -> settings.readTimeout(Duration.ofSeconds(60)));
        labels = Files.writeString(dir.resolve("labels.csv"), NEW);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    ImportResult importInto(Path file, String inputS3Path) {
        return LabelImporter.builder()
                .clients(clients)
                .build()
                .importLabels(ImportRequest.of("tfm-1", file, inputS3Path), ImportTest.fast());
    }

    @Nested
    @DisplayName("input path check")
    class InputPath {

        @Test
        @DisplayName("takes a console folder marker for no content: Glue reads files, not the marker")
        void folderMarkerIsNotContent() {
            fake.putObject("bucket", "in/", NOTHING);

            assertThat(importInto(labels, "s3://bucket/in/").labelCountAfter()).isEqualTo(5);
        }

        @Test
        @DisplayName("takes a _-file (Spark's _SUCCESS) for no content: Glue skips it")
        void underscoreFileIsNotContent() {
            fake.putObject("bucket", "in/_SUCCESS", NOTHING);

            assertThat(importInto(labels, "s3://bucket/in/").labelCountAfter()).isEqualTo(5);
        }

        @Test
        @DisplayName("finds a file under a folder behind more markers than one listing page holds")
        void fileBehindMarkers() {
            for (String marker : new String[] {"a/", "b/", "c/", "d/", "e/", "f/"}) {
                fake.putObject("bucket", "in/" + marker, NOTHING);
            }
            fake.putObject("bucket", "in/z.csv", NEW.getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> importInto(labels, "s3://bucket/in/"))
                    .hasMessageContaining("already holds objects (s3://bucket/in/z.csv):");
            assertThat(fake.journal().count("PutObject")).isZero();
        }

        @Test
        @DisplayName("for an input naming an object, finds the folder of that name behind keys that sort before it")
        void folderBehindSiblingKeys() {
            for (int i = 1; i <= 6; i++) {
                fake.putObject("bucket", "f-" + i + ".csv", NEW.getBytes(StandardCharsets.UTF_8));
            }
            fake.putObject("bucket", "f/old.csv", NEW.getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> importInto(labels, "s3://bucket/f"))
                    .hasMessageContaining("already holds objects (s3://bucket/f/old.csv):");
            assertThat(fake.journal().count("PutObject")).isZero();
            assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        }

        @Test
        @DisplayName("refuses an input naming an object that exists: the upload would destroy it")
        void namedObjectExists() {
            fake.putObject("bucket", "in/mine.csv", CURRENT.getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> importInto(labels, "s3://bucket/in/mine.csv"))
                    .hasMessageContaining("already holds objects (s3://bucket/in/mine.csv):");
            assertThat(fake.objectBytes("bucket", "in/mine.csv")).isEqualTo(CURRENT.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("does not take a key that merely begins with the named object's key for it")
        void siblingKeysAreNotContent() {
            fake.putObject("bucket", "in/mine.csv.old", CURRENT.getBytes(StandardCharsets.UTF_8));

            assertThat(importInto(labels, "s3://bucket/in/mine.csv").labelCountAfter())
                    .isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("in parts")
    class InParts {

        Path big;
        int rows = 70_000;

        @BeforeEach
        void bigFile() throws IOException {
            big = dir.resolve("big.csv");
            try (var out = Files.newBufferedWriter(big)) {
                out.write("labeling_set_id,label,name\n");
                for (int i = 0; i < rows; i++) {
                    out.write("set-" + (i / 10) + ",L" + (i % 3) + ",name number " + i
                            + " with some padding text and more padding for size\n");
                }
            }
            assertThat(Files.size(big)).isGreaterThan(5L * 1024 * 1024);
        }

        LabelImporter inParts() {
            return LabelImporter.builder()
                    .clients(clients)
                    .multipartThreshold(1024)
                    .partSize(5L * 1024 * 1024)
                    .build();
        }

        @Test
        @DisplayName("reads a part again from the file when the SDK sends it again: the object lands whole")
        void retriedPartIsReadAgain() throws IOException {
            fake.faults().inject("UploadPart", 1, Fault.internalServiceError());

            ImportResult result =
                    inParts().importLabels(ImportRequest.of("tfm-1", big, "s3://bucket/big/"), ImportTest.fast());

            assertThat(fake.journal().count("UploadPart"))
                    .as("two parts, the first sent twice")
                    .isEqualTo(3);
            assertThat(fake.objectBytes("bucket", "big/big.csv")).isEqualTo(Files.readAllBytes(big));
            assertThat(result.labelCountAfter()).isEqualTo(3 + rows);
        }

        @Test
        @DisplayName("aborts the multipart upload when a part fails for good, and imports nothing")
        void failedPartAbortsAndImportsNothing() {
            fake.faults().injectAlways("UploadPart", Fault.internalServiceError());

            assertThatThrownBy(() -> inParts()
                            .importLabels(ImportRequest.of("tfm-1", big, "s3://bucket/big/"), ImportTest.fast()))
                    .isInstanceOf(AwsCallException.class)
                    .hasMessageContaining("S3 UploadPart of s3://bucket/big/big.csv failed: InternalError");
            fake.faults().clear();

            assertThat(fake.journal().count("AbortMultipartUpload")).isEqualTo(1);
            String uploadId = uploadIdOfLastPart();
            // the upload is gone: S3 (and the fake) take no part for it any more
            assertThatThrownBy(() -> clients.s3()
                            .uploadPart(
                                    r -> r.bucket("bucket")
                                            .key("big/big.csv")
                                            .uploadId(uploadId)
                                            .partNumber(1),
                                    RequestBody.fromString("x")))
                    .isInstanceOf(NoSuchUploadException.class);
            assertThat(fake.objects("bucket", "big/")).isEmpty();
            assertThat(fake.journal().count("StartImportLabelsTaskRun")).isZero();
            assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
        }

        private String uploadIdOfLastPart() {
            String input = fake.journal().entries("UploadPart").get(0).input();
            Matcher id = Pattern.compile("uploadId=\\[([^\\]]+)]").matcher(input);
            assertThat(id.find()).as("an upload id in %s", input).isTrue();
            return id.group(1);
        }
    }
}
