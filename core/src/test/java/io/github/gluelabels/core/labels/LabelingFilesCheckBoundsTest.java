package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a check keeps of a file that is nothing but problems or warnings: a bounded list, and how many it left out. */
class LabelingFilesCheckBoundsTest {

    @TempDir
    Path folder;

    @Test
    void repeatedRecordsMakeAtMostAThousandWarningsAndACount() throws IOException {
        int repeats = FileCheck.MOST_PROBLEMS + 500;
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name\ns1,A,Ana\n");
        for (int i = 0; i < repeats; i++) {
            csv.append("s1,B,Ana\n");
        }
        Path file = folder.resolve("labels.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        LabelingCheck check = LabelingFilesCheck.check(file, null);

        assertThat(check.problems()).isEmpty();
        // the repeats kept, the count of those left out, and the set's size (1,501 records, over 50)
        assertThat(check.warnings()).hasSize(FileCheck.MOST_PROBLEMS + 2);
        assertThat(check.warnings())
                .filteredOn(w -> w.rule().equals(LabelingFilesCheck.REPEATED))
                .hasSize(FileCheck.MOST_PROBLEMS);
        assertThat(check.warnings())
                .filteredOn(w -> w.rule().equals("more"))
                .singleElement()
                .extracting(LabelingProblem::detail)
                .isEqualTo("500 more warnings, left out");
    }
}
