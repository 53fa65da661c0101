package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Pacing;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

@DisplayName("A real export through the injected clients: start, wait, read the labels back byte for byte")
class ExportRoundTripTest {

    @Test
    void theExportedLabelsAreTheSeedsByteForByte() {
        assertAllPassed(TestKit.run(Export.class), 1);
    }

    @Test
    void aMultiPartExportConcatenatesToTheSeeds() {
        assertAllPassed(TestKit.run(MultiPartExport.class), 1);
    }

    @Test
    void theInjectedExporterExportsWaitsAndDownloadsTheSeeds() {
        assertAllPassed(TestKit.run(ExporterExport.class), 1);
    }

    /** Starts an export, waits for it as a caller would, and returns the parts' bytes in key order. */
    static List<byte[]> export(GlueClient glue, S3Client s3, String transformId, String output) throws Exception {
        String runId = glue.startExportLabelsTaskRun(
                        r -> r.transformId(transformId).outputS3Path(output))
                .taskRunId();
        GetMlTaskRunResponse run;
        int reads = 0;
        do {
            Thread.sleep(10);
            run = glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(runId));
            reads++;
        } while (run.status() == TaskStatusType.STARTING || run.status() == TaskStatusType.RUNNING);
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(reads).as("the run was paced: the caller had to wait").isEqualTo(3);
        String bucket = output.substring("s3://".length(), output.indexOf('/', "s3://".length()));
        String prefix = output.substring(output.indexOf('/', "s3://".length()) + 1) + "/";
        return s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .sorted()
                .map(key -> s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray())
                .toList();
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "exports")
    static class Export {
        @Test
        void roundTrip(GlueClient glue, S3Client s3, FakeGlue fake) throws Exception {
            fake.pacing(Pacing.afterReads(3));

            List<byte[]> parts = export(glue, s3, "tfm-people", "s3://exports/run-1");

            assertThat(parts).singleElement().isEqualTo(SeedingTest.resource("labels/people.csv"));
            assertThat(fake.objects("exports", "run-1/")).hasSize(1);
        }
    }

    @TestKitFixture
    @FakeGlueTest(rowsPerPart = 2)
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "exports")
    static class MultiPartExport {
        @Test
        void roundTrip(GlueClient glue, S3Client s3, FakeGlue fake) throws Exception {
            fake.pacing(Pacing.afterReads(3));

            List<byte[]> parts = export(glue, s3, "tfm-people", "s3://exports/run-1");

            assertThat(parts).hasSize(2);
            String header = "labeling_set_id,label,name,city\n";
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(parts.get(0));
            String second = new String(parts.get(1), StandardCharsets.UTF_8);
            assertThat(second).startsWith(header);
            joined.writeBytes(second.substring(header.length()).getBytes(StandardCharsets.UTF_8));
            assertThat(joined.toByteArray()).isEqualTo(SeedingTest.resource("labels/people.csv"));
        }
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "exports")
    static class ExporterExport {
        @Test
        void exportWaitDownload(LabelExporter exporter, FakeGlue fake, @TempDir Path dir) throws Exception {
            fake.pacing(Pacing.afterReads(2));

            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-people", "s3://exports/run-1"),
                    ExportOptions.defaults()
                            .waiting(WaitOptions.defaults().withPollInterval(Duration.ofMillis(5)))
                            .downloadingTo(dir));

            assertThat(result.status()).isEqualTo("SUCCEEDED");
            assertThat(result.taskRunId()).isEqualTo(fake.taskRuns().get(0).taskRunId());
            assertThat(result.download().files())
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readAllBytes(f.file()))
                            .isEqualTo(SeedingTest.resource("labels/people.csv")));
            assertThat(result.summary().rows()).isEqualTo(fake.labelCount("tfm-people"));
        }
    }
}
