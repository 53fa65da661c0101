package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The fast scan at its edges: the end of the file, long fields, buffer boundaries")
class WellFormedScanEdgesTest {

    @ParameterizedTest(name = "ends with the bytes {0}")
    @ValueSource(strings = {"C3", "E69D", "F09F98", "E6"})
    void givesUpOnAFileThatEndsInsideACharacter(String hex) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("labeling_set_id,label\ns,A".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            file.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        byte[] bytes = file.toByteArray();
        assertThat(scan(bytes)).isNull();
        assertThatThrownBy(() -> careful(bytes)).isInstanceOf(LabelingFileException.class);
    }

    @Test
    void countsFieldsLongerThanItsFirstBuffers() throws IOException {
        // set ids that differ only past byte 64, in plain runs, in multi-byte characters (kept a byte at a time) and
        // in doubled quotes (also a byte at a time); a label and a header column of 200 bytes
        String plain = "p".repeat(100);
        String accented = "é".repeat(100);
        String quotes = "\"".repeat(100);
        String longLabel = "L".repeat(200);
        String longColumn = "c".repeat(200);
        String text = "labeling_set_id,label," + longColumn + "\n"
                + plain + "1,A,x\n"
                + plain + "2,A,x\n"
                + accented + "1,B,x\n"
                + accented + "2," + longLabel + ",x\n"
                + "\"" + quotes.replace("\"", "\"\"") + "1\",C,x\n"
                + "\"" + quotes.replace("\"", "\"\"") + "2\",C,x\n"
                + plain + "1,B,x\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        LabelSummary fast = scan(bytes).build();

        assertThat(fast).isEqualTo(careful(bytes));
        assertThat(fast.columns()).containsExactly("labeling_set_id", "label", longColumn);
        assertThat(fast.rows()).isEqualTo(7);
        assertThat(fast.labelingSets()).isEqualTo(6);
        assertThat(fast.setsByDistinctLabels()).containsExactly(Map.entry(1, 5L), Map.entry(2, 1L));
    }

    @Test
    void countsACharacterThatStraddlesTwoBuffers() throws IOException {
        // the scan reads 64 KiB at a time: a 4-byte character in a set id, its first two bytes in the first buffer
        String before = "labeling_set_id,label\nx,A\n";
        String text = before + "f".repeat(65_534 - before.length()) + "😀z,A\ny😀,B\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[65_534]).isEqualTo((byte) 0xF0);

        LabelSummary fast = scan(bytes).build();

        assertThat(fast).isEqualTo(careful(bytes));
        assertThat(fast.rows()).isEqualTo(3);
    }

    private static LabelSummaryBuilder scan(byte[] file) {
        try {
            return WellFormedScan.count(new ByteArrayInputStream(file), "f.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static LabelSummary careful(byte[] file) {
        try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(file), "f.csv")) {
            return new LabelSummaryBuilder().addAll(reader).build();
        }
    }
}
