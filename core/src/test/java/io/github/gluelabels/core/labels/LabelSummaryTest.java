package io.github.gluelabels.core.labels;

import static io.github.gluelabels.core.labels.LabelingFileReaderTest.resource;
import static io.github.gluelabels.core.labels.LabelingFileReaderTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingFileReaderTest.CountingStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LabelSummary, LabelSummaryBuilder and LabelingFile")
class LabelSummaryTest {

    static final List<String> PEOPLE = List.of("labeling_set_id", "label", "name", "city");

    @Nested
    @DisplayName("summarize one file")
    class OneFile {

        @Test
        @DisplayName("counts records, labeling sets and distinct labels per set, case-sensitively and per set")
        void people() throws IOException {
            // set-1: A A B -> 2 labels; set-2: A a A -> 2 (case-sensitive); set-3: X -> 1; set-4: 1 2 3 1 -> 3
            LabelSummary summary = LabelingFile.summarize(resource("people.csv"));

            assertThat(summary.rows()).isEqualTo(11);
            assertThat(summary.labelingSets()).isEqualTo(4);
            assertThat(summary.columns()).isEqualTo(PEOPLE);
            assertThat(summary.setsByDistinctLabels())
                    .containsExactly(Map.entry(1, 1L), Map.entry(2, 2L), Map.entry(3, 1L));
            assertThat(summary.describe())
                    .isEqualTo("11 labels in 4 labeling sets (4 sets: 1 label 1, 2 labels 2,"
                            + " 3 labels 1); columns: labeling_set_id, label, name, city");
            assertThat(summary).hasToString(summary.describe());
        }

        @Test
        @DisplayName("the same from a stream, which it closes")
        void fromAStream() throws IOException {
            Path file = resource("people.csv");
            CountingStream in = new CountingStream(Files.newInputStream(file));

            assertThat(LabelingFile.summarize(in, "s3://b/labels/people.csv")).isEqualTo(LabelingFile.summarize(file));
            assertThat(in.closed).isEqualTo(1);
        }

        @Test
        @DisplayName("a label used in two sets counts in each")
        void labelsAreScopedToTheirSet() {
            LabelSummary summary = LabelingFile.summarize(
                    new ByteArrayInputStream(utf8("labeling_set_id,label\ns1,A\ns2,A\ns2,A\ns3,A\ns3,B\n")),
                    "labels/x.csv");

            assertThat(summary.labelingSets()).isEqualTo(3);
            assertThat(summary.setsByDistinctLabels()).containsExactly(Map.entry(1, 2L), Map.entry(2, 1L));
        }

        @Test
        @DisplayName("a header alone")
        void headerOnly() throws IOException {
            LabelSummary summary = LabelingFile.summarize(resource("header-only.csv"));

            assertThat(summary).isEqualTo(new LabelSummary(0, 0, List.of("labeling_set_id", "label"), new TreeMap<>()));
            assertThat(summary.describe()).isEqualTo("0 labels in 0 labeling sets; columns: labeling_set_id, label");
        }

        @Test
        @DisplayName("stops at the first problem")
        void problem() {
            assertThatThrownBy(() -> LabelingFile.summarize(
                            new ByteArrayInputStream(utf8("labeling_set_id,label\ns1,A\ns2\n")), "labels/x.csv"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(
                            "labels/x.csv line 3: the record has 1 field, but the header has 2 (labeling_set_id,label)");
        }
    }

    @Nested
    @DisplayName("combine the parts of an export")
    class Parts {

        @Test
        @DisplayName("a labeling set spread over two parts counts once, with the labels of both")
        void combines() {
            LabelSummaryBuilder builder = new LabelSummaryBuilder();
            add(builder, "s3://b/labels/part-00000.csv", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\ns2,X,z\n");
            add(builder, "s3://b/labels/part-00001.csv", "labeling_set_id,label,name\ns1,B,x\ns3,Y,y\ns2,X,z\n");

            LabelSummary summary = builder.build();
            assertThat(summary.rows()).isEqualTo(6);
            assertThat(summary.labelingSets()).isEqualTo(3);
            assertThat(summary.setsByDistinctLabels()).containsExactly(Map.entry(1, 2L), Map.entry(2, 1L));
            assertThat(summary.columns()).containsExactly("labeling_set_id", "label", "name");
        }

        @Test
        @DisplayName("a part whose columns differ is named")
        void differentColumns() {
            LabelSummaryBuilder builder = new LabelSummaryBuilder();
            add(builder, "s3://b/labels/part-00000.csv", "labeling_set_id,label,name,city\ns1,A,x,y\n");

            assertThatThrownBy(() -> add(builder, "s3://b/labels/part-00001.csv", "labeling_set_id,label,name,zip\n"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(
                            "s3://b/labels/part-00001.csv line 1: the header labeling_set_id,label,name,zip differs from"
                                    + " the header of s3://b/labels/part-00000.csv, labeling_set_id,label,name,city: every part of an"
                                    + " export has the same columns")
                    .extracting(e -> ((LabelingFileException) e).source())
                    .isEqualTo("s3://b/labels/part-00001.csv");
        }

        @Test
        @DisplayName("columns in another order differ too")
        void columnOrder() {
            LabelSummaryBuilder builder = new LabelSummaryBuilder().columns("a.csv", PEOPLE);

            assertThatThrownBy(() -> builder.columns("b.csv", List.of("labeling_set_id", "label", "city", "name")))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith(
                            "b.csv line 1: the header labeling_set_id,label,city,name differs from the header"
                                    + " of a.csv");
        }

        @Test
        @DisplayName("records added one by one, and a summary taken halfway")
        void recordByRecord() {
            LabelSummaryBuilder builder =
                    new LabelSummaryBuilder().columns("a.csv", List.of("labeling_set_id", "label"));
            builder.add(new LabelRecord(2, "s1", "A", List.of("s1", "A"), "s1,A\n"));
            LabelSummary halfway = builder.build();
            builder.add(new LabelRecord(3, "s1", "B", List.of("s1", "B"), "s1,B\n"));

            assertThat(halfway.describe())
                    .isEqualTo("1 label in 1 labeling set (1 set: 1 label 1); columns: labeling_set_id, label");
            assertThat(builder.build().describe())
                    .isEqualTo("2 labels in 1 labeling set (1 set: 2 labels 1); columns: labeling_set_id, label");
        }

        @Test
        @DisplayName("nothing added")
        void empty() {
            assertThat(new LabelSummaryBuilder().build().describe())
                    .isEqualTo("0 labels in 0 labeling sets; columns: none");
        }

        private void add(LabelSummaryBuilder builder, String source, String text) {
            try (LabelingFileReader reader = LabelingFileReader.open(new ByteArrayInputStream(utf8(text)), source)) {
                builder.addAll(reader);
            }
        }
    }

    @Nested
    @DisplayName("LabelSummary")
    class Summary {

        @Test
        @DisplayName("reads well in a build log, with thousands separated")
        void describe() {
            LabelSummary summary = new LabelSummary(1204, 310, PEOPLE, new TreeMap<>(Map.of(1, 250L, 2, 55L, 3, 5L)));

            assertThat(summary.describe())
                    .isEqualTo("1,204 labels in 310 labeling sets (310 sets: 1 label 250,"
                            + " 2 labels 55, 3 labels 5); columns: labeling_set_id, label, name, city");
        }

        @Test
        @DisplayName("refuses figures that do not add up")
        void consistent() {
            assertThatThrownBy(() -> new LabelSummary(10, 3, PEOPLE, new TreeMap<>(Map.of(1, 2L))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("setsByDistinctLabels counts 2 labeling sets, not 3: {1=2}");
            assertThatThrownBy(() -> new LabelSummary(1, 2, PEOPLE, new TreeMap<>(Map.of(1, 2L))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("cannot be changed through its collections")
        void immutable() {
            TreeMap<Integer, Long> sets = new TreeMap<>(Map.of(1, 1L));
            LabelSummary summary = new LabelSummary(1, 1, PEOPLE, sets);
            sets.put(2, 5L);

            assertThat(summary.setsByDistinctLabels()).containsExactly(Map.entry(1, 1L));
            assertThatThrownBy(() -> summary.setsByDistinctLabels().put(3, 1L))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> summary.columns().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("LabelingFile.validate")
    class Validate {

        @Test
        @DisplayName("accepts a good file")
        void good(@TempDir Path dir) throws IOException {
            Path file =
                    Files.writeString(dir.resolve("labels.csv"), "labeling_set_id,label,name\ns1,A,\"Zoë, 東京 😀\"\n");
            assertThatCode(() -> LabelingFile.validate(file)).doesNotThrowAnyException();
            CountingStream in = new CountingStream(Files.newInputStream(file));
            assertThatCode(() -> LabelingFile.validate(in, file.toString())).doesNotThrowAnyException();
            assertThat(in.bytesRead).as("the stream was read to its end").isEqualTo(Files.size(file));
            assertThat(in.closed).as("the stream was closed").isEqualTo(1);
        }

        @Test
        @DisplayName("reports the first problem, in the last record too")
        void bad(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("labels.csv"), "labeling_set_id,label,name\ns1,A,x\ns2,,y");

            assertThatThrownBy(() -> LabelingFile.validate(file))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(
                            file + " line 3: the label is empty (labeling_set_id \"s2\"): every record needs a labeling"
                                    + " set id and a label");
        }

        @Test
        @DisplayName("a missing file is an IOException")
        void missing(@TempDir Path dir) {
            assertThatThrownBy(() -> LabelingFile.validate(dir.resolve("nope.csv")))
                    .isInstanceOf(IOException.class);
        }
    }
}
