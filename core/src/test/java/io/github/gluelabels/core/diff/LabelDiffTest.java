package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LabelDiff")
class LabelDiffTest {

    static final String HEADER = "labeling_set_id,label,id,name\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
        return file;
    }

    DiffResult diff(String from, String to) throws IOException {
        return LabelDiff.builder().build().compare(file("from.csv", from), file("to.csv", to));
    }

    DiffResult diffByKey(String from, String to) throws IOException {
        return LabelDiff.builder().primaryKey("id").build().compare(file("from.csv", from), file("to.csv", to));
    }

    static DiffCounts counts(
            long setsAdded,
            long setsRemoved,
            long setsChanged,
            long added,
            long removed,
            long relabeled,
            long fromRecords,
            long toRecords,
            long fromSets,
            long toSets) {
        return new DiffCounts(
                setsAdded,
                setsRemoved,
                setsChanged,
                added,
                removed,
                relabeled,
                fromRecords,
                toRecords,
                fromSets,
                toSets);
    }

    @Nested
    @DisplayName("finds each kind of change")
    class Kinds {

        @Test
        @DisplayName("the same labels in another order are identical")
        void identical() throws IOException {
            DiffResult result = diff(
                    HEADER + "s1,A,1,Ann\ns1,B,2,Bob\ns2,A,3,Cy\n", HEADER + "s2,A,3,Cy\ns1,B,2,Bob\ns1,A,1,Ann\n");

            assertThat(result.identical()).isTrue();
            assertThat(result.counts()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 3, 3, 2, 2));
            assertThat(result.summaryLine())
                    .isEqualTo("Diff: 0 sets added, 0 removed, 0 changed; 0 records added, 0 removed, 0 relabeled");
        }

        @Test
        @DisplayName("a set only the second side has is added, with its records")
        void setAdded() throws IOException {
            DiffResult result = diff(HEADER + "s1,A,1,Ann\n", HEADER + "s1,A,1,Ann\ns2,A,2,Bob\ns2,B,3,Cy\n");

            assertThat(result.counts()).isEqualTo(counts(1, 0, 0, 2, 0, 0, 1, 3, 1, 2));
            assertThat(result.setsAddedExamples()).containsExactly("s2");
            assertThat(result.recordExamples(RecordChange.Kind.ADDED))
                    .containsExactly(
                            new RecordChange(
                                    RecordChange.Kind.ADDED, "s2", Map.of("id", "2", "name", "Bob"), null, "A"),
                            new RecordChange(
                                    RecordChange.Kind.ADDED, "s2", Map.of("id", "3", "name", "Cy"), null, "B"));
        }

        @Test
        @DisplayName("a set only the first side has is removed, with its records")
        void setRemoved() throws IOException {
            DiffResult result = diff(HEADER + "s1,A,1,Ann\ns2,A,2,Bob\n", HEADER + "s1,A,1,Ann\n");

            assertThat(result.counts()).isEqualTo(counts(0, 1, 0, 0, 1, 0, 2, 1, 2, 1));
            assertThat(result.setsRemovedExamples()).containsExactly("s2");
            assertThat(result.recordExamples(RecordChange.Kind.REMOVED))
                    .extracting(RecordChange::labelingSetId, RecordChange::fromLabel)
                    .containsExactly(tuple("s2", "A"));
        }

        @Test
        @DisplayName("the same record in the same set with another label is relabeled, and its set changed")
        void relabeled() throws IOException {
            DiffResult result = diff(HEADER + "s1,A,1,Ann\ns1,A,2,Bob\n", HEADER + "s1,A,1,Ann\ns1,B,2,Bob\n");

            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 0, 0, 1, 2, 2, 1, 1));
            assertThat(result.setsChangedExamples()).containsExactly("s1");
            assertThat(result.recordExamples(RecordChange.Kind.RELABELED))
                    .containsExactly(new RecordChange(
                            RecordChange.Kind.RELABELED, "s1", Map.of("id", "2", "name", "Bob"), "A", "B"));
        }

        @Test
        @DisplayName("a record added to or removed from a set both sides have changes the set")
        void recordsAddedAndRemoved() throws IOException {
            DiffResult result = diff(
                    HEADER + "s1,A,1,Ann\ns1,A,2,Bob\ns2,A,5,Eve\n", HEADER + "s1,A,1,Ann\ns2,A,5,Eve\ns2,B,6,Fay\n");

            assertThat(result.counts()).isEqualTo(counts(0, 0, 2, 1, 1, 0, 3, 3, 2, 2));
        }

        @Test
        @DisplayName("a record moved to another set is removed from one and added to the other")
        void moved() throws IOException {
            DiffResult result = diff(
                    HEADER + "s1,A,1,Ann\ns1,A,2,Bob\ns2,A,3,Cy\n", HEADER + "s1,A,1,Ann\ns2,A,3,Cy\ns2,A,2,Bob\n");

            assertThat(result.counts()).isEqualTo(counts(0, 0, 2, 1, 1, 0, 3, 3, 2, 2));
            assertThat(result.recordExamples(RecordChange.Kind.REMOVED))
                    .extracting(RecordChange::labelingSetId)
                    .containsExactly("s1");
            assertThat(result.recordExamples(RecordChange.Kind.ADDED))
                    .extracting(RecordChange::labelingSetId)
                    .containsExactly("s2");
        }
    }

    @Nested
    @DisplayName("identifies records")
    class Identity {

        @Test
        @DisplayName("by all fields but the set and label: another name is another record")
        void allFields() throws IOException {
            DiffResult result = diff(HEADER + "s1,A,1,Ann\n", HEADER + "s1,A,1,Anne\n");

            assertThat(result.identifiedByPrimaryKey()).isFalse();
            assertThat(result.keyColumns()).containsExactly("id", "name");
            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 1, 1, 0, 1, 1, 1, 1));
        }

        @Test
        @DisplayName("by the primary key when given: another name is the same record, and a new label a relabel")
        void primaryKey() throws IOException {
            DiffResult result = diffByKey(HEADER + "s1,A,1,Ann\ns1,A,2,Bob\n", HEADER + "s1,A,1,Anne\ns1,B,2,Bobby\n");

            assertThat(result.identifiedByPrimaryKey()).isTrue();
            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 0, 0, 1, 2, 2, 1, 1));
            assertThat(result.recordExamples(RecordChange.Kind.RELABELED).get(0).record())
                    .isEqualTo(Map.of("id", "2"));
        }

        @Test
        @DisplayName("a record repeated in a set is a multiset entry: two copies against one is one removed")
        void duplicates() throws IOException {
            DiffResult fewer = diff(HEADER + "s1,A,1,Ann\ns1,A,1,Ann\n", HEADER + "s1,A,1,Ann\n");
            DiffResult relabeledCopy = diff(HEADER + "s1,A,1,Ann\ns1,A,1,Ann\n", HEADER + "s1,A,1,Ann\ns1,B,1,Ann\n");

            assertThat(fewer.counts()).isEqualTo(counts(0, 0, 1, 0, 1, 0, 2, 1, 1, 1));
            assertThat(relabeledCopy.counts()).isEqualTo(counts(0, 0, 1, 0, 0, 1, 2, 2, 1, 1));
        }

        @Test
        @DisplayName("the same columns in another order are matched by name")
        void reordered() throws IOException {
            DiffResult result =
                    diff(HEADER + "s1,A,1,Ann\n", "labeling_set_id,label,name,id\ns1,A,Ann,1\ns1,B,Bob,2\n");

            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 1, 0, 0, 1, 2, 1, 1));
            assertThat(result.recordExamples(RecordChange.Kind.ADDED).get(0).record())
                    .containsExactly(Map.entry("id", "2"), Map.entry("name", "Bob"));
        }

        @Test
        @DisplayName("a column the header names twice is reported under a name of its own, not hidden by the first")
        void repeatedColumn() throws IOException {
            String header = "labeling_set_id,label,id,id\n";
            DiffResult result = diff(header + "s1,A,1,2\n", header + "s1,B,1,2\n");

            assertThat(result.keyColumns()).containsExactly("id", "id (column 4)");
            assertThat(result.recordExamples(RecordChange.Kind.RELABELED).get(0).record())
                    .containsExactly(Map.entry("id", "1"), Map.entry("id (column 4)", "2"));
        }
    }

    @Nested
    @DisplayName("sides with other columns")
    class Columns {

        @Test
        @DisplayName("are compared by the primary key, the columns only one side has named")
        void byPrimaryKey() throws IOException {
            DiffResult result =
                    diffByKey(HEADER + "s1,A,1,Ann\n", "labeling_set_id,label,id,email\ns1,B,1,ann@example.com\n");

            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 0, 0, 1, 1, 1, 1, 1));
            assertThat(result.columnsOnlyInFrom()).containsExactly("name");
            assertThat(result.columnsOnlyInTo()).containsExactly("email");
            assertThat(result.describe())
                    .contains("columns differ, left out of the comparison: only from has name; only to has email");
        }

        @Test
        @DisplayName("are refused without a primary key, naming the columns each side alone has")
        void refusedWithoutKey() {
            assertThatThrownBy(() -> diff(HEADER + "s1,A,1,Ann\n", "labeling_set_id,label,id,email\ns1,A,1,a@b\n"))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessageStartingWith("The two sides have different columns: only " + dir.resolve("from.csv")
                            + " has \"name\"; only " + dir.resolve("to.csv") + " has \"email\". Without a primary key")
                    .hasMessageContaining("LabelDiff.builder().primaryKey(");
        }

        @Test
        @DisplayName("are refused when a side lacks the primary key, naming the side and its columns")
        void missingPrimaryKey() {
            assertThatThrownBy(() -> diffByKey(HEADER + "s1,A,1,Ann\n", "labeling_set_id,label,name\ns1,A,Ann\n"))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessage(dir.resolve("to.csv") + " has no column \"id\", the primary key given to identify"
                            + " records (its columns: labeling_set_id,label,name). Give a column both sides have.");
        }
    }

    @Nested
    @DisplayName("sides")
    class Sides {

        @Test
        @DisplayName("a file with only its header is an empty side: everything added, or nothing changed")
        void empty() throws IOException {
            assertThat(diff(HEADER, HEADER + "s1,A,1,Ann\ns1,B,2,Bob\n").counts())
                    .isEqualTo(counts(1, 0, 0, 2, 0, 0, 0, 2, 0, 1));
            assertThat(diff(HEADER, HEADER).identical()).isTrue();
        }

        @Test
        @DisplayName("a folder is all its .csv files, a set spread over them read as one; hidden and _ files left out")
        void folder() throws IOException {
            file("before/part-0.csv", HEADER + "s1,A,1,Ann\n");
            file("before/sub/part-1.CSV", HEADER + "s1,A,2,Bob\n");
            file("before/.glue-labels/manifest.csv", "not a labeling file");
            file("before/_SUCCESS.csv", "");
            file("before/notes.txt", "not read");
            file("before/empty.csv", "");
            Path after = file("after.csv", HEADER + "s1,A,1,Ann\ns1,B,2,Bob\n");

            DiffResult result = LabelDiff.builder().build().compare(dir.resolve("before"), after);

            assertThat(result.counts()).isEqualTo(counts(0, 0, 1, 0, 0, 1, 2, 2, 1, 1));
        }

        @Test
        @DisplayName("the files of one side must have the same header")
        void headersOfOneSide() throws IOException {
            file("before/a.csv", HEADER + "s1,A,1,Ann\n");
            Path other = file("before/b.csv", "labeling_set_id,label,id\ns1,A,2\n");

            assertThatThrownBy(() -> LabelDiff.builder().build().compare(dir.resolve("before"), other))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith(other + " line 1: the header labeling_set_id,label,id differs from the"
                            + " header of " + dir.resolve("before/a.csv"));
        }
    }

    @Nested
    @DisplayName("bad input is named with its file, line and rule")
    class BadInput {

        @Test
        @DisplayName("a side that does not exist")
        void missing() throws IOException {
            Path to = file("to.csv", HEADER);
            Path missing = dir.resolve("nope.csv");

            assertThatThrownBy(() -> LabelDiff.builder().build().compare(missing, to))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(missing + " does not exist: give a labeling file, a folder of them, or an export's"
                            + " download folder");
        }

        @Test
        @DisplayName("a folder without labeling files")
        void emptyFolder() throws IOException {
            Path to = file("to.csv", HEADER);
            Files.createDirectories(dir.resolve("nothing"));

            assertThatThrownBy(() -> LabelDiff.builder().build().compare(dir.resolve("nothing"), to))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith(dir.resolve("nothing") + " holds no labeling file");
        }

        @Test
        @DisplayName("bytes that are not UTF-8")
        void notUtf8() throws IOException {
            Path from = file("from.csv", HEADER);
            Path to = dir.resolve("to.csv");
            Files.write(to, (HEADER + "s1,A,1,Ann\ns1,A,2,B").getBytes(UTF_8));
            Files.write(to, new byte[] {(byte) 0xE9, '\n'}, StandardOpenOption.APPEND);

            assertThatThrownBy(() -> LabelDiff.builder().build().compare(from, to))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith(to + " line 3: ")
                    .hasMessageContaining("UTF-8");
        }

        @Test
        @DisplayName("a header that does not start with labeling_set_id,label")
        void badHeader() {
            assertThatThrownBy(() -> diff(HEADER, "id,label,name\n1,A,Ann\n"))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessageStartingWith(dir.resolve("to.csv") + " line 1: the header must start with the columns"
                            + " labeling_set_id,label");
        }

        @Test
        @DisplayName("a ragged row")
        void ragged() {
            assertThatThrownBy(() -> diff(HEADER + "s1,A,1,Ann\ns1,A,2\n", HEADER))
                    .isInstanceOf(LabelingFileException.class)
                    .hasMessage(dir.resolve("from.csv") + " line 3: the record has 3 fields, but the header has 4"
                            + " (labeling_set_id,label,id,name)");
        }
    }

    @Test
    @DisplayName("describes the changes in a few lines, with examples")
    void describe() throws IOException {
        DiffResult result = LabelDiff.builder()
                .examples(1)
                .build()
                .compare(
                        file("a.csv", HEADER + "s1,A,1,Ann\ns1,A,2,Bob\n"),
                        file("b.csv", HEADER + "s1,B,1,Ann\ns1,B,2,Bob\n"));

        assertThat(result.describe().lines().toList())
                .containsExactly(
                        "Diff: 0 sets added, 0 removed, 1 changed; 0 records added, 0 removed, 2 relabeled",
                        "  from " + dir.resolve("a.csv") + ": 2 labels in 1 labeling set",
                        "  to   " + dir.resolve("b.csv") + ": 2 labels in 1 labeling set",
                        "  records identified by all their fields but labeling_set_id and label (id,name)",
                        "  sets changed: \"s1\"",
                        "  records relabeled (the first 1 of 2):",
                        "    set \"s1\", record id=\"1\", name=\"Ann\": \"A\" -> \"B\"");
        assertThat(List.of(result.toString())).containsExactly(result.summaryLine());
    }
}
