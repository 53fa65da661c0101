package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;

@DisplayName("The injected LabelImporter: imports into the test's account, which the test then reads")
class ImportInjectionTest {

    static final String NEW = "labeling_set_id,label,name,city\nset-7,A,Ann,Lyon\nset-7,B,Bob,Nice\n";

    @Test
    void theInjectedImporterReplacesTheLabelsAfterABackup() {
        assertAllPassed(TestKit.run(ReplaceWithBackup.class), 1);
    }

    @Test
    void theInjectedExporterNamesTheS3EndpointWhenS3CannotBeReached() {
        assertAllPassed(TestKit.run(ExporterS3Endpoint.class), 1);
    }

    static ImportOptions fast() {
        return ImportOptions.defaults().waiting(WaitOptions.defaults().withPollInterval(Duration.ofMillis(5)));
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "labels")
    static class ReplaceWithBackup {
        @Test
        void replace(LabelImporter importer, FakeGlue fake, @TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("new.csv"), NEW);
            long seeded = fake.labelCount("tfm-people");

            ImportResult result = importer.importLabels(
                    ImportRequest.of("tfm-people", file, "s3://labels/import-1/"), fast().replacingAllLabels());

            assertThat(result.labelCountBefore()).isEqualTo(seeded).isPositive();
            assertThat(fake.labels("tfm-people").orElseThrow()).isEqualTo(NEW.getBytes(StandardCharsets.UTF_8));
            assertThat(fake.labelCount("tfm-people")).isEqualTo(2).isEqualTo(result.labelCountAfter());
            assertThat(result.backup().orElseThrow().localCopy()).isDirectory();
            assertThat(fake.objects("labels", "glue-labels-backups/tfm-people/"))
                    .isNotEmpty();
        }
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "labels")
    static class ExporterS3Endpoint {
        @Test
        void namesTheEndpoint(LabelExporter exporter, GlueClient glue, FakeGlue fake, @TempDir Path dir) {
            fake.faults().injectAlways("ListObjectsV2", Fault.dropConnection());
            String endpoint = glue.serviceClientConfiguration()
                    .endpointOverride()
                    .orElseThrow()
                    .toString();

            assertThatThrownBy(() -> exporter.export(
                            ExportRequest.of("tfm-people", "s3://labels/out"),
                            ExportOptions.defaults().downloadingTo(dir.resolve("out"))))
                    .hasMessageContaining("S3 for s3://labels/out")
                    .hasMessageContaining(" at " + endpoint.replaceAll("/$", ""));
        }
    }
}
