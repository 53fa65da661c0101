package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.S3ObjectInfo;
import io.github.gluelabels.fake.ServerPerClass;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A download is bounded: a whole bucket is refused before the task run is started, and a download past its bound of
 * objects or bytes before anything is written, naming the bound and how to raise it.
 */
@DisplayName("The bounds of a download")
class DownloadBoundsTest {

    /** Three labels: three parts of one label each. */
    static final String LABELS = "labeling_set_id,label,name\ns1,A,x\ns1,A,y\ns2,B,z\n";

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().rowsPerPart(1));

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @TempDir
    Path work;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.of(clients, new RecordingListener());
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private ExportResult export(String path, DownloadLimits limits) {
        return exporter.export(
                ExportRequest.of("tfm-1", path),
                ExportOptions.defaults().downloadingTo(work.resolve("labels")).withDownloadLimits(limits));
    }

    @ParameterizedTest(name = "{0} is refused before the task run is started")
    @ValueSource(strings = {"s3://bucket", "s3://bucket/"})
    void wholeBucket(String path) {
        assertThatThrownBy(() -> export(path, DownloadLimits.defaults()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("OutputS3Path must name a folder inside the bucket to download from")
                .hasMessageContaining("a download of a whole bucket is refused");

        assertThat(fake.journal().entries("StartExportLabelsTaskRun")).isEmpty();
        assertThat(fake.journal().entries("ListObjectsV2")).isEmpty();
        assertThat(work.resolve("labels")).doesNotExist();
    }

    @Test
    @DisplayName("a whole bucket is refused by a download on its own too")
    void wholeBucketDownload() {
        fake.putObject("bucket", "anything.csv", LABELS.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket"), work.resolve("labels")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("a download of a whole bucket is refused");
        assertThat(work.resolve("labels")).doesNotExist();
    }

    @Test
    @DisplayName("one object past the bound of objects is refused, naming the bound and how to raise it")
    void tooManyObjects() {
        assertThatThrownBy(() ->
                        export("s3://bucket/out", DownloadLimits.defaults().withMaxObjects(2)))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(
                        "Refusing to download 3 objects from s3://bucket/out: that is more than maxDownloadObjects (2). "
                                + "Nothing was downloaded. If the export really is that large, raise the bound (the export goal's "
                                + "glue-labels.maxDownloadObjects, or DownloadLimits.withMaxObjects in ExportOptions); if not, export to "
                                + "a folder of its own.");
        assertThat(fake.journal().entries("GetObject")).isEmpty();
        assertThat(work.resolve("labels")).doesNotExist();
    }

    @Test
    @DisplayName("a download on its own keeps the bounds of its options")
    void downloadWithOptions() {
        fake.putObject("bucket", "out/a.csv", LABELS.getBytes(StandardCharsets.UTF_8));
        fake.putObject("bucket", "out/b.csv", LABELS.getBytes(StandardCharsets.UTF_8));
        ExportOptions options = ExportOptions.defaults().downloadingTo(work.resolve("labels"));

        assertThatThrownBy(() -> exporter.download(
                        S3Uri.parse("OutputS3Path", "s3://bucket/out"),
                        options.withDownloadLimits(DownloadLimits.defaults().withMaxObjects(1))))
                .hasMessageStartingWith("Refusing to download 2 objects from s3://bucket/out: that is more than "
                        + "maxDownloadObjects (1).");
        assertThat(exporter.download(S3Uri.parse("OutputS3Path", "s3://bucket/out"), options)
                        .files())
                .hasSize(2);
    }

    @Test
    @DisplayName("exactly the bound of objects is downloaded")
    void atTheBound() {
        assertThat(export("s3://bucket/out", DownloadLimits.defaults().withMaxObjects(3))
                        .download()
                        .files())
                .hasSize(3);
    }

    @Test
    @DisplayName("past the bound of bytes is refused, naming it")
    void tooManyBytes() {
        Throwable refused = catchThrowable(
                () -> export("s3://bucket/out", DownloadLimits.defaults().withMaxBytes(50)));

        long written = fake.objects("bucket", "out/").stream()
                .mapToLong(S3ObjectInfo::size)
                .sum();
        assertThat(written).isGreaterThan(50);
        assertThat(refused)
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageStartingWith("Refusing to download " + written
                        + " bytes from s3://bucket/out: that is more than " + "maxDownloadBytes (50 bytes).")
                .hasMessageContaining("glue-labels.maxDownloadBytes");
        assertThat(work.resolve("labels")).doesNotExist();
    }

    @Test
    @DisplayName("earlier exports' objects, left aside, do not count")
    void earlierObjectsDoNotCount() {
        export("s3://bucket/out", DownloadLimits.defaults().withMaxObjects(3));

        ExportResult second =
                export("s3://bucket/out", DownloadLimits.defaults().withMaxObjects(3));

        assertThat(second.download().files()).hasSize(3);
        assertThat(second.download().earlierObjectsLeftAside()).isEqualTo(3);
    }
}
