package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DiffText: a diff in words")
class DiffTextTest {

    static final String HEADER = "labeling_set_id,label,id,name\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    @Test
    @DisplayName("by primary key: the columns left out, the first examples of each kind, how many more, the report")
    void everyKind() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann\ns1,A,2,Bob\ns2,A,3,Cy\ns2,A,5,Di\n");
        Path b = file("b.csv", "labeling_set_id,label,id,email\ns1,B,1,a\ns1,B,2,b\ns3,A,4,d\ns4,A,6,e\n");
        Path report = dir.resolve("diff.json");

        DiffResult result = LabelDiff.builder()
                .primaryKey("id")
                .examples(1)
                .build()
                .compare(LabelSource.of(a), LabelSource.of(b), report);

        assertThat(result.describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Diff: 2 sets added, 1 removed, 1 changed; 2 records added, 2 removed, 2 relabeled",
                        "  from " + a + ": 4 labels in 2 labeling sets",
                        "  to   " + b + ": 4 labels in 3 labeling sets",
                        "  records identified by the primary key id",
                        "  columns differ, left out of the comparison: only from has name; only to has email",
                        "  sets added: \"s3\", … and 1 more",
                        "  sets removed: \"s2\"",
                        "  sets changed: \"s1\"",
                        "  records added (the first 1 of 2):",
                        "    set \"s3\", record id=\"4\": added, label \"A\"",
                        "  records removed (the first 1 of 2):",
                        "    set \"s2\", record id=\"3\": removed, label \"A\"",
                        "  records relabeled (the first 1 of 2):",
                        "    set \"s1\", record id=\"1\": \"A\" -> \"B\"",
                        "  every change: " + report));
    }

    @Test
    @DisplayName("by all fields: singular words for one, no count when all are shown, no line for a kind with none")
    void allShown() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann\ns1,A,2,Bob\n");
        Path b = file("b.csv", HEADER + "s1,B,1,Ann\ns1,B,2,Bob\ns2,A,3,Cy\n");

        DiffResult result = LabelDiff.builder().examples(2).build().compare(a, b);

        assertThat(result.describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Diff: 1 set added, 0 removed, 1 changed; 1 record added, 0 removed, 2 relabeled",
                        "  from " + a + ": 2 labels in 1 labeling set",
                        "  to   " + b + ": 3 labels in 2 labeling sets",
                        "  records identified by all their fields but labeling_set_id and label (id,name)",
                        "  sets added: \"s2\"",
                        "  sets changed: \"s1\"",
                        "  records added:",
                        "    set \"s2\", record id=\"3\", name=\"Cy\": added, label \"A\"",
                        "  records relabeled:",
                        "    set \"s1\", record id=\"1\", name=\"Ann\": \"A\" -> \"B\"",
                        "    set \"s1\", record id=\"2\", name=\"Bob\": \"A\" -> \"B\""));
    }

    @Test
    @DisplayName("with no examples asked for: no example lines; a column only the second side has")
    void noExamples() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann\n");
        Path b = file("b.csv", "labeling_set_id,label,id,name,email\ns2,B,1,Ann,e\n");

        DiffResult result =
                LabelDiff.builder().primaryKey("id").examples(0).build().compare(a, b);

        assertThat(result.describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Diff: 1 set added, 1 removed, 0 changed; 1 record added, 1 removed, 0 relabeled",
                        "  from " + a + ": 1 label in 1 labeling set",
                        "  to   " + b + ": 1 label in 1 labeling set",
                        "  records identified by the primary key id",
                        "  columns differ, left out of the comparison: only from has none; only to has email"));
    }

    @Test
    @DisplayName("a column only the first side has; identical sides have no change lines")
    void onlyFromHasColumns() throws IOException {
        Path a = file("a.csv", "labeling_set_id,label,id,name,email\ns1,A,1,Ann,e\n");
        Path b = file("b.csv", "labeling_set_id,label,id\ns1,A,1\n");

        DiffResult result = LabelDiff.builder().primaryKey("id").build().compare(a, b);

        assertThat(result.describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Diff: 0 sets added, 0 removed, 0 changed; 0 records added, 0 removed, 0 relabeled",
                        "  from " + a + ": 1 label in 1 labeling set",
                        "  to   " + b + ": 1 label in 1 labeling set",
                        "  records identified by the primary key id",
                        "  columns differ, left out of the comparison: only from has name, email; only to has none"));
    }

    @Test
    @DisplayName("the same columns: no line about columns")
    void sameColumns() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann\n");
        Path b = file("b.csv", HEADER + "s1,A,1,Ann\n");

        assertThat(LabelDiff.builder().primaryKey("id").build().compare(a, b).describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Diff: 0 sets added, 0 removed, 0 changed; 0 records added, 0 removed, 0 relabeled",
                        "  from " + a + ": 1 label in 1 labeling set",
                        "  to   " + b + ": 1 label in 1 labeling set",
                        "  records identified by the primary key id"));
    }

    @Test
    @DisplayName("the summary line groups thousands with commas and says set and record for one")
    void summaryLine() {
        assertThat(DiffText.summaryLine(new DiffCounts(1234, 1, 0, 1, 1_000_000, 0, 0, 0, 0, 0)))
                .isEqualTo("Diff: 1,234 sets added, 1 removed, 0 changed; 1 record added, 1,000,000 removed,"
                        + " 0 relabeled");
        assertThat(DiffText.summaryLine(new DiffCounts(2, 0, 0, 2, 0, 1, 0, 0, 0, 0)))
                .isEqualTo("Diff: 2 sets added, 0 removed, 0 changed; 2 records added, 0 removed, 1 relabeled");
    }
}
