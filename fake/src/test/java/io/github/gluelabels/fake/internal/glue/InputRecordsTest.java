package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records a labeling set generation draws from a transform's labels: the first distinct ones, at most so many. */
class InputRecordsTest {

    @TempDir
    Path folder;

    private LabelSet labels(String file) {
        return new LabelFiles(folder, 10)
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "labels");
    }

    @Test
    void takesTheFirstDistinctRecordsUpToTheMost() {
        LabelSet labels = labels("""
                labeling_set_id,label,name,city
                s1,A,Ann,Oslo
                s1,A,Ann,Oslo
                s2,B,Bob,Rome
                s3,C,Cid,Pisa
                """);

        InputRecords records = InputRecords.fromLabels(labels, 2);

        assertThat(records.columns()).containsExactly("name", "city");
        assertThat(records.rows()).containsExactly(List.of("Ann", "Oslo"), List.of("Bob", "Rome"));
    }

    @Test
    void takesEveryRecordWhenThereAreFewer() {
        InputRecords records = InputRecords.fromLabels(labels("labeling_set_id,label,name\ns1,A,Ann\n"), 5);

        assertThat(records.rows()).containsExactly(List.of("Ann"));
    }
}
