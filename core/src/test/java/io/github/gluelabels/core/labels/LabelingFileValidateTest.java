package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LabelingFile checks every record to the end, and both columns of the header")
class LabelingFileValidateTest {

    /** Four good records, then a fifth on line 6 with a field too few: found only by reading to the end. */
    private static final String BAD_AT_THE_END = "labeling_set_id,label,name\ns1,A,x\ns1,A,y\ns2,B,z\ns3,C,w\ns4,D\n";

    private static final String BAD_AT_THE_END_MESSAGE =
            "line 6: the record has 2 fields, but the header has 3 (labeling_set_id,label,name)";

    @TempDir
    Path dir;

    @Test
    void validatesAStreamToItsLastRecord() {
        assertThatThrownBy(() -> LabelingFile.validate(stream(BAD_AT_THE_END), "s3://b/labels.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage("s3://b/labels.csv " + BAD_AT_THE_END_MESSAGE);
        assertThatCode(() -> LabelingFile.validate(stream(BAD_AT_THE_END.replace("s4,D\n", "s4,D,v\n")), "ok.csv"))
                .doesNotThrowAnyException();
    }

    @Test
    void validatesAFileToItsLastRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.csv"), BAD_AT_THE_END, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LabelingFile.validate(file))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(file + " " + BAD_AT_THE_END_MESSAGE);
    }

    @Test
    void summarizesAStreamToItsLastRecord() {
        assertThatThrownBy(() -> LabelingFile.summarize(stream(BAD_AT_THE_END), "labels.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage("labels.csv " + BAD_AT_THE_END_MESSAGE);
        LabelSummary summary = LabelingFile.summarize(stream(BAD_AT_THE_END.replace("s4,D\n", "")), "labels.csv");
        assertThat(summary.rows()).isEqualTo(4);
        assertThat(summary.labelingSets()).isEqualTo(3);
    }

    @Test
    void checksTheSecondColumnOfTheHeader() throws IOException {
        String text = "labeling_set_id,anything\ns1,A\n";
        String problem = "line 1: the header must start with the columns labeling_set_id,label, but it starts with"
                + " \"labeling_set_id\", \"anything\"";
        assertThatThrownBy(() -> LabelingFile.validate(stream(text), "f.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage("f.csv " + problem);
        // the fast path gives up on it too, and the careful reader explains
        assertThat(WellFormedScan.count(stream(text), "f.csv")).isNull();
        Path file = Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LabelingFile.count(file, "f.csv"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage("f.csv " + problem);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
