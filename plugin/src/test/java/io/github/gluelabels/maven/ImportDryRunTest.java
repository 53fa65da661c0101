package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ImportDryRun writes the header of a transform without labels as CSV")
class ImportDryRunTest {

    @Test
    @DisplayName("plain column names are written as they are")
    void plainColumns() {
        assertThat(ImportDryRun.csvLine(List.of("labeling_set_id", "label", "customer_id")))
                .isEqualTo("labeling_set_id,label,customer_id\n");
    }

    @Test
    @DisplayName("a column holding a comma, a quote or a line break is quoted, its quotes doubled")
    void quotedColumns() {
        assertThat(ImportDryRun.csvLine(List.of("labeling_set_id", "label", "city, country", "say \"hi\"", "a\nb")))
                .isEqualTo("labeling_set_id,label,\"city, country\",\"say \"\"hi\"\"\",\"a\nb\"\n");
    }
}
