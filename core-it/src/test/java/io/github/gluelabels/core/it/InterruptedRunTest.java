package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed mid-export, then killed mid-download, then run again: the export runs in a JVM of its own
 * ({@link ExportProcess}, the core exporter as the Maven goal runs it), killed with SIGKILL, so that no finally block and
 * no shutdown hook runs. At every step, every file in the download folder that looks finished is byte for byte the
 * object it came from; the rerun downloads its own run's parts (the killed run's are left aside), and they put
 * together are the seeded labels.
 */
@DisplayName("An export killed mid-wait, then mid-download, then run again")
@Timeout(120)
class InterruptedRunTest {

    static final int LABELS = 20_000;
    static final int ROWS_PER_PART = 5_000;
    /** Slow enough that the download of a part of about 150 KB takes most of a second. */
    static final long SLOW_BYTES_PER_SECOND = 200_000;

    @TempDir
    Path work;

    @Test
    @DisplayName("leaves no corrupted file, and the rerun's files are the seeded labels")
    void killedTwiceThenRerun() throws Exception {
        String seeds = labels();
        try (FakeGlueServer server =
                        FakeGlueServer.builder().rowsPerPart(ROWS_PER_PART).start();
                ThrottlingProxy s3 = new ThrottlingProxy(server.endpoint())) {
            FakeGlue fake = server.defaultAccount();
            fake.seedLabels("tfm-1", seeds).createBucket("bucket");
            Path download = work.resolve("labels");
            String[] arguments = arguments(fake, s3, download);
            // 1. killed while it waits for the task run
            fake.pacing(Pacing.manual());
            ChildJvm first = ChildJvm.start(ExportProcess.class, arguments);
            first.killWhen(() -> fake.journal().count("GetMLTaskRun") >= 3);
            assertThat(first.output()).first().asString().startsWith("started tsk-");
            assertThat(fake.taskRuns())
                    .singleElement()
                    .extracting(TaskRunInfo::status)
                    .isEqualTo("STARTING");
            assertThat(Files.exists(download))
                    .as("download folder after a kill mid-wait")
                    .isFalse();
            // 2. killed while it downloads, in the middle of a file
            fake.pacing(Pacing.immediate());
            s3.answersPerSecond(SLOW_BYTES_PER_SECOND);
            ChildJvm second = ChildJvm.start(ExportProcess.class, arguments);
            second.killWhen(() -> temporaryFiles(download).size() >= 2
                    && sizeOf(temporaryFiles(download).get(0)) > 0);
            assertThat(temporaryFiles(download)).as("the kill landed mid-file").isNotEmpty();
            assertThat(finishedFiles(download))
                    .as("a download keeps nothing until every object has arrived")
                    .isEmpty();
            // 3. run again to the end
            s3.answersPerSecond(0);
            ChildJvm third = ChildJvm.start(ExportProcess.class, arguments);
            assertThat(third.waitForExit())
                    .as("the rerun's exit status; output %s", third.output())
                    .isZero();
            String thirdRun = third.output().get(0).substring("started ".length());
            // the killed run's parts were under the path before the rerun started: left aside
            assertThat(third.output()).last().isEqualTo("downloaded 4");
            assertEveryFinishedFileIsItsObject(fake, download);
            assertThat(finishedFiles(download)).hasSize(4);
            assertThat(temporaryFiles(download))
                    .as("the rerun removed what the killed run left")
                    .isEmpty();
            assertThat(FolderState.temporaries(download)).isEmpty();
            assertThat(joinedParts(download)).isEqualTo(seeds);
            assertThat(fake.taskRun(thirdRun))
                    .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"));
        }
    }

    static String labels() {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name,city\n");
        for (int i = 0; i < LABELS; i++) {
            csv.append("set-")
                    .append(i / 3)
                    .append(',')
                    .append(i % 2 == 0 ? "A" : "B")
                    .append(",\"Zoë, ")
                    .append(i)
                    .append("\",東京\n");
        }
        return csv.toString();
    }

    static String[] arguments(FakeGlue fake, ThrottlingProxy s3, Path download) {
        return new String[] {
            fake.glueEndpoint().toString(),
            s3.endpoint().toString(),
            fake.accessKeyId(),
            "tfm-1",
            "s3://bucket/out",
            download.toString()
        };
    }

    static void assertEveryFinishedFileIsItsObject(FakeGlue fake, Path download) throws IOException {
        for (Path file : finishedFiles(download)) {
            assertThat(Files.readAllBytes(file))
                    .as("%s", file)
                    .isEqualTo(fake.objectBytes("bucket", "out/" + file.getFileName()));
        }
    }

    /** The parts of the run the folder holds (a download replaces earlier ones), in order, headers dropped but one. */
    static String joinedParts(Path download) throws IOException {
        StringBuilder joined = new StringBuilder();
        List<Path> parts = finishedFiles(download).stream()
                .filter(p -> p.getFileName().toString().startsWith("tfm-1_labels_"))
                .sorted()
                .toList();
        assertThat(parts).hasSize(LABELS / ROWS_PER_PART);
        for (Path part : parts) {
            String text = Files.readString(part, StandardCharsets.UTF_8);
            joined.append(joined.length() == 0 ? text : text.substring(text.indexOf('\n') + 1));
        }
        return joined.toString();
    }

    static List<Path> finishedFiles(Path folder) {
        return files(folder).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .toList();
    }

    /** The files a download stages in its bookkeeping folder until every object has arrived. */
    static List<Path> temporaryFiles(Path folder) {
        Path staging = folder.resolve(FolderState.BOOKKEEPING).resolve("staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // moved into place, or discarded, meanwhile
        }
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // moved into place meanwhile
        }
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
