package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the fast scan must give up and leave the file to the careful reader, which says what is wrong and where; and
 * the byte order mark, the header's own bytes and the spill file of a count it drops.
 */
@DisplayName("The fast scan gives up at what is not plainly well formed, and only there")
class WellFormedScanGivesUpTest {

    private static final String HEADER = "labeling_set_id,label\n";

    static Stream<Arguments> notPlain() {
        return Stream.of(
                Arguments.of("an ASCII byte inside a two-byte character", HEADER + "s,<C3>A<A9>\n", true),
                Arguments.of("a line break inside a two-byte character", HEADER + "s,A<C3>\nt,<A9>B\n", true),
                Arguments.of("a byte that starts no character, after text", HEADER + "s,A<FF>\n", true),
                Arguments.of("a lone CR before text", HEADER + "s,A\rxt,B\n", false),
                Arguments.of("a quoted part inside an unquoted field", HEADER + "s,A\"x\"\n", false),
                Arguments.of("a header of one column", "labeling_set_id\ns\n", true),
                Arguments.of("U+0EFF (E0 BB BF) before the header", "<E0BBBF>" + HEADER + "s,A\n", true),
                Arguments.of("U+F03F (EF 80 BF) before the header", "<EF80BF>" + HEADER + "s,A\n", true),
                Arguments.of("U+FEC0 (EF BB 80) before the header", "<EFBB80>" + HEADER + "s,A\n", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPlain")
    void givesUp(String what, String text, boolean carefulReaderRefuses) throws IOException {
        byte[] file = bytes(text);

        assertThat(WellFormedScan.count(new ByteArrayInputStream(file), "f.csv"))
                .isNull();
        assertThat(WellFormedScan.records(new ByteArrayInputStream(file), "f.csv", (fields, lengths) -> {}))
                .isNull();
        if (carefulReaderRefuses) {
            assertThatThrownBy(() -> careful(file)).isInstanceOf(LabelingFileException.class);
        } else {
            assertThat(careful(file).rows()).isPositive();
        }
    }

    @Test
    @DisplayName("a byte order mark counts only at the very start, not at the start of a later buffer")
    void takesAByteOrderMarkOnlyAtTheStartOfTheFile() throws IOException {
        // the scan reads 64 KiB at a time: U+FEFF (EF BB BF) inside a set id, at the first byte of the second buffer,
        // is part of the id; dropped, the id would be the first record's and the sets one fewer
        String before = HEADER + "xy,A\n";
        String text = before + "f,A\n".repeat((65_535 - before.length()) / 4) + "x\uFEFFy,B\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        assertThat(file[65_536]).isEqualTo((byte) 0xEF);

        LabelSummary fast =
                WellFormedScan.count(new ByteArrayInputStream(file), "f.csv").build();

        assertThat(fast).isEqualTo(careful(file));
        assertThat(fast.labelingSets()).isEqualTo(3);
    }

    @Test
    @DisplayName("header columns of characters kept a byte at a time, longer than the first buffer of 64 bytes")
    void keepsTheHeadersMultiByteAndQuotedColumns() throws IOException {
        String long1 = "é".repeat(40);
        String quoted = "Zoë, \"the first\"";
        byte[] file = (HEADER.strip() + "," + long1 + ",\"" + quoted.replace("\"", "\"\"") + "\"\ns,A,x,y\n")
                .getBytes(StandardCharsets.UTF_8);

        LabelSummary fast =
                WellFormedScan.count(new ByteArrayInputStream(file), "f.csv").build();

        assertThat(fast.columns()).containsExactly("labeling_set_id", "label", long1, quoted);
        assertThat(fast).isEqualTo(careful(file));
    }

    @Test
    @DisplayName("a count it gives up on after its sets outgrew memory leaves no temporary file open (Linux)")
    void freesTheSpillFileOfACountItDrops() throws IOException {
        // 200,000 sets outgrow the 2 MB a count may hold: the sets go to a temporary file; then a bad last record
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 200_000; i++) {
            out.writeBytes(("set-" + i + ",A\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("s,\n".getBytes(StandardCharsets.UTF_8));
        Set<String> before = LabelSummaryMemoryTest.openSpillFiles();
        LabelSummaryBuilder spilling = new LabelSummaryBuilder();
        for (int i = 0; i < 200_000; i++) {
            spilling.add("set-" + i, "A");
        }
        assertThat(spilling.spills())
                .as("the default budget is outgrown by these sets")
                .isPositive();
        spilling.close();

        assertThat(WellFormedScan.count(new ByteArrayInputStream(out.toByteArray()), "f.csv"))
                .isNull();

        Set<String> after = new HashSet<>(LabelSummaryMemoryTest.openSpillFiles());
        after.removeAll(before);
        assertThat(after).isEmpty();
    }

    /** The text as UTF-8, with {@code <HEX>} standing for the bytes it spells. */
    private static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('<', at);
            if (open < 0) {
                open = text.length();
            }
            out.writeBytes(text.substring(at, open).getBytes(StandardCharsets.UTF_8));
            if (open < text.length()) {
                int close = text.indexOf('>', open);
                out.writeBytes(HexFormat.of().parseHex(text.substring(open + 1, close)));
                at = close + 1;
            } else {
                at = open;
            }
        }
        return out.toByteArray();
    }

    private static LabelSummary careful(byte[] file) {
        try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(file), "f.csv")) {
            return new LabelSummaryBuilder().addAll(reader).build();
        }
    }
}
