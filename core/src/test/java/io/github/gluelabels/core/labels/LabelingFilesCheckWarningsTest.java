package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two warnings of {@link LabelingFilesCheck}, at their edges: a set of exactly {@value LabelingFilesCheck#LARGE_SET}
 * records is not warned of and one more is, where the set first appears; a record is a repeat only when its set and
 * every field but the label are the same — thousands of records that differ by one character, or by where a field
 * ends, are not.
 */
class LabelingFilesCheckWarningsTest {

    @TempDir
    Path folder;

    @Test
    void warnsOfASetOfMoreThanFiftyRecordsWhereItFirstAppears() throws IOException {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name\n");
        csv.append("small,A,first\n");
        for (int i = 0; i < LabelingFilesCheck.LARGE_SET; i++) {
            csv.append("fifty,A,n").append(i).append('\n');
            csv.append("large,A,n").append(i).append('\n');
        }
        csv.append("large,A,last\n");
        Path file = write("labels.csv", csv.toString());

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems()).isEmpty();
        assertThat(check.sets()).isEqualTo(3);
        assertThat(check.records()).isEqualTo(2L * LabelingFilesCheck.LARGE_SET + 2);
        assertThat(check.warnings())
                .containsExactly(new LabelingProblem(
                        file.toString(),
                        4,
                        LabelingFilesCheck.SET_SIZE,
                        "labeling set large has 51 records; Glue recommends 10 to 20 per set and this check warns"
                                + " above 50"));
    }

    @Test
    void tellsARepeatOnlyByTheSetAndEveryFieldButTheLabel() throws IOException {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name,city\n");
        int records = 0;
        for (int i = 0; i < 40; i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                // one character apart, in every place; and the same characters split differently between fields
                csv.append("set").append(i).append(",A,x").append(c).append("y,z\n");
                csv.append("set")
                        .append(i)
                        .append(",A,xy")
                        .append(Character.toUpperCase(c))
                        .append(",z\n");
                csv.append("set").append(i).append(",A,xy,").append(c).append("z\n");
                csv.append("set").append(i).append(",A,x,y").append(c).append("z\n");
                records += 4;
            }
        }
        csv.append("set0,B,xay,z\n"); // set0's first record, with another label: the one repeat
        csv.append("set1,B,xay,zz\n");
        csv.append("set99,B,xay,z\n");
        Path file = write("labels.csv", csv.toString());

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.records()).isEqualTo(records + 3L);
        assertThat(check.warnings())
                .filteredOn(w -> w.rule().equals(LabelingFilesCheck.REPEATED))
                .containsExactly(new LabelingProblem(
                        file.toString(),
                        records + 2L,
                        LabelingFilesCheck.REPEATED,
                        "labeling set set0 already holds this record (the same fields but the label)"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
