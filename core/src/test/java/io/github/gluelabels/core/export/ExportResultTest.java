package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExportResult: the outcome of one export, and what it says about what its options left out")
class ExportResultTest {

    static final ExportRequest REQUEST = ExportRequest.of("tfm-1", "s3://bucket/out/");
    static final Instant STARTED_AT = Instant.parse("2026-03-01T10:00:00Z");
    static final TaskRunState SUCCEEDED = new TaskRunState(
            "tfm-1", "run-1", "SUCCEEDED", null, STARTED_AT, Instant.parse("2026-03-01T10:01:05Z"), 60);
    static final Duration START = Duration.ofMillis(250);
    static final Duration WAIT = Duration.ofSeconds(65);

    static ExportResult downloaded(DownloadResult download) {
        return new ExportResult(REQUEST, "run-1", SUCCEEDED, STARTED_AT, START, WAIT, download);
    }

    static ExportResult waitedOnly() {
        return new ExportResult(REQUEST, "run-1", SUCCEEDED, STARTED_AT, START, WAIT, null);
    }

    static ExportResult startedOnly() {
        return new ExportResult(REQUEST, "run-1", null, STARTED_AT, START, Duration.ZERO, null);
    }

    static String noDownload(String why) {
        return "No download: the export of transform tfm-1 (task run run-1) did not download the labels, as " + why
                + ". To download them, export with ExportOptions.defaults().downloadingTo(folder) — with the injected"
                + " LabelExporter of @FakeGlueTest, a @TempDir Path folder — or call"
                + " LabelExporter.download(result.request().outputS3Path(), folder) after the run has succeeded. Code"
                + " that may go either way checks ExportResult.hasDownload() first.";
    }

    @Test
    @DisplayName("with a download: its state, download and summary, and the total of the three durations")
    void withDownload() {
        DownloadResult download = DownloadResultTest.result();
        ExportResult result = downloaded(download);

        assertThat(result.request()).isEqualTo(REQUEST);
        assertThat(result.taskRunId()).isEqualTo("run-1");
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.hasFinalState()).isTrue();
        assertThat(result.finalState()).isSameAs(SUCCEEDED);
        assertThat(result.hasDownload()).isTrue();
        assertThat(result.download()).isSameAs(download);
        assertThat(result.hasSummary()).isTrue();
        assertThat(result.summary()).isSameAs(DownloadResultTest.SUMMARY);
        assertThat(result.startedAt()).isEqualTo(STARTED_AT);
        assertThat(result.startDuration()).isEqualTo(Duration.ofMillis(250));
        assertThat(result.waitDuration()).isEqualTo(Duration.ofSeconds(65));
        assertThat(result.totalDuration()).isEqualTo(Duration.ofMillis(250 + 65_000 + 1500));
    }

    @Test
    @DisplayName("with a download without a summary: hasSummary() is false and summary() is the download's message")
    void downloadWithoutSummary() {
        ExportResult result = downloaded(DownloadResultTest.withoutSummary(DownloadResultTest.PART_0));

        assertThat(result.hasDownload()).isTrue();
        assertThat(result.hasSummary()).isFalse();
        assertThatThrownBy(result::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DownloadResultTest.noSummary("1 file"));
    }

    @Test
    @DisplayName("waited without a download: download() and summary() say the options had no download folder")
    void waitedWithoutDownload() {
        ExportResult result = waitedOnly();

        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.hasFinalState()).isTrue();
        assertThat(result.hasDownload()).isFalse();
        assertThat(result.hasSummary()).isFalse();
        assertThat(result.totalDuration()).isEqualTo(Duration.ofMillis(65_250));
        String expected = noDownload("its options had no download folder: ExportOptions.defaults() waits for the run"
                + " but downloads nothing");
        assertThatThrownBy(result::download)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
        assertThatThrownBy(result::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(expected);
    }

    @Test
    @DisplayName("started only: status STARTED, and finalState() and download() say it did not wait and how to")
    void startedWithoutWaiting() {
        ExportResult result = startedOnly();

        assertThat(result.status()).isEqualTo("STARTED");
        assertThat(result.hasFinalState()).isFalse();
        assertThat(result.hasDownload()).isFalse();
        assertThat(result.hasSummary()).isFalse();
        assertThat(result.totalDuration()).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(result::finalState)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No final state: the export of transform tfm-1 (task run run-1) did not wait for the run"
                        + " to end (ExportOptions.startOnly(), or the goal's wait=false), so its status is STARTED. To"
                        + " wait, export with ExportOptions.defaults(), or call LabelExporter.await(\"tfm-1\","
                        + " \"run-1\", WaitOptions.defaults()) now. Code that may go either way checks"
                        + " ExportResult.hasFinalState() first.");
        assertThatThrownBy(result::download)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(noDownload("it did not wait for the run to end (ExportOptions.startOnly()), and labels can"
                        + " be downloaded only once the run has succeeded"));
    }

    @Test
    @DisplayName("refuses a download without a final state: labels exist only once the run succeeded")
    void refusesDownloadWithoutFinalState() {
        DownloadResult download = DownloadResultTest.result();

        assertThatThrownBy(() -> new ExportResult(REQUEST, "run-1", null, STARTED_AT, START, WAIT, download))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a download needs a final state: labels exist only once the run succeeded");
    }

    @Test
    @DisplayName("refuses a missing request, run id, start time or duration, naming it")
    void refusesNulls() {
        assertThatThrownBy(() -> new ExportResult(null, "run-1", null, STARTED_AT, START, WAIT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> new ExportResult(REQUEST, null, null, STARTED_AT, START, WAIT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("taskRunId");
        assertThatThrownBy(() -> new ExportResult(REQUEST, "run-1", null, null, START, WAIT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("startedAt");
        assertThatThrownBy(() -> new ExportResult(REQUEST, "run-1", null, STARTED_AT, null, WAIT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("startDuration");
        assertThatThrownBy(() -> new ExportResult(REQUEST, "run-1", null, STARTED_AT, START, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("waitDuration");
    }

    @Test
    @DisplayName("toString names every part, the download in full")
    void toStringWithDownload() {
        assertThat(downloaded(DownloadResultTest.withoutSummary(DownloadResultTest.PART_0)))
                .hasToString("ExportResult[request=ExportRequest[transformId=tfm-1, outputS3Path=s3://bucket/out/],"
                        + " taskRunId=run-1, finalState=TaskRunState[transformId=tfm-1, taskRunId=run-1,"
                        + " status=SUCCEEDED, errorString=null, startedOn=2026-03-01T10:00:00Z,"
                        + " completedOn=2026-03-01T10:01:05Z, executionTimeSeconds=60], startedAt=2026-03-01T10:00:00Z,"
                        + " startDuration=PT0.25S, waitDuration=PT1M5S, download=DownloadResult[source=s3://bucket/out/,"
                        + " directory=labels, files=[DownloadedFile[key=out/part-0.csv, file=part-0.csv, size=120]],"
                        + " bytes=120, earlierObjectsLeftAside=0, summary=none, duration=PT1.5S]]");
    }

    @Test
    @DisplayName("toString says what was left out: no final state (not waited for), no download")
    void toStringStartedOnly() {
        assertThat(startedOnly())
                .hasToString("ExportResult[request=ExportRequest[transformId=tfm-1, outputS3Path=s3://bucket/out/],"
                        + " taskRunId=run-1, finalState=none (not waited for), startedAt=2026-03-01T10:00:00Z,"
                        + " startDuration=PT0.25S, waitDuration=PT0S, download=none]");
    }

    @Test
    @DisplayName("equals a result made of equal parts, with the same hash code")
    void equalParts() {
        ExportResult copy = new ExportResult(
                ExportRequest.of("tfm-1", "s3://bucket/out/"),
                "run-1",
                new TaskRunState(
                        "tfm-1",
                        "run-1",
                        "SUCCEEDED",
                        null,
                        Instant.parse("2026-03-01T10:00:00Z"),
                        Instant.parse("2026-03-01T10:01:05Z"),
                        60),
                Instant.parse("2026-03-01T10:00:00Z"),
                Duration.ofMillis(250),
                Duration.ofSeconds(65),
                DownloadResultTest.result());

        assertThat(downloaded(DownloadResultTest.result())).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(startedOnly()).isEqualTo(startedOnly()).hasSameHashCodeAs(startedOnly());
    }

    @Test
    @DisplayName("differs from a result that differs in any one part, and from what is no ExportResult")
    void differentParts() {
        DownloadResult download = DownloadResultTest.result();
        ExportResult result = downloaded(download);
        TaskRunState failed = new TaskRunState("tfm-1", "run-1", "FAILED", "boom", STARTED_AT, STARTED_AT, 1);
        List<ExportResult> others = List.of(
                new ExportResult(
                        ExportRequest.of("tfm-2", "s3://bucket/out/"),
                        "run-1",
                        SUCCEEDED,
                        STARTED_AT,
                        START,
                        WAIT,
                        download),
                new ExportResult(REQUEST, "run-2", SUCCEEDED, STARTED_AT, START, WAIT, download),
                new ExportResult(REQUEST, "run-1", failed, STARTED_AT, START, WAIT, download),
                new ExportResult(REQUEST, "run-1", SUCCEEDED, STARTED_AT.plusSeconds(1), START, WAIT, download),
                new ExportResult(REQUEST, "run-1", SUCCEEDED, STARTED_AT, Duration.ofMillis(251), WAIT, download),
                new ExportResult(REQUEST, "run-1", SUCCEEDED, STARTED_AT, START, Duration.ofSeconds(66), download),
                new ExportResult(
                        REQUEST,
                        "run-1",
                        SUCCEEDED,
                        STARTED_AT,
                        START,
                        WAIT,
                        new DownloadResult(
                                download.source(),
                                Path.of("elsewhere"),
                                download.files(),
                                download.bytes(),
                                download.earlierObjectsLeftAside(),
                                download.summary(),
                                download.duration())),
                waitedOnly());

        for (ExportResult other : others) {
            assertThat(result).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(result);
            assertThat(result.hashCode()).as("hash code of %s", other).isNotEqualTo(other.hashCode());
        }
        assertThat(result).isNotEqualTo(null).isNotEqualTo(result.toString());
        assertThat(startedOnly()).isNotEqualTo(waitedOnly());
    }
}
