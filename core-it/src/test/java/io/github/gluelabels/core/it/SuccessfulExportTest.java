package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.it.RecordingListener.DownloadStart;
import io.github.gluelabels.core.it.RecordingListener.Progress;
import io.github.gluelabels.core.it.RecordingListener.Started;
import io.github.gluelabels.core.it.RecordingListener.StatusChange;
import io.github.gluelabels.core.labels.LabelSummary;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.S3ObjectInfo;
import io.github.gluelabels.fake.ServerPerClass;
import io.github.gluelabels.fake.TaskRunInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A successful export")
class SuccessfulExportTest {

    /** UTF-8 beyond Latin-1, a quoted comma, doubled quotes, a line break inside a field; 5 labels in 3 sets. */
    static final String LABELS = "labeling_set_id,label,name,city\n"
            + "set-1,A,\"Zoë, the first\",東京\n"
            + "set-1,A,Zoe the first,Tokyo\n"
            + "set-1,B,\"He said \"\"hi\"\"\",\"line one\nline two\"\n"
            + "set-2,A,😀 emoji,Paris\n"
            + "set-3,A,plain,Lyon\n";

    /** The same labels with Windows line ends, also inside the quoted field. */
    static final String CRLF_LABELS = LABELS.replace("\n", "\r\n");

    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().rowsPerPart(2));

    FakeGlue fake;
    AwsClients clients;
    RecordingListener listener = new RecordingListener();
    LabelExporter exporter;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", LABELS).seedLabels("tfm-crlf", CRLF_LABELS).createBucket("bucket");
        clients = Fakes.clients(fake);
        exporter = LabelExporter.of(clients, listener);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private static ExportOptions fastPolls() {
        return ExportOptions.defaults()
                .waiting(WaitOptions.defaults()
                        .withPollInterval(Duration.ofMillis(1))
                        .withMaxPollInterval(Duration.ofMillis(5))
                        .withTimeout(Duration.ofSeconds(20)));
    }

    @Nested
    @DisplayName("starts and waits")
    class StartAndWait {

        @Test
        @DisplayName("returns the TaskRunId the service gave, and the run it names exists")
        void returnsTheTaskRunId() {
            ExportResult result = exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls());

            assertThat(result.taskRunId()).matches("tsk-[0-9a-f]{32}");
            assertThat(fake.taskRuns()).extracting(TaskRunInfo::taskRunId).containsExactly(result.taskRunId());
            assertThat(fake.taskRun(result.taskRunId()).orElseThrow().s3Path()).isEqualTo("s3://bucket/out");
        }

        @Test
        @DisplayName("ends with the final status SUCCEEDED, as the service reports it")
        void endsSucceeded() {
            ExportResult result = exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls());

            assertThat(result.status()).isEqualTo("SUCCEEDED");
            TaskRunInfo run = fake.taskRun(result.taskRunId()).orElseThrow();
            assertThat(result.finalState().taskRunId()).isEqualTo(result.taskRunId());
            assertThat(result.finalState().transformId()).isEqualTo("tfm-1");
            // the SDK reads epoch seconds to the millisecond
            assertThat(result.finalState().startedOn())
                    .isEqualTo(run.startedOn().truncatedTo(ChronoUnit.MILLIS));
            assertThat(result.finalState().completedOn())
                    .isEqualTo(run.completedOn().truncatedTo(ChronoUnit.MILLIS));
            assertThat(result.finalState().errorString()).isNull();
        }

        @Test
        @DisplayName("reports timings that are not negative and add up")
        void timings() {
            Instant before = Instant.now();
            ExportResult result = exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls());

            assertThat(result.startedAt()).isBetween(before, Instant.now());
            assertThat(result.startDuration()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(result.waitDuration()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(result.totalDuration()).isEqualTo(result.startDuration().plus(result.waitDuration()));
            assertThat(result.finalState().executionTimeSeconds()).isNotNull().isNotNegative();
        }

        @Test
        @DisplayName("tells the listener it started, then each status change: STARTING → RUNNING → SUCCEEDED")
        void listenerHearsEveryStatusChange() {
            fake.pacing(Pacing.afterReads(3));
            ExportResult result = exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls());

            assertThat(listener.events.get(0)).isEqualTo(new Started("tfm-1", result.taskRunId()));
            assertThat(listener.statuses()).containsExactly("STARTING", "RUNNING", "SUCCEEDED");
            assertThat(listener.all(StatusChange.class))
                    .extracting(StatusChange::elapsed)
                    .allSatisfy(elapsed -> assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ZERO))
                    .isSortedAccordingTo(Duration::compareTo);
            assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(3);
        }

        @Test
        @DisplayName("with start only, returns the TaskRunId without reading the status")
        void startOnly() {
            fake.pacing(Pacing.manual());
            ExportResult result =
                    exporter.export(ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.startOnly());

            assertThat(result.status()).isEqualTo("STARTED");
            assertThat(result.hasFinalState()).isFalse();
            assertThat(result.hasDownload()).isFalse();
            assertThat(result.waitDuration()).isZero();
            assertThat(fake.journal().count("GetMLTaskRun")).isZero();
            assertThat(fake.taskRun(result.taskRunId()).orElseThrow().status()).isEqualTo("STARTING");
        }
    }

    @Nested
    @DisplayName("downloads a multi-part export")
    class Download {

        @Test
        @DisplayName("into one file per part, each byte for byte the object it came from")
        void onePerPart(@TempDir Path dir) throws IOException {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls().downloadingTo(dir));

            List<S3ObjectInfo> parts = fake.objects("bucket", "out/");
            assertThat(parts).hasSize(3);
            DownloadResult download = result.download();
            assertThat(download.directory()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(download.files())
                    .extracting(DownloadedFile::key)
                    .containsExactlyElementsOf(
                            parts.stream().map(S3ObjectInfo::key).toList());
            for (DownloadedFile file : download.files()) {
                assertThat(file.file())
                        .isEqualTo(download.directory().resolve(file.key().substring("out/".length())));
                assertThat(Files.readAllBytes(file.file())).isEqualTo(fake.objectBytes("bucket", file.key()));
                assertThat(file.size()).isEqualTo(Files.size(file.file()));
            }
            assertThat(download.bytes())
                    .isEqualTo(parts.stream().mapToLong(S3ObjectInfo::size).sum());
            try (Stream<Path> inFolder = Files.list(dir)) {
                assertThat(inFolder)
                        .extracting(p -> p.getFileName().toString())
                        .hasSize(4)
                        .contains(".glue-labels")
                        .anyMatch(name -> name.matches("tfm-1_labels_[0-9_-]+_[0-9a-f-]{36}_part-00001\\.csv"));
            }
        }

        @Test
        @DisplayName("whose parts, headers dropped but the first, are byte for byte the labels seeded (UTF-8, quotes, "
                + "line breaks)")
        void byteForByte(@TempDir Path dir) throws IOException {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/out/"), fastPolls().downloadingTo(dir));

            assertThat(joinParts(result.download(), "labeling_set_id,label,name,city\n"))
                    .isEqualTo(LABELS.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("keeps CRLF line ends exactly as seeded")
        void crlf(@TempDir Path dir) throws IOException {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-crlf", "s3://bucket/crlf"),
                    fastPolls().downloadingTo(dir));

            assertThat(result.download().files()).hasSize(3);
            assertThat(joinParts(result.download(), "labeling_set_id,label,name,city\r\n"))
                    .isEqualTo(CRLF_LABELS.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("and summarizes the labels exactly: rows, sets, distinct labels per set, columns")
        void summary(@TempDir Path dir) {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls().downloadingTo(dir));

            LabelSummary summary = result.summary();
            assertThat(summary.rows()).isEqualTo(5);
            assertThat(summary.labelingSets()).isEqualTo(3);
            assertThat(summary.columns()).containsExactly("labeling_set_id", "label", "name", "city");
            assertThat(summary.setsByDistinctLabels()).containsExactly(entry(1, 2L), entry(2, 1L));
        }

        @Test
        @DisplayName("summarizing the CRLF file the same as the LF one")
        void crlfSummary(@TempDir Path dir) {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-crlf", "s3://bucket/crlf"),
                    fastPolls().downloadingTo(dir));

            assertThat(result.summary().describe())
                    .isEqualTo("5 labels in 3 labeling sets "
                            + "(3 sets: 1 label 2, 2 labels 1); columns: labeling_set_id, label, name, city");
        }

        @Test
        @DisplayName("reporting the download's start and its progress after every file, ending at the total")
        void progress(@TempDir Path dir) {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls().downloadingTo(dir));

            long total = result.download().bytes();
            List<DownloadedFile> files = result.download().files();
            assertThat(listener.all(DownloadStart.class))
                    .containsExactly(
                            new DownloadStart(3, total, dir.toAbsolutePath().normalize()));
            // the parts arrive in any order (four at a time): one report per part, counting up, the last at the total
            List<Progress> reports = listener.all(Progress.class);
            assertThat(reports).extracting(Progress::filesDone).containsExactly(1, 2, 3);
            assertThat(reports)
                    .extracting(Progress::bytesDone)
                    .isSorted()
                    .allSatisfy(bytes -> assertThat(files.stream()
                                    .mapToLong(DownloadedFile::size)
                                    .anyMatch(size -> bytes >= size))
                            .isTrue());
            assertThat(reports.get(2)).isEqualTo(new Progress(total, total, 3, 3));
            assertThat(listener.warnings()).isEmpty();
        }

        @Test
        @DisplayName("adds the download's time to the export's total")
        void downloadTime(@TempDir Path dir) {
            ExportResult result = exporter.export(
                    ExportRequest.of("tfm-1", "s3://bucket/out"), fastPolls().downloadingTo(dir));

            assertThat(result.download().duration()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(result.totalDuration())
                    .isEqualTo(result.startDuration()
                            .plus(result.waitDuration())
                            .plus(result.download().duration()));
        }
    }

    /** The downloaded parts joined back into one labeling file: the first whole, the others without their header. */
    private static byte[] joinParts(DownloadResult download, String header) throws IOException {
        byte[] headerBytes = header.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < download.files().size(); i++) {
            byte[] part = Files.readAllBytes(download.files().get(i).file());
            assertThat(new String(part, 0, Math.min(part.length, headerBytes.length), StandardCharsets.UTF_8))
                    .as("the header of part %d", i)
                    .isEqualTo(header);
            joined.write(part, i == 0 ? 0 : headerBytes.length, part.length - (i == 0 ? 0 : headerBytes.length));
        }
        return joined.toByteArray();
    }
}
