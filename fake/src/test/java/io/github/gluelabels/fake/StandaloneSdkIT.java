package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@DisplayName("The standalone jar as a process, driven by the AWS SDK for Java")
class StandaloneSdkIT {

    @TempDir
    static Path folder;

    static String labels;
    static StandaloneProcess fake;
    static GlueClient glue;
    static S3Client s3;

    @BeforeAll
    static void startTheJar() throws Exception {
        labels = StandaloneLabels.write(folder.resolve("labels.csv"), 25);
        fake = StandaloneProcess.start(
                List.of(),
                "--port",
                "0",
                "--seed",
                "tfm-sdk=" + folder.resolve("labels.csv"),
                "--bucket",
                "labels-bucket",
                "--rows-per-part",
                "10");
        StaticCredentialsProvider anyCredentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDANYKEY", "any-secret"));
        glue = GlueClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(anyCredentials)
                .httpClient(Clients.http())
                .build();
        s3 = S3Client.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(anyCredentials)
                .httpClient(Clients.http())
                .build();
    }

    @AfterAll
    static void stopTheJar() {
        if (glue != null) {
            glue.close();
            s3.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void exportWritesPartFilesThatTogetherHoldEveryLabelByteForByte() {
        String runId = glue.startExportLabelsTaskRun(
                        r -> r.transformId("tfm-sdk").outputS3Path("s3://labels-bucket/sdk-export"))
                .taskRunId();

        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-sdk").taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
        List<String> keys = s3.listObjectsV2(r -> r.bucket("labels-bucket").prefix("sdk-export/")).contents().stream()
                .map(S3Object::key)
                .toList();
        assertThat(keys)
                .hasSize(3)
                .allMatch(k -> k.matches(
                        "sdk-export/tfm-sdk_labels_" + ExportFileNamesTest.TIME_AND_UUID + "_part-0000[1-3]\\.csv"));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        String header = labels.substring(0, labels.indexOf('\n') + 1);
        for (String key : keys) {
            String part =
                    s3.getObjectAsBytes(r -> r.bucket("labels-bucket").key(key)).asUtf8String();
            assertThat(part).startsWith(header);
            joined.writeBytes(
                    (joined.size() == 0 ? part : part.substring(header.length())).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(joined.toString(StandardCharsets.UTF_8)).isEqualTo(labels);
    }

    @Test
    void getMlTaskRunsPagesThroughEveryRunWithNextToken() {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String path = "s3://labels-bucket/paging-" + i;
            started.add(
                    glue.startExportLabelsTaskRun(r -> r.transformId("tfm-sdk").outputS3Path(path))
                            .taskRunId());
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            GetMlTaskRunsResponse page = glue.getMLTaskRuns(
                    r -> r.transformId("tfm-sdk").maxResults(1).nextToken(next));
            assertThat(page.taskRuns()).hasSizeLessThanOrEqualTo(1);
            page.taskRuns().forEach(run -> seen.add(run.taskRunId()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsAll(started).doesNotHaveDuplicates();
    }

    @Test
    void unknownTransformIsEntityNotFound() {
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-unknown")))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessageStartingWith("Cannot find MLTransform in account 123456789012 with handle tfm-unknown.");
    }

    @Test
    void transformSeededFromTheCommandLineHasItsLabelCount() {
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-sdk")).labelCount())
                .isEqualTo(25);
    }

    @Test
    void sigtermStopsTheProcessCleanly() throws Exception {
        try (StandaloneProcess other = StandaloneProcess.start(List.of())) {
            int status = other.stop();

            assertThat(status).as(other.describe()).isEqualTo(143);
            assertThat(other.stderr()).isEqualTo("glue-labels fake: stopped\n");
            assertThat(other.stdout()).last().isEqualTo(FakeGlueMain.READY_LINE);
        }
    }

    @Test
    void badArgumentExitsWithStatus2AndOneLineOnStandardError() {
        Commands.Result result = new Commands(java.util.Map.of()).run(javaCommand("--port", "65536"));

        assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
        assertThat(result.stderr())
                .isEqualTo("glue-labels fake: --port \"65536\" is not a port number from 0 to 65535 "
                        + "(0 picks a free port); run with --help for usage\n");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void helpExitsWithStatus0() {
        Commands.Result result = new Commands(java.util.Map.of()).run(javaCommand("--help"));

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).startsWith("Usage: java -jar glue-labels-fake-");
    }

    private static String[] javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                StandaloneProcess.jar().toString()));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }
}
