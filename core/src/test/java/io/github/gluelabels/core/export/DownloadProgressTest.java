package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DownloadProgress: reports each file, and every few megabytes in between")
class DownloadProgressTest {

    private static final long EVERY = DownloadProgress.REPORT_EVERY;
    private static final long TOTAL = 5 * EVERY;

    private final List<String> reports = new ArrayList<>();
    private final DownloadProgress progress = new DownloadProgress(
            new ExportListener() {
                @Override
                public void downloadProgress(long bytesDone, long bytesTotal, int filesDone, int filesTotal) {
                    reports.add(bytesDone + "/" + bytesTotal + " bytes, " + filesDone + "/" + filesTotal + " files");
                }
            },
            TOTAL,
            3);

    @Test
    @DisplayName("reports once 8 MiB arrived, not a byte before, then 8 MiB later")
    void reportsEveryEightMebibytes() {
        assertThat(EVERY).isEqualTo(8L * 1024 * 1024);

        progress.add(EVERY - 1);
        assertThat(reports).isEmpty();
        progress.add(1);
        assertThat(reports).containsExactly(EVERY + "/" + TOTAL + " bytes, 0/3 files");
        progress.add(EVERY - 1);
        assertThat(reports).hasSize(1);
        progress.add(1);
        assertThat(reports)
                .containsExactly(
                        EVERY + "/" + TOTAL + " bytes, 0/3 files", 2 * EVERY + "/" + TOTAL + " bytes, 0/3 files");
    }

    @Test
    @DisplayName("a large chunk is one report, and the next comes 8 MiB after it")
    void countsTheNextReportFromTheBytesDone() {
        progress.add(3 * EVERY + 5);
        progress.add(EVERY - 1);
        progress.add(1);

        assertThat(reports)
                .containsExactly(
                        (3 * EVERY + 5) + "/" + TOTAL + " bytes, 0/3 files",
                        (4 * EVERY + 5) + "/" + TOTAL + " bytes, 0/3 files");
    }

    @Test
    @DisplayName("reports every file done, with the bytes so far")
    void reportsEveryFile() {
        progress.add(10);
        progress.fileDone();
        progress.add(20);
        progress.fileDone();

        assertThat(reports).containsExactly("10/" + TOTAL + " bytes, 1/3 files", "30/" + TOTAL + " bytes, 2/3 files");
    }
}
