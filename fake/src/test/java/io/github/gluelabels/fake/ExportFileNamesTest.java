package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * The files of an export are named as Glue names them: {@code <TransformId>_labels_<yyyy-MM-dd_HH_mm_ss>_<uuid>.csv},
 * one per export, as in the one public trace of real exports (github.com/cssat/sprout-linkages).
 */
@DisplayName("Export files as Glue names them")
class ExportFileNamesTest {

    /** The run's UTC time and a random UUID, as they follow {@code _labels_}. */
    static final String TIME_AND_UUID =
            "\\d{4}-\\d\\d-\\d\\d_\\d\\d_\\d\\d_\\d\\d_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static final ManualClock CLOCK = new ManualClock(Instant.parse("2022-01-12T00:17:57.250Z"));
    static final String LABELS = "labeling_set_id,label,name\ns1,A,Ann\ns1,A,Anne\ns2,B,Bob\n";

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().clock(CLOCK));

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private void export(String transformId, String path) {
        glue.startExportLabelsTaskRun(r -> r.transformId(transformId).outputS3Path(path));
    }

    @Test
    void anExportIsOneFileNamedAfterTheTransformAndTheRunsTime() {
        fake.seedLabels("tfm-2cddc271329f9b656404632009a9f69ef4fb961d", LABELS);

        export("tfm-2cddc271329f9b656404632009a9f69ef4fb961d", "s3://bucket/labels");

        List<S3ObjectInfo> files = fake.objects("bucket", "labels/");
        assertThat(files)
                .singleElement()
                .satisfies(f -> assertThat(f.key())
                        .matches("labels/tfm-2cddc271329f9b656404632009a9f69ef4fb961d_labels_2022-01-12_00_17_57_"
                                + "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.csv"));
        assertThat(new String(fake.objectBytes("bucket", files.get(0).key()), StandardCharsets.UTF_8))
                .isEqualTo(LABELS);
    }

    @Test
    void exportsToOneFolderSitSideBySide() {
        fake.seedLabels("tfm-1", LABELS);

        export("tfm-1", "s3://bucket/shared");
        CLOCK.advance(Duration.ofSeconds(1));
        export("tfm-1", "s3://bucket/shared/");

        assertThat(fake.objects("bucket", "shared/"))
                .extracting(S3ObjectInfo::key)
                .satisfiesExactly(
                        k -> assertThat(k).startsWith("shared/tfm-1_labels_2022-01-12_00_17_5"),
                        k -> assertThat(k).startsWith("shared/tfm-1_labels_2022-01-12_00_17_5"))
                .doesNotHaveDuplicates();
    }

    @Test
    void anIdWithASlashMakesNoFolder() {
        fake.seedLabels("tfm/odd", LABELS);

        export("tfm/odd", "s3://bucket/odd");

        assertThat(fake.objects("bucket", "odd/"))
                .singleElement()
                .satisfies(f -> assertThat(f.key()).matches("odd/tfm_odd_labels_" + TIME_AND_UUID + "\\.csv"));
    }
}
