package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileCheck} on the first character of a file, on a file it cannot read and on short records. */
class FileCheckTest {

    private static final String EMPTY_LINE =
            "the line is empty, but a record needs the header's 3 fields (labeling_set_id,label,name)";

    private static final String LACKS_CITY = "the transform's schema has the column \"city\", which the file lacks";

    @TempDir
    Path folder;

    @Test
    void keepsANulFirstCharacterInTheFirstColumnsName() throws IOException {
        Path file = folder.resolve("nul.csv");
        Files.writeString(file, "\u0000labeling_set_id,label\ns1,A\n", StandardCharsets.UTF_8);

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(tuple(1L, "header"));
        FileCheck one = new FileCheck("nul.csv", null, null, new SetTally());
        one.run(file);
        assertThat(one.columns()).containsExactly("\u0000labeling_set_id", "label");
        assertThat(one.hasValidHeader()).isFalse();
    }

    @Test
    void aFirstByteThatIsNotUtf8IsAnEncodingProblem() throws IOException {
        Path file = folder.resolve("ff.csv");
        Files.write(file, new byte[] {(byte) 0xFF, 'a', ',', 'b', '\n'});

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems())
                .extracting(LabelingProblem::source, LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(tuple(file.toString(), 1L, "encoding"));
        assertThat(check.problems().get(0).detail())
                .isEqualTo("the byte 0xFF is not valid UTF-8 (at byte offset 0 of the file): a labeling file must be"
                        + " encoded in UTF-8; convert it to UTF-8 and try again");
    }

    @Test
    void aFileThatCannotBeReadIsNotAProblemButAFailure() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("dir.csv"));
        FileCheck one = new FileCheck("dir.csv", null, null, new SetTally());

        assertThatThrownBy(() -> one.run(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("could not read dir.csv: ");
        assertThat(one.problems()).isEmpty();
    }

    @Test
    void tellsAnEmptyLineFromARecordWithTooFewFields() throws IOException {
        Path file = folder.resolve("short.csv");
        Files.writeString(file, "labeling_set_id,label,name\n\ns1\n,A\n\"\"\n", StandardCharsets.UTF_8);

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule, LabelingProblem::detail)
                .containsExactly(
                        tuple(2L, "fields", EMPTY_LINE),
                        tuple(
                                3L,
                                "fields",
                                "the record has 1 field, but the header has 3 (labeling_set_id,label,name)"),
                        tuple(
                                4L,
                                "fields",
                                "the record has 2 fields, but the header has 3 (labeling_set_id,label,name)"),
                        tuple(5L, "fields", EMPTY_LINE)); // "" parses as an empty line does
    }

    @Test
    void comparesALaterFileWithTheSchemaWhenItHasTheFirstFilesColumns() throws IOException {
        Path in = Files.createDirectory(folder.resolve("in"));
        Files.writeString(in.resolve("a.csv"), "labeling_set_id,label,name\ns1,A,x\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.csv"), "labeling_set_id,label,name\ns2,B,y\n", StandardCharsets.UTF_8);

        LabelingCheck check = LabelingFilesCheck.check(in, List.of("name", "city"));

        assertThat(check.problems())
                .extracting(LabelingProblem::source, LabelingProblem::rule, LabelingProblem::detail)
                .containsExactly(
                        tuple(in.resolve("a.csv").toString(), "schema", LACKS_CITY),
                        tuple(in.resolve("b.csv").toString(), "schema", LACKS_CITY));
    }
}
