package io.github.gluelabels.core.labels;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("LabelingFileReader")
class LabelingFileReaderTest {

    static final String BAD = "labels/bad.csv";

    @Nested
    @DisplayName("reads well-formed files")
    class WellFormed {

        @Test
        @DisplayName("the header's columns, in order")
        void columns() throws IOException {
            try (LabelingFileReader reader = LabelingFileReader.open(resource("people.csv"))) {
                assertThat(reader.columns()).containsExactly("labeling_set_id", "label", "name", "city");
                assertThat(reader.rawHeader()).isEqualTo("labeling_set_id,label,name,city\n");
            }
        }

        @Test
        @DisplayName("every record with the line it starts on, its fields unquoted, and its original text")
        void records() throws IOException {
            List<LabelRecord> records = readAll(resource("people.csv"));

            assertThat(records)
                    .extracting(LabelRecord::line)
                    .containsExactly(2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L, 12L, 15L);
            assertThat(records)
                    .extracting(LabelRecord::values)
                    .containsExactly(
                            List.of("set-1", "A", "Zoë Müller", "Zürich"),
                            List.of("set-1", "A", "Zoe Mueller", "Zurich"),
                            List.of("set-1", "B", "Smith, John", "New York, NY"),
                            List.of("set-2", "A", "The \"Big\" Shop", "東京"),
                            List.of("set-2", "a", "Line one\nline two", "Tōkyō"),
                            List.of("set-2", "A", "Emoji 😀 Fan", "🏳️‍🌈 City"),
                            List.of("set-3", "X", "", "Paris"),
                            List.of("set-4", "1", "a", "b"),
                            List.of("set-4", "2", "c", "d"),
                            List.of("set-4", "3", "e\nf\ng", "h"),
                            List.of("set-4", "1", "i", "j"));
            assertThat(records.get(4).labelingSetId()).isEqualTo("set-2");
            assertThat(records.get(4).label()).isEqualTo("a");
            assertThat(records)
                    .extracting(LabelRecord::raw)
                    .containsExactly(
                            "set-1,A,Zoë Müller,Zürich\n",
                            "set-1,A,\"Zoe Mueller\",\"Zurich\"\n",
                            "set-1,B,\"Smith, John\",\"New York, NY\"\n",
                            "set-2,A,\"The \"\"Big\"\" Shop\",東京\n",
                            "set-2,a,\"Line one\nline two\",Tōkyō\n",
                            "set-2,A,Emoji 😀 Fan,\"🏳️‍🌈 City\"\n",
                            "set-3,X,\"\",Paris\n",
                            "set-4,1,a,b\n",
                            "set-4,2,c,d\n",
                            "set-4,3,\"e\nf\ng\",h\n",
                            "set-4,1,i,j\n");
        }

        @Test
        @DisplayName("CRLF line endings, also inside a quoted field, where they are kept as they are")
        void crlf() throws IOException {
            try (LabelingFileReader reader = LabelingFileReader.open(resource("crlf.csv"))) {
                assertThat(reader.rawHeader()).isEqualTo("labeling_set_id,label,name\r\n");
                List<LabelRecord> records = drain(reader);
                assertThat(records).extracting(LabelRecord::line).containsExactly(2L, 4L, 5L);
                assertThat(records)
                        .extracting(LabelRecord::values)
                        .containsExactly(
                                List.of("s1", "L1", "multi\r\nline"),
                                List.of("s1", "L1", "plain"),
                                List.of("s2", "L2", "a, \"quoted\" one"));
                assertThat(records.get(0).raw()).isEqualTo("s1,L1,\"multi\r\nline\"\r\n");
            }
        }

        @Test
        @DisplayName("lone CR line endings, counted as line breaks")
        void loneCr() {
            List<LabelRecord> records = readAll("labeling_set_id,label\rs1,A\r\"s\r2\",B\rs3,C");
            assertThat(records).extracting(LabelRecord::line).containsExactly(2L, 3L, 5L);
            assertThat(records).extracting(LabelRecord::raw).containsExactly("s1,A\r", "\"s\r2\",B\r", "s3,C");
        }

        @Test
        @DisplayName("a last record without a line break")
        void noFinalLineBreak() throws IOException {
            List<LabelRecord> records = readAll(resource("no-final-newline.csv"));
            assertThat(records).extracting(LabelRecord::line).containsExactly(2L, 3L);
            assertThat(records.get(1).values()).containsExactly("s1", "L2", "last, without a line break");
            assertThat(records.get(1).raw()).isEqualTo("s1,L2,\"last, without a line break\"");
        }

        @Test
        @DisplayName("a byte order mark: kept in the raw header, not in the first column name, even when it is quoted")
        void byteOrderMark() throws IOException {
            try (LabelingFileReader reader = LabelingFileReader.open(resource("bom.csv"))) {
                assertThat(reader.columns()).containsExactly("labeling_set_id", "label", "name");
                assertThat(reader.rawHeader()).isEqualTo("\uFEFF\"labeling_set_id\",\"label\",\"name\"\r\n");
                List<LabelRecord> records = drain(reader);
                assertThat(records).extracting(LabelRecord::line).containsExactly(2L, 3L);
                assertThat(records)
                        .extracting(LabelRecord::values)
                        .containsExactly(List.of("s1", "L1", "Zoë"), List.of("s1", "L1", "東京"));
            }
        }

        @Test
        @DisplayName("a header with no records")
        void headerOnly() throws IOException {
            try (LabelingFileReader reader = LabelingFileReader.open(resource("header-only.csv"))) {
                assertThat(reader.columns()).containsExactly("labeling_set_id", "label");
                assertThat(reader.rawHeader()).isEqualTo("labeling_set_id,label\n");
                assertThat(reader.next()).isNull();
                assertThat(reader.next()).as("and again").isNull();
            }
        }

        @Test
        @DisplayName("a header without a line break and nothing else")
        void headerWithoutLineBreak() {
            try (LabelingFileReader reader = open("labeling_set_id,label,name")) {
                assertThat(reader.rawHeader()).isEqualTo("labeling_set_id,label,name");
                assertThat(reader.next()).isNull();
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"people.csv", "crlf.csv", "no-final-newline.csv", "bom.csv", "header-only.csv"})
        @DisplayName("raw header and raw records put together give back the file, byte for byte")
        void roundTrip(String name) throws IOException {
            Path file = resource(name);
            StringBuilder copy = new StringBuilder();
            try (LabelingFileReader reader = LabelingFileReader.open(file)) {
                copy.append(reader.rawHeader());
                for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
                    copy.append(record.raw());
                }
            }
            assertThat(copy.toString().getBytes(UTF_8)).isEqualTo(Files.readAllBytes(file));
        }

        @Test
        @DisplayName("names the source as given, and a file by its path")
        void source() throws IOException {
            Path file = resource("people.csv");
            try (LabelingFileReader reader = LabelingFileReader.open(file)) {
                assertThat(reader.source()).isEqualTo(file.toString());
            }
            try (LabelingFileReader reader = open("labeling_set_id,label\n")) {
                assertThat(reader.source()).isEqualTo(BAD);
            }
        }
    }

    @Nested
    @DisplayName("stops at the first problem, naming the file and the line")
    class Malformed {

        static Stream<Arguments> problems() {
            return Stream.of(
                    Arguments.of(
                            "an empty file",
                            utf8(""),
                            0,
                            "labels/bad.csv is empty: a labeling file starts with the header labeling_set_id,label,…"),
                    Arguments.of(
                            "a byte order mark only",
                            utf8("\uFEFF"),
                            0,
                            "labels/bad.csv is empty (it holds only a byte order mark): a labeling file starts with the header"
                                    + " labeling_set_id,label,…"),
                    Arguments.of(
                            "other first columns",
                            utf8("id,label,name\n1,a,x\n"),
                            1,
                            "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but it starts"
                                    + " with \"id\", \"label\""),
                    Arguments.of(
                            "other case",
                            utf8("Labeling_Set_Id,Label\n"),
                            1,
                            "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but it starts"
                                    + " with \"Labeling_Set_Id\", \"Label\""),
                    Arguments.of(
                            "a tab in a column name, shown escaped",
                            utf8("labeling_set_id\t,label\n"),
                            1,
                            "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but it starts"
                                    + " with \"labeling_set_id\\t\", \"label\""),
                    Arguments.of(
                            "a single column",
                            utf8("labeling_set_id\ns1\n"),
                            1,
                            "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but its only"
                                    + " column is \"labeling_set_id\""),
                    Arguments.of(
                            "an empty first line",
                            utf8("\nlabeling_set_id,label\n"),
                            1,
                            "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but the first"
                                    + " line is empty"),
                    Arguments.of(
                            "too few fields after a record of two lines",
                            utf8("labeling_set_id,label,name,city,zip\ns1,A,\"two\nlines\",Paris,75001\ns1,A,Zoë\n"),
                            4,
                            "labels/bad.csv line 4: the record has 3 fields, but the header has 5"
                                    + " (labeling_set_id,label,name,city,zip)"),
                    Arguments.of(
                            "too many fields",
                            utf8("labeling_set_id,label,name\ns1,A,x,y\n"),
                            2,
                            "labels/bad.csv line 2: the record has 4 fields, but the header has 3 (labeling_set_id,label,name)"),
                    Arguments.of(
                            "too few fields in the last record",
                            utf8("labeling_set_id,label,name\ns1,A,x\ns2,B"),
                            3,
                            "labels/bad.csv line 3: the record has 2 fields, but the header has 3 (labeling_set_id,label,name)"),
                    Arguments.of(
                            "an empty line",
                            utf8("labeling_set_id,label,name\r\ns1,A,x\r\n\r\n"),
                            3,
                            "labels/bad.csv line 3: the line is empty, but a record needs the header's 3 fields"
                                    + " (labeling_set_id,label,name)"),
                    Arguments.of(
                            "a line with one empty quoted field",
                            utf8("labeling_set_id,label,name\n\"\"\n"),
                            2,
                            "labels/bad.csv line 2: the record has 1 field, but the header has 3 (labeling_set_id,label,name)"),
                    Arguments.of(
                            "an empty labeling_set_id",
                            utf8("labeling_set_id,label,name\ns1,A,x\n,B,y\n"),
                            3,
                            "labels/bad.csv line 3: the labeling_set_id is empty: every record needs a labeling set id and a"
                                    + " label"),
                    Arguments.of(
                            "an empty quoted label",
                            utf8("labeling_set_id,label,name\ns1,\"\",y\n"),
                            2,
                            "labels/bad.csv line 2: the label is empty (labeling_set_id \"s1\"): every record needs a labeling"
                                    + " set id and a label"),
                    Arguments.of(
                            "a quote that is never closed",
                            utf8("labeling_set_id,label,name\ns1,A,\"two\nlines\"\ns2,B,\"never closed\ns3,C,z\n"),
                            4,
                            "labels/bad.csv line 4: a quoted field is never closed: the file ends inside the quotes opened in this"
                                    + " record; inside a quoted field, write a quote as two quotes \"\""),
                    Arguments.of(
                            "a quote inside a quoted field, not doubled",
                            utf8("labeling_set_id,label,name\ns1,A,\"The \"Big\" Shop\"\n"),
                            2,
                            "labels/bad.csv line 2: a closing quote is followed by other characters before the next comma or"
                                    + " line break; inside a quoted field, write a quote as two quotes \"\""),
                    Arguments.of(
                            "text after the closing quote of a field of two lines",
                            utf8("labeling_set_id,label,name\ns1,A,\"two\nlines\"x\n"),
                            3,
                            "labels/bad.csv line 3: a closing quote is followed by other characters before the next comma or"
                                    + " line break (in the record that starts on line 2); inside a quoted field, write a quote as two"
                                    + " quotes \"\""),
                    Arguments.of(
                            "bad quoting in the header",
                            utf8("\"labeling_set_id\"x,label\n"),
                            1,
                            "labels/bad.csv line 1: a closing quote is followed by other characters before the next comma or"
                                    + " line break; inside a quoted field, write a quote as two quotes \"\""),
                    Arguments.of(
                            "Latin-1 instead of UTF-8",
                            bytes(
                                    utf8("labeling_set_id,label,name\ns1,A,ok\ns1,A,Zo"),
                                    new byte[] {(byte) 0xEB},
                                    utf8("\n")),
                            3,
                            "labels/bad.csv line 3: the byte 0xEB is not valid UTF-8 (at byte offset 42 of the file): a labeling"
                                    + " file must be encoded in UTF-8; convert it to UTF-8 and try again"),
                    Arguments.of(
                            "invalid UTF-8 right after a lone CR",
                            bytes(utf8("labeling_set_id,label\r"), new byte[] {(byte) 0xFF}),
                            2,
                            "labels/bad.csv line 2: the byte 0xFF is not valid UTF-8 (at byte offset 22 of the file): a labeling"
                                    + " file must be encoded in UTF-8; convert it to UTF-8 and try again"),
                    Arguments.of(
                            "invalid UTF-8 in the first byte",
                            new byte[] {(byte) 0xC0, (byte) 0xAF},
                            1,
                            "labels/bad.csv line 1: the byte 0xC0 is not valid UTF-8 (at byte offset 0 of the file): a labeling"
                                    + " file must be encoded in UTF-8; convert it to UTF-8 and try again"),
                    Arguments.of(
                            "UTF-8 cut short at the end of the file",
                            bytes(utf8("labeling_set_id,label\ns1,"), new byte[] {(byte) 0xE2, (byte) 0x82}),
                            2,
                            "labels/bad.csv line 2: the bytes 0xE2 0x82 are not valid UTF-8 (at byte offset 25 of the file): a"
                                    + " labeling file must be encoded in UTF-8; convert it to UTF-8 and try again"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("problems")
        @DisplayName("reports")
        void reports(String problem, byte[] file, int line, String message) {
            LabelingFileException e = catchThrowableOfType(LabelingFileException.class, () -> readAll(file));
            assertThat(e).as("reading a file with %s", problem).isNotNull().hasMessage(message);
            assertThat(e.source()).isEqualTo(BAD);
            assertThat(e.line()).isEqualTo(line);
            assertThat(message).endsWith(e.problem());
        }

        @Test
        @DisplayName("the first problem in file order, even when a later one is in the bytes already read")
        void fileOrder() {
            byte[] file = bytes(utf8("labeling_set_id,label,name\ns1,A\ns1,A,x\ns2,"), new byte[] {(byte) 0xFF});
            assertThatThrownBy(() -> readAll(file))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith("labels/bad.csv line 2: the record has 2 fields");
        }

        @Test
        @DisplayName("invalid UTF-8 far into the file, beyond the first buffers, on the right line")
        void invalidUtf8FarIn() {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(utf8("labeling_set_id,label,name\n"));
            for (int i = 0; i < 5000; i++) {
                file.writeBytes(utf8("set-" + i + ",A,\"Zoë\r\nMüller\"\r\n"));
            }
            long offset = (long) file.size() + "set-x,A,".length();
            file.writeBytes(utf8("set-x,A,"));
            file.write(0x80);
            assertThatThrownBy(() -> readAll(file.toByteArray()))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(
                            "labels/bad.csv line 10002: the byte 0x80 is not valid UTF-8 (at byte offset " + offset
                                    + " of the file): a labeling file must be encoded in UTF-8; convert it to UTF-8 and try again");
        }

        @Test
        @DisplayName("a problem in the first record from open, before any record is returned")
        void problemInTheFirstRecord() {
            assertThatThrownBy(() -> open("labeling_set_id,label\n,A\n"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(
                            "labels/bad.csv line 2: the labeling_set_id is empty: every record needs a labeling set id and a"
                                    + " label");
        }

        @Test
        @DisplayName("a problem one call early: the record before it is not returned")
        void oneRecordAhead() {
            try (LabelingFileReader reader = open("labeling_set_id,label\ns1,A\ns2,B\ns3\n")) {
                assertThat(reader.next().line()).isEqualTo(2);
                assertThatThrownBy(reader::next)
                        .isInstanceOf(LabelingFileException.class)
                        .hasMessageStartingWith("labels/bad.csv line 4: the record has 1 field, but the header has 2");
            }
        }

        @Test
        @DisplayName("the same problem again at every later call")
        void staysFailed() {
            try (LabelingFileReader reader = open("labeling_set_id,label\ns1,A\ns2,B\ns3\n")) {
                reader.next();
                LabelingFileException first = catchThrowableOfType(LabelingFileException.class, reader::next);
                assertThat(first).isNotNull();
                assertThatThrownBy(reader::next).isSameAs(first);
            }
        }
    }

    @Nested
    @DisplayName("owns its stream")
    class Stream_ {

        @Test
        @DisplayName("close closes it, once")
        void closeClosesTheStream() {
            CountingStream in = new CountingStream(new ByteArrayInputStream(utf8("labeling_set_id,label\ns1,A\n")));
            LabelingFileReader reader = LabelingFileReader.open(in, BAD);
            reader.close();
            reader.close();
            assertThat(in.closed).isEqualTo(1);
            assertThatThrownBy(reader::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("labels/bad.csv is closed");
        }

        @Test
        @DisplayName("open closes it when it fails")
        void openClosesTheStreamWhenItFails() {
            CountingStream in = new CountingStream(new ByteArrayInputStream(utf8("id,label\n")));
            assertThatThrownBy(() -> LabelingFileReader.open(in, BAD)).isInstanceOf(LabelingFileException.class);
            assertThat(in.closed).isEqualTo(1);
        }

        @Test
        @DisplayName("a failing stream is reported as an I/O problem naming the source, not as a bad file")
        void readFailure() {
            @SuppressWarnings("InputStreamSlowMultibyteRead") // fails at the first byte: how fast it reads is moot
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset");
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    throw new IOException("connection reset");
                }
            };
            assertThatThrownBy(() -> LabelingFileReader.open(failing, "s3://b/labels/part-00000.csv"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("could not read s3://b/labels/part-00000.csv: connection reset");
        }
    }

    static List<LabelRecord> readAll(Path file) throws IOException {
        try (LabelingFileReader reader = LabelingFileReader.open(file)) {
            return drain(reader);
        }
    }

    static List<LabelRecord> readAll(String text) {
        return readAll(utf8(text));
    }

    static List<LabelRecord> readAll(byte[] file) {
        try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(file), BAD)) {
            return drain(reader);
        }
    }

    static List<LabelRecord> drain(LabelingFileReader reader) {
        List<LabelRecord> records = new ArrayList<>();
        for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    static LabelingFileReader open(String text) {
        return LabelingFileReader.open(new ByteArrayInputStream(utf8(text)), BAD);
    }

    static Path resource(String name) {
        URL url = Objects.requireNonNull(LabelingFileReaderTest.class.getResource("/labels/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Counts the bytes read from a stream and the calls to close. */
    static final class CountingStream extends FilterInputStream {

        long bytesRead;
        int closed;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed++;
            super.close();
        }
    }
}
