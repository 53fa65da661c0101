package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.ServerPerClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test written from the README without the download must fail with the fix in its message, never with a
 * {@code NullPointerException}: what the export's options left out is asked for with an exception that says how to
 * get it, and the call it names works.
 */
@DisplayName("A result asked for what its export's options left out")
class LeftOutResultTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    AwsClients clients;
    LabelExporter exporter;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", SuccessfulExportTest.LABELS).createBucket("bucket");
        clients = Fakes.clients(fake);
        exporter = LabelExporter.of(clients, new RecordingListener());
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private static WaitOptions fastPolls() {
        return WaitOptions.defaults()
                .withPollInterval(Duration.ofMillis(1))
                .withMaxPollInterval(Duration.ofMillis(5))
                .withTimeout(Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("without a download folder, download() and summary() say to pass downloadingTo(folder), and the"
            + " download they offer instead works")
    void waitedWithoutDownload(@TempDir Path folder) throws Exception {
        ExportResult result = exporter.export(
                ExportRequest.of("tfm-1", "s3://bucket/out/"),
                ExportOptions.defaults().waiting(fastPolls()));

        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.hasDownload()).isFalse();
        assertThat(result.hasSummary()).isFalse();
        String expected = "No download: the export of transform tfm-1 (task run " + result.taskRunId() + ") did not"
                + " download the labels, as its options had no download folder: ExportOptions.defaults() waits for the run"
                + " but downloads nothing. To download them, export with ExportOptions.defaults().downloadingTo(folder) —"
                + " with the injected LabelExporter of @FakeGlueTest, a @TempDir Path folder — or call"
                + " LabelExporter.download(result.request().outputS3Path(), folder) after the run has succeeded. Code that"
                + " may go either way checks ExportResult.hasDownload() first.";
        assertThatThrownBy(result::download)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
        assertThatThrownBy(result::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);

        DownloadResult offered = exporter.download(result.request().outputS3Path(), folder);
        assertThat(offered.files())
                .singleElement()
                .satisfies(f -> assertThat(Files.readString(f.file())).isEqualTo(SuccessfulExportTest.LABELS));
        assertThat(offered.summary().rows()).isEqualTo(5);
    }

    @Test
    @DisplayName("without waiting, finalState() and download() say the export did not wait, and the await they offer"
            + " works")
    void startedOnly() {
        fake.pacing(Pacing.afterReads(2));
        ExportResult result = exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out/"), ExportOptions.startOnly());

        assertThat(result.status()).isEqualTo("STARTED");
        assertThat(result.hasFinalState()).isFalse();
        assertThatThrownBy(result::finalState)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No final state: the export of transform tfm-1 (task run " + result.taskRunId()
                        + ") did not wait for the"
                        + " run to end (ExportOptions.startOnly(), or the goal's wait=false), so its status is STARTED. To wait,"
                        + " export with ExportOptions.defaults(), or call LabelExporter.await(\"tfm-1\", \""
                        + result.taskRunId()
                        + "\", WaitOptions.defaults()) now. Code that may go either way checks ExportResult.hasFinalState()"
                        + " first.");
        assertThatThrownBy(result::download)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No download: the export of transform tfm-1 (task run " + result.taskRunId()
                        + ") did not download the labels, as it did not wait for the run to end (ExportOptions.startOnly()), and"
                        + " labels can be downloaded only once the run has succeeded. To download them, export with"
                        + " ExportOptions.defaults().downloadingTo(folder)");

        TaskRunState awaited = exporter.await("tfm-1", result.taskRunId(), fastPolls());
        assertThat(awaited.status()).isEqualTo("SUCCEEDED");
    }

    @Test
    @DisplayName("downloaded without a summary, summary() names summarizing(false) among the reasons")
    void downloadedWithoutSummary(@TempDir Path folder) {
        ExportResult result = exporter.export(
                ExportRequest.of("tfm-1", "s3://bucket/out/"),
                ExportOptions.defaults()
                        .waiting(fastPolls())
                        .downloadingTo(folder)
                        .summarizing(false));

        assertThat(result.hasDownload()).isTrue();
        assertThat(result.hasSummary()).isFalse();
        assertThat(result.download().hasSummary()).isFalse();
        String expected = "No summary of the labels downloaded from s3://bucket/out/ to "
                + folder.toAbsolutePath().normalize() + " (1 file): the download was asked for none"
                + " (ExportOptions.summarizing(false), LabelExporter.download(path, folder, false), the goal's"
                + " summarize=false), or a file is not a labeling file (the warning \"Cannot summarize the labels\" named it),"
                + " or no file holds labels. Downloads summarize by default: ExportOptions.defaults().downloadingTo(folder)."
                + " Code that may go either way checks hasSummary() first.";
        assertThatThrownBy(result::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
        assertThatThrownBy(result.download()::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
    }
}
