package io.github.gluelabels.core.labels;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.labels.LabelingFileReaderTest.CountingStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("a large labeling file (300,000 records)")
class LargeLabelingFileTest {

    static final int ROWS = 300_000;
    /** More than Commons CSV's and our own buffers hold together, far less than the file. */
    static final int READ_AHEAD_LIMIT = 64 * 1024;

    @TempDir
    static Path dir;

    static Path file;

    /**
     * Record {@code r} is in set {@code r / 3}; every even set has labels A, A, B, every odd set A, A, A. Every 1000th
     * record has a name of two lines.
     */
    @BeforeAll
    static void write() throws IOException {
        file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("labeling_set_id,label,name,city\r\n");
            for (int r = 0; r < ROWS; r++) {
                int set = r / 3;
                String label = r % 3 == 2 && set % 2 == 0 ? "B" : "A";
                String name = r % 1000 == 0 ? "\"Zoë\r\nMüller, " + r + "\"" : "Name " + r;
                out.write("set-" + set + "," + label + "," + name + ",東京\r\n");
            }
        }
    }

    @Test
    @DisplayName("streams: never reads far ahead of the record it returns, keeps little text, and loses no byte")
    void streams() throws IOException, NoSuchAlgorithmException {
        MessageDigest fileDigest = MessageDigest.getInstance("SHA-256");
        MessageDigest rawDigest = MessageDigest.getInstance("SHA-256");
        CountingStream in = new CountingStream(new DigestInputStream(Files.newInputStream(file), fileDigest));
        long records = 0;
        long maxAhead = 0;
        try (LabelingFileReader reader = LabelingFileReader.open(in, file.toString())) {
            long returnedBytes = update(rawDigest, reader.rawHeader());
            for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
                returnedBytes += update(rawDigest, record.raw());
                maxAhead = Math.max(maxAhead, in.bytesRead - returnedBytes);
                long r = records++;
                // every 1000th record, from record 0, spans two lines
                assertThat(record.line()).as("line of record %d", r).isEqualTo(2 + r + (r + 999) / 1000);
            }
            assertThat(reader.maxBufferedChars()).isLessThan(READ_AHEAD_LIMIT);
        }
        assertThat(records).isEqualTo(ROWS);
        assertThat(maxAhead).isLessThan(READ_AHEAD_LIMIT);
        assertThat(rawDigest.digest()).isEqualTo(fileDigest.digest());
    }

    @Test
    @DisplayName("summarizes")
    void summarizes() throws IOException {
        LabelSummary summary = LabelingFile.summarize(file);

        assertThat(summary.rows()).isEqualTo(ROWS);
        assertThat(summary.labelingSets()).isEqualTo(ROWS / 3);
        assertThat(summary.setsByDistinctLabels()).containsExactly(Map.entry(1, 50_000L), Map.entry(2, 50_000L));
        assertThat(summary.describe())
                .isEqualTo("300,000 labels in 100,000 labeling sets (100,000 sets: 1 label 50,000,"
                        + " 2 labels 50,000); columns: labeling_set_id, label, name, city");
    }

    private static long update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(UTF_8);
        digest.update(bytes);
        return bytes.length;
    }
}
