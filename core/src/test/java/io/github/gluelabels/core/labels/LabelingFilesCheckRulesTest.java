package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of {@link LabelingFilesCheck} on files of this machine, with the file, line, rule and words of each
 * problem, and what the check makes of a folder: which files count, in which order, and the columns they must share.
 * (core-it's {@code ImportFilesCheckTest} checks that an import refused this way sends nothing.)
 */
class LabelingFilesCheckRulesTest {

    private static final List<String> SCHEMA = List.of("name", "city");

    @TempDir
    Path folder;

    @Test
    void namesEachDifferenceFromTheSchema() throws IOException {
        Path file = write("a.csv", "labeling_set_id,label,name,zip,name\ns1,A,x,1,y\n");

        LabelingCheck check = LabelingFilesCheck.check(file, SCHEMA);

        assertThat(check.problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule, LabelingProblem::detail)
                .containsExactly(
                        tuple(1L, "schema", "the transform's schema has the column \"city\", which the file lacks"),
                        tuple(1L, "schema", "the file has the column \"zip\", which the transform's schema lacks"),
                        tuple(1L, "schema", "the file names a column twice: [name, zip, name]"));
        assertThat(check.isValid()).isFalse();
    }

    @Test
    void namesAnotherOrderOnlyWhenTheColumnsAreTheSame() throws IOException {
        Path file = write("a.csv", "labeling_set_id,label,city,name\ns1,A,x,y\n");

        assertThat(LabelingFilesCheck.check(file, SCHEMA).problems())
                .extracting(LabelingProblem::detail)
                .containsExactly("the columns are in another order than the transform's schema: the file has [city,"
                        + " name], the schema [name, city]");
        Path same = write("b.csv", "labeling_set_id,label,name,city\ns1,A,x,y\n");
        assertThat(LabelingFilesCheck.check(same, SCHEMA).problems()).isEmpty();
        assertThat(LabelingFilesCheck.check(file, null).problems())
                .as("no schema, no schema rule")
                .isEmpty();
    }

    @Test
    void findsEveryBadRecordOnItsOwnLine() throws IOException {
        Path file = write(
                "a.csv",
                "labeling_set_id,label,name\n" // line 1
                        + "s1,A,\"two\nlines\"\n" // lines 2-3
                        + "s1,B\n" // line 4: too few fields
                        + ",C,x\n" // line 5: no set id
                        + "s2,,x\n" // line 6: no label
                        + "s2,D,x\n");

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems())
                .extracting(LabelingProblem::source, LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(
                        tuple(file.toString(), 4L, "fields"),
                        tuple(file.toString(), 5L, "set id"),
                        tuple(file.toString(), 6L, "label"));
        assertThat(check.records()).isEqualTo(5);
        assertThat(check.sets()).as("the well-formed records' sets").isEqualTo(2);
        assertThat(check.columns()).containsExactly("labeling_set_id", "label", "name");
    }

    @Test
    void stopsAFileAtBytesThatAreNotUtf8OrNotCsv() throws IOException {
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "labeling_set_id,label,name\ns1,A,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path unclosed = write("unclosed.csv", "labeling_set_id,label,name\ns1,A,\"open\n");

        assertThat(LabelingFilesCheck.check(latin1, null).problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(tuple(2L, "encoding"));
        assertThat(LabelingFilesCheck.check(unclosed, null).problems())
                .extracting(LabelingProblem::rule)
                .containsExactly("csv");
    }

    @Test
    void takesAByteOrderMarkAndRefusesAnEmptyFileOrABadHeader() throws IOException {
        Path bom = write("bom.csv", "\uFEFFlabeling_set_id,label,name\ns1,A,x\n");
        Path empty = write("empty.csv", "");
        Path header = write("header.csv", "set,label,name\ns1,A,x\n");

        assertThat(LabelingFilesCheck.check(bom, null).problems()).isEmpty();
        assertThat(LabelingFilesCheck.check(bom, null).columns()).containsExactly("labeling_set_id", "label", "name");
        assertThat(LabelingFilesCheck.check(empty, null).problems())
                .containsExactly(new LabelingProblem(
                        empty.toString(),
                        0,
                        "header",
                        "the file is empty: a labeling file starts with the header labeling_set_id,label,…"));
        assertThat(LabelingFilesCheck.check(header, null).problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(tuple(1L, "header"));
    }

    @Test
    void comparesAFoldersFilesWithItsFirstValidHeader() throws IOException {
        write("in/a.csv", "set,label,name\ns1,A,x\n"); // a broken header gives no columns to compare with
        write("in/b.csv", "labeling_set_id,label,name\ns1,A,x\n");
        Path c = write("in/c.csv", "labeling_set_id,label,city\ns2,A,x\n");

        LabelingCheck check = LabelingFilesCheck.check(folder.resolve("in"), SCHEMA);

        assertThat(check.problems())
                .extracting(LabelingProblem::source, LabelingProblem::rule)
                .containsExactly(
                        tuple(folder.resolve("in/a.csv").toString(), "header"),
                        tuple(folder.resolve("in/b.csv").toString(), "schema"), // city lacking
                        tuple(c.toString(), "columns"));
        assertThat(check.problems().get(2).detail())
                .isEqualTo("the columns [labeling_set_id, label, city] differ from those of the folder's first file"
                        + " [labeling_set_id, label, name]: Glue reads every file of an import with the same columns");
        assertThat(check.columns()).containsExactly("labeling_set_id", "label", "name");
        assertThat(check.records()).isEqualTo(3);
    }

    @Test
    void listsAFoldersLabelingFilesInPathOrder() throws IOException {
        write("in/b.csv", "x");
        write("in/sub/a.csv", "x");
        write("in/a.csv", "x");
        write("in/_SUCCESS", "");
        write("in/.part.crc", "x");
        write("in/_temporary/0/x.csv", "x");
        write("in/.hidden/y.csv", "x");
        write("in/manifest.json", "{}");
        write("in/journal.json", "{}");
        Path in = folder.resolve("in");

        assertThat(LabelingFilesCheck.files(in))
                .containsExactly(in.resolve("a.csv"), in.resolve("b.csv"), in.resolve("sub/a.csv"));
        assertThat(LabelingFilesCheck.files(in.resolve("manifest.json"))).containsExactly(in.resolve("manifest.json"));
        assertThat(LabelingFilesCheck.files(folder.resolve("missing"))).isEmpty();
    }

    @Test
    void saysWhenThereIsNoFileToCheck() throws IOException {
        Files.createDirectories(folder.resolve("empty"));
        write("markers/_SUCCESS", "");

        assertThat(LabelingFilesCheck.check(folder.resolve("empty"), null).problems())
                .extracting(LabelingProblem::line, LabelingProblem::rule, LabelingProblem::detail)
                .containsExactly(tuple(0L, "csv", "the folder holds no labeling file"));
        assertThat(LabelingFilesCheck.check(folder.resolve("markers"), null).problems())
                .extracting(LabelingProblem::detail)
                .containsExactly("the folder holds no labeling file");
        assertThat(LabelingFilesCheck.check(folder.resolve("missing"), null).problems())
                .extracting(LabelingProblem::detail)
                .containsExactly("there is no such file or folder");
    }

    @Test
    void keepsAThousandProblemsAFileAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name\n");
        for (int i = 0; i < FileCheck.MOST_PROBLEMS + 2; i++) {
            csv.append("s1,A\n");
        }
        Path file = write("a.csv", csv.toString());

        List<LabelingProblem> problems = LabelingFilesCheck.check(file, null).problems();

        assertThat(problems).hasSize(FileCheck.MOST_PROBLEMS + 1);
        assertThat(problems.get(FileCheck.MOST_PROBLEMS))
                .isEqualTo(new LabelingProblem(file.toString(), 0, "more", "2 more problems, left out"));
    }

    @Test
    void aValidCheckIsReturnedAndAnInvalidOneListsItsProblems() throws IOException {
        Path good = write("good.csv", "labeling_set_id,label,name\ns1,A,x\n");
        LabelingCheck valid = LabelingFilesCheck.check(good, null);
        assertThat(valid.requireValid("good.csv")).isSameAs(valid);

        LabelingProblem one = new LabelingProblem("a.csv", 4, "fields", "too few");
        LabelingCheck invalid = new LabelingCheck(List.of(), List.of(), 1, 1, List.of(one), List.of());
        assertThatThrownBy(() -> invalid.requireValid("the labels"))
                .isInstanceOf(InvalidLabelingFilesException.class)
                .hasMessage("the labels cannot be imported: 1 problem (nothing was sent):" + System.lineSeparator()
                        + "  a.csv line 4 [fields]: too few")
                .extracting(e -> ((InvalidLabelingFilesException) e).problems())
                .isEqualTo(List.of(one));

        List<LabelingProblem> many = new ArrayList<>();
        for (int i = 0; i <= InvalidLabelingFilesException.LISTED; i++) {
            many.add(new LabelingProblem("b.csv", 0, "csv", "problem " + i));
        }
        String message = new InvalidLabelingFilesException("b.csv", many).getMessage();
        assertThat(message)
                .startsWith("b.csv cannot be imported: 51 problems (nothing was sent):" + System.lineSeparator()
                        + "  b.csv [csv]: problem 0" + System.lineSeparator())
                .contains("  b.csv [csv]: problem 49" + System.lineSeparator())
                .doesNotContain("problem 50")
                .endsWith(System.lineSeparator() + "  … and 1 more");
        assertThat(new InvalidLabelingFilesException("c.csv", many.subList(0, 50)).getMessage())
                .doesNotContain("more");
    }

    @Test
    void givesTheWarningsInFileAndLineOrder() throws IOException {
        StringBuilder large = new StringBuilder("labeling_set_id,label,name\n");
        for (int i = 0; i <= LabelingFilesCheck.LARGE_SET; i++) {
            large.append("big,A,n").append(i).append('\n');
        }
        Path a = write("in/a.csv", large.toString());
        Path b = write("in/b.csv", "labeling_set_id,label,name\ns1,A,x\ns1,B,x\n");

        // the set-size warning is found after every file is read, and still comes first: a.csv, line 2
        assertThat(LabelingFilesCheck.check(folder.resolve("in"), null).warnings())
                .extracting(LabelingProblem::source, LabelingProblem::line, LabelingProblem::rule)
                .containsExactly(tuple(a.toString(), 2L, "set size"), tuple(b.toString(), 3L, "repeated record"));
    }

    @Test
    void aFileExceptionSaysItsProblemAlsoWithoutSourceAndLine() {
        LabelingFileException withLine = new LabelingFileException("a.csv", 3, "too few fields");
        LabelingFileException withoutLine = new LabelingFileException("a.csv", 0, "is empty");

        assertThat(withLine).hasMessage("a.csv line 3: too few fields");
        assertThat(withLine.problem()).isEqualTo("too few fields");
        assertThat(withoutLine).hasMessage("a.csv is empty");
        assertThatThrownBy(() -> new LabelingFileException("a.csv", -1, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be 0 or more, was -1");
    }

    @Test
    void aProblemRefusesANegativeLine() {
        assertThatThrownBy(() -> new LabelingProblem("a.csv", -1, "csv", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be 0 or more, was -1");
        assertThat(new LabelingProblem("a.csv", 1, "csv", "x")).hasToString("a.csv line 1 [csv]: x");
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
