package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

@Label("The fast scan of a labeling file counts what the careful reader reads, or gives up")
class WellFormedScanTest {

    @Property(tries = 10_000)
    @Label("on generated files full of quotes, line breaks, multi-byte characters and mistakes")
    void agreesWithTheCarefulReader(@ForAll("files") byte[] file) throws IOException {
        LabelSummaryBuilder fast = WellFormedScan.count(new ByteArrayInputStream(file), "f.csv");
        Statistics.label("path").collect(fast == null ? "gave up" : "counted");
        if (fast != null) {
            assertThat(fast.build())
                    .as(new String(file, StandardCharsets.UTF_8))
                    .isEqualTo(careful(file));
        }
        Statistics.label("path").coverage(c -> c.check("counted").percentage(p -> p > 10));
        Statistics.label("path").coverage(c -> c.check("gave up").percentage(p -> p > 20));
    }

    @Property(tries = 10_000)
    @Label("the records it reads, field by field, are the careful reader's")
    void readsTheCarefulReadersRecords(@ForAll("files") byte[] file) throws IOException {
        List<List<String>> fast = new ArrayList<>();
        List<String> header = WellFormedScan.records(new ByteArrayInputStream(file), "f.csv", (fields, lengths) -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                values.add(new String(fields[i], 0, lengths[i], StandardCharsets.UTF_8));
            }
            fast.add(values);
        });
        Statistics.label("path").collect(header == null ? "gave up" : "read");
        if (header != null) {
            List<List<String>> careful = new ArrayList<>();
            try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(file), "f.csv")) {
                assertThat(header).isEqualTo(reader.columns());
                for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
                    careful.add(record.values());
                }
            }
            assertThat(fast).as(new String(file, StandardCharsets.UTF_8)).isEqualTo(careful);
        }
        Statistics.label("path").coverage(c -> c.check("read").percentage(p -> p > 10));
    }

    @Property(tries = 2_000)
    @Label("on plainly well-formed files it never gives up: the property above judges only the files it counts")
    void neverGivesUpOnAPlainlyWellFormedFile(@ForAll("wellFormedFiles") byte[] file) throws IOException {
        LabelSummaryBuilder fast = WellFormedScan.count(new ByteArrayInputStream(file), "f.csv");

        assertThat(fast).as(new String(file, StandardCharsets.UTF_8)).isNotNull();
        assertThat(fast.build()).isEqualTo(careful(file));
        List<String> header = WellFormedScan.records(new ByteArrayInputStream(file), "f.csv", (fields, lengths) -> {});
        assertThat(header).as(new String(file, StandardCharsets.UTF_8)).isNotNull();
    }

    @Example
    void countsQuotedCommasLineBreaksAndEscapedQuotes() throws IOException {
        byte[] file = ("\uFEFFlabeling_set_id,label,name\r\n"
                        + "s1,A,\"Zoë, the first\"\r\n"
                        + "s1,\"A\",\"line one\nline two\"\r\n"
                        + "\"s 2\",B,\"He said \"\"hi\"\"\"\r\n"
                        + "😀,東京,\n"
                        + "s3,C,last")
                .getBytes(StandardCharsets.UTF_8);

        LabelSummaryBuilder fast = WellFormedScan.count(new ByteArrayInputStream(file), "f.csv");

        assertThat(fast).isNotNull();
        LabelSummary summary = fast.build();
        assertThat(summary).isEqualTo(careful(file));
        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.labelingSets()).isEqualTo(4);
        assertThat(summary.columns()).containsExactly("labeling_set_id", "label", "name");
    }

    @Example
    void givesUpOnWhatOnlyTheCarefulReaderCanExplain() throws IOException {
        for (String text : List.of(
                "",
                "id,label\ns,A\n",
                "labeling_set_id,label\ns,A\n\n",
                "labeling_set_id,label\ns,A\rt,B\n",
                "labeling_set_id,label\ns,\"A\"x\n",
                "labeling_set_id,label\ns,A\"x\n",
                "labeling_set_id,label\ns,\"A\n",
                "labeling_set_id,label\ns,\n",
                "labeling_set_id,label\ns,A,extra\n")) {
            assertThat(WellFormedScan.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f.csv"))
                    .as(text)
                    .isNull();
        }
        for (byte[] notUtf8 : List.of(
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes("labeling_set_id,label\ns,".getBytes(StandardCharsets.UTF_8));
            file.writeBytes(notUtf8);
            file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
            assertThat(WellFormedScan.count(new ByteArrayInputStream(file.toByteArray()), "f.csv"))
                    .isNull();
            assertThatCode(() -> careful(file.toByteArray())).isInstanceOf(LabelingFileException.class);
        }
    }

    private static LabelSummary careful(byte[] file) {
        try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(file), "f.csv")) {
            return new LabelSummaryBuilder().addAll(reader).build();
        }
    }

    // --------------------------------------------------------------------------------------------------- generators

    private static final List<String> PIECES =
            List.of("a", "b", "Zoë", "😀", "東京", " ", ",", "\"", "\n", "\r\n", "\r", "\t", "");

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<Integer> columns = Arbitraries.integers().between(2, 4);
        return columns.flatMap(n -> Combinators.combine(
                        Arbitraries.of(true, false).withoutEdgeCases(),
                        record(n).list().ofMaxSize(6),
                        Arbitraries.of("\n", "\r\n").list().ofSize(7),
                        Arbitraries.frequency(
                                net.jqwik.api.Tuple.of(12, ""),
                                net.jqwik.api.Tuple.of(1, "\n"),
                                net.jqwik.api.Tuple.of(1, "\r"),
                                net.jqwik.api.Tuple.of(1, "BAD")),
                        Arbitraries.of(true, false))
                .as((bom, records, breaks, trouble, finalBreak) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    StringBuilder header = new StringBuilder("labeling_set_id,label");
                    for (int i = 2; i < n; i++) {
                        header.append(",col").append(i);
                    }
                    out.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < records.size(); i++) {
                        out.writeBytes(breaks.get(i).getBytes(StandardCharsets.UTF_8));
                        out.writeBytes(records.get(i).getBytes(StandardCharsets.UTF_8));
                    }
                    if (trouble.equals("BAD")) {
                        out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
                    } else {
                        out.writeBytes(trouble.getBytes(StandardCharsets.UTF_8));
                    }
                    if (finalBreak) {
                        out.writeBytes(breaks.get(6).getBytes(StandardCharsets.UTF_8));
                    }
                    return out.toByteArray();
                }));
    }

    /**
     * Files the careful reader reads without a complaint and the scan must count: every record with the header's
     * number of fields, a set id and a label that are not empty, a field quoted when it holds a comma, quote or line
     * break (and now and then when it does not), CRLF or LF between records, a byte order mark or not.
     */
    @Provide
    Arbitrary<byte[]> wellFormedFiles() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(4).map(pieces -> String.join("", pieces));
        Arbitrary<String> field =
                Combinators.combine(text, Arbitraries.of(true, false)).as(WellFormedScanTest::asField);
        Arbitrary<String> notEmpty = Combinators.combine(
                        Arbitraries.of("s", "A", "Zoë", "😀", ","), text, Arbitraries.of(true, false))
                .as((first, rest, quoteAnyway) -> asField(first + rest, quoteAnyway));
        return Arbitraries.integers()
                .between(2, 4)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.of(true, false),
                                Combinators.combine(
                                                notEmpty, notEmpty, field.list().ofSize(n - 2))
                                        .as((id, label, rest) ->
                                                id + "," + label + (rest.isEmpty() ? "" : "," + String.join(",", rest)))
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(8),
                                Arbitraries.of("\n", "\r\n"),
                                Arbitraries.of(true, false))
                        .as((bom, records, lineBreak, finalBreak) -> {
                            StringBuilder header = new StringBuilder("labeling_set_id,label");
                            for (int i = 2; i < n; i++) {
                                header.append(",col").append(i);
                            }
                            String body = header
                                    + lineBreak
                                    + String.join(lineBreak, records)
                                    + (finalBreak ? lineBreak : "");
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            if (bom) {
                                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                            }
                            out.writeBytes(body.getBytes(StandardCharsets.UTF_8));
                            return out.toByteArray();
                        }));
    }

    /** A value as a CSV field: quoted when it must be, or when asked. */
    private static String asField(String value, boolean quoteAnyway) {
        return quoteAnyway || value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A record of about {@code n} fields, mostly well formed: quoted when a field needs it, now and then not. */
    private static Arbitrary<String> record(int n) {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(4).map(pieces -> String.join("", pieces));
        Arbitrary<String> field = Combinators.combine(
                        text, Arbitraries.integers().between(0, 9))
                .as((value, how) -> {
                    boolean needsQuotes = value.matches("(?s).*[,\"\r\n].*");
                    if (how == 0) {
                        return value; // raw, whatever it holds
                    }
                    if (how == 1 || needsQuotes) {
                        return "\"" + value.replace("\"", "\"\"") + "\"";
                    }
                    return value;
                });
        Arbitrary<Integer> count = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(10, n), net.jqwik.api.Tuple.of(1, n - 1), net.jqwik.api.Tuple.of(1, n + 1));
        return count.flatMap(c -> field.list().ofSize(c).map(fields -> String.join(",", fields)));
    }
}
