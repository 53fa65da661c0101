package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Store;
import io.github.gluelabels.fake.internal.s3.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code StartImportLabelsTaskRun} takes from its {@code InputS3Path}: the object it names, or every object
 * under it as a folder but folder markers and files whose name starts with {@code _} (Spark's {@code _SUCCESS}); and the
 * most bytes it takes, all files together, refused one byte past the account's limit in the service's words.
 */
class ImportLabelsOperationTest {

    /** The account's limit of an import: 1 MiB, which the service's message calls 1 MB. */
    private static final long LIMIT = 1 << 20;

    @TempDir
    Path dataDir;

    private ScheduledExecutorService scheduler;
    private S3Store s3;
    private GlueService glue;

    @BeforeEach
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        Clock clock = Clock.systemUTC();
        s3 = new S3Store(dataDir.resolve("s3"), clock);
        s3.createBucket("bucket", FakeDefaults.REGION);
        glue = new GlueService(
                new GlueService.Settings(FakeDefaults.REGION, FakeDefaults.ACCOUNT_ID, 10, LIMIT),
                clock,
                s3,
                dataDir.resolve("labels"),
                scheduler);
        glue.createTransform("tfm-1");
    }

    @AfterEach
    void stop() {
        glue.shutdown();
        scheduler.shutdownNow();
    }

    private void put(String key, String text) {
        s3.put("bucket", key, text, null);
    }

    private void put(String key, long size) {
        s3.put("bucket", key, new ByteArrayInputStream(new byte[(int) size]), null, Map.of());
    }

    private List<String> labelFiles(String path) {
        return ImportLabelsOperation.labelFiles(s3, S3Paths.parse("InputS3Path", path)).stream()
                .map(StoredObject::key)
                .toList();
    }

    @Test
    void takesTheObjectAPathNames() {
        put("labels.csv", "labeling_set_id,label,id\n");
        put("labels.csv/inner.csv", "labeling_set_id,label,id\n");

        assertThat(labelFiles("s3://bucket/labels.csv")).containsExactly("labels.csv");
    }

    @Test
    void takesEveryFileUnderAFolderButFolderMarkersAndUnderscoreFiles() {
        put("out/", "");
        put("out/sub/", "a folder marker with bytes");
        put("out/_SUCCESS", "spark");
        put("out/sub/_committed", "spark");
        put("out/part-1.csv", "labeling_set_id,label,id\n");
        put("out/_temporary/part-2.csv", "labeling_set_id,label,id\n");
        put("out/a_b.csv", "labeling_set_id,label,id\n");
        put("other/part-3.csv", "labeling_set_id,label,id\n");

        List<String> expected = List.of("out/_temporary/part-2.csv", "out/a_b.csv", "out/part-1.csv");
        assertThat(labelFiles("s3://bucket/out/")).containsExactlyElementsOf(expected);
        assertThat(labelFiles("s3://bucket/out")).containsExactlyElementsOf(expected);
    }

    @Test
    void aPathEndingInASlashIsAFolderEvenWhenItsMarkerExists() {
        put("out/", "labeling_set_id,label,id\n");
        put("out/part-1.csv", "labeling_set_id,label,id\n");

        assertThat(labelFiles("s3://bucket/out/")).containsExactly("out/part-1.csv");
    }

    @Test
    void aWholeBucketIsAFolder() {
        put("_SUCCESS", "spark");
        put("part-1.csv", "labeling_set_id,label,id\n");

        assertThat(labelFiles("s3://bucket")).containsExactly("part-1.csv");
        assertThat(labelFiles("s3://bucket/")).containsExactly("part-1.csv");
    }

    @Test
    void aFolderOfNothingButMarkersIsNoLabelFile() {
        put("out/", "");
        put("out/_SUCCESS", "");

        assertThatThrownBy(() -> labelFiles("s3://bucket/out/")).isInstanceOfSatisfying(GlueError.class, e -> {
            assertThat(e.type()).isEqualTo("InvalidInputException");
            assertThat(e.getMessage()).isEqualTo("Invalid label file path.");
        });
    }

    @Test
    void takesFilesOfExactlyTheLimit() throws IOException {
        put("big/part-1.csv", LIMIT / 2);
        put("big/part-2.csv", LIMIT / 2);

        FakeResponse answer = importLabels("s3://bucket/big/");

        assertThat(answer.status()).as(body(answer)).isEqualTo(200);
        assertThat(body(answer)).matches("\\{\"TaskRunId\":\"tsk-[0-9a-f]{32}\"}");
    }

    @Test
    void refusesFilesOneBytePastTheLimit() throws IOException {
        put("big/part-1.csv", LIMIT / 2);
        put("big/part-2.csv", LIMIT / 2 + 1);

        FakeResponse answer = importLabels("s3://bucket/big/");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("InvalidInputException");
        assertThat(body(answer))
                .isEqualTo("{\"__type\":\"InvalidInputException\","
                        + "\"Message\":\"Label file has exceeded the limit of 1 MB.\"}");
        assertThat(glue.taskRuns()).isEmpty();
    }

    private FakeResponse importLabels(String path) {
        FakeRequest request = new FakeRequest(
                "POST",
                "/",
                Map.of("X-Amz-Target", List.of("AWSGlue.StartImportLabelsTaskRun")),
                ("{\"TransformId\":\"tfm-1\",\"InputS3Path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8),
                FakeRequest.newRequestId());
        return glue.handle(request, glue.operation(request));
    }

    private static String body(FakeResponse response) throws IOException {
        try (InputStream in = response.openBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
