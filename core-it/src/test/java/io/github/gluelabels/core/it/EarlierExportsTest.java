package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.S3ObjectInfo;
import io.github.gluelabels.fake.ServerPerClass;
import io.github.gluelabels.fake.TaskRunInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export downloads, counts and summarizes only what its own task run wrote: the objects under the output path that
 * were not there, or were different, when it started. Real Glue writes a new, uniquely named file per export, so a path
 * that several exports share is normal.
 */
@DisplayName("An export to a path that earlier exports wrote to")
class EarlierExportsTest {

    /** Three labels: three parts of one label each. */
    static final String LABELS = "labeling_set_id,label,name\ns1,A,x\ns1,A,y\ns2,B,z\n";

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().rowsPerPart(1));

    FakeGlue fake;
    AwsClients clients;
    RecordingListener listener = new RecordingListener();
    LabelExporter exporter;

    @TempDir
    Path work;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.of(clients, listener);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private ExportResult export(String path, Path folder) {
        return exporter.export(
                ExportRequest.of("tfm-1", path), ExportOptions.defaults().downloadingTo(folder));
    }

    @Test
    @DisplayName("the third of three exports to one path downloads and counts its own 3 labels, not 9")
    void threeExports() {
        Path folder = work.resolve("labels");
        export("s3://bucket/out", folder);
        export("s3://bucket/out", folder);
        List<String> earlier =
                fake.objects("bucket", "out/").stream().map(S3ObjectInfo::key).toList();

        ExportResult third = export("s3://bucket/out", folder);

        assertThat(fake.objects("bucket", "out/")).hasSize(9);
        assertThat(third.download().files())
                .hasSize(3)
                .allSatisfy(f -> assertThat(earlier).doesNotContain(f.key()));
        assertThat(third.summary().rows()).isEqualTo(3);
        assertThat(third.download().earlierObjectsLeftAside()).isEqualTo(6);
        assertThat(listener.infos())
                .anySatisfy(
                        info -> assertThat(info)
                                .startsWith(
                                        "Left aside 6 object(s) under s3://bucket/out that were there before this export started"));
        assertThat(listener.warnings()).isEmpty();
    }

    @Test
    @DisplayName("an object overwritten while the run goes is this run's, and is downloaded")
    void overwrittenDuringTheRun() throws Exception {
        fake.putObject(
                "bucket", "out/part-00000.csv", "labeling_set_id,label\nold,A\n".getBytes(StandardCharsets.UTF_8));
        fake.putObject(
                "bucket", "out/untouched.csv", "labeling_set_id,label\nold,B\n".getBytes(StandardCharsets.UTF_8));
        fake.pacing(Pacing.manual());
        Path folder = work.resolve("labels");
        CompletableFuture<ExportResult> export = CompletableFuture.supplyAsync(() -> export("s3://bucket/out", folder));
        TaskRunInfo run = awaitRun();
        byte[] rewritten = "labeling_set_id,label\nnew,A\n".getBytes(StandardCharsets.UTF_8);
        fake.putObject("bucket", "out/part-00000.csv", rewritten);
        fake.finish(run.taskRunId());

        ExportResult result = export.get(30, TimeUnit.SECONDS);

        assertThat(result.download().files())
                .extracting(DownloadedFile::key)
                .contains("out/part-00000.csv")
                .doesNotContain("out/untouched.csv");
        assertThat(Files.readAllBytes(folder.resolve("part-00000.csv"))).isEqualTo(rewritten);
        assertThat(result.download().earlierObjectsLeftAside()).isEqualTo(1);
    }

    private TaskRunInfo awaitRun() throws InterruptedException {
        for (int i = 0; i < 3_000 && fake.taskRuns().isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(fake.taskRuns()).as("the export started its task run").hasSize(1);
        return fake.taskRuns().get(0);
    }

    @Test
    @DisplayName("when the run wrote nothing new, the message says the earlier objects were left aside")
    void nothingNew() {
        fake.putObject("bucket", "out/part-00000.csv", LABELS.getBytes(StandardCharsets.UTF_8));
        // the run's own objects vanish once it succeeded, before the download lists the path
        ExportListener deleteTheRunsObjects = new ExportListener() {
            @Override
            public void statusChanged(TaskRunState state, Duration elapsed) {
                if (state.succeeded()) {
                    fake.objects("bucket", "out/").stream()
                            .filter(o -> o.key().startsWith("out/tfm-1_labels_")) // the run's, not part-00000
                            .forEach(o -> clients.s3()
                                    .deleteObject(r -> r.bucket("bucket").key(o.key())));
                }
            }
        };

        assertThatThrownBy(() -> LabelExporter.of(clients, deleteTheRunsObjects)
                        .export(
                                ExportRequest.of("tfm-1", "s3://bucket/out"),
                                ExportOptions.defaults().downloadingTo(work.resolve("labels"))))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageStartingWith("Nothing to download: this export wrote no object under s3://bucket/out")
                .hasMessageContaining("1 object that was there before it started was left aside");
        assertThat(work.resolve("labels")).doesNotExist();
    }
}
