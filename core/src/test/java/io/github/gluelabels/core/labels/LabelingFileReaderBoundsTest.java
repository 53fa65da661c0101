package io.github.gluelabels.core.labels;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@link LabelingFileReader} on a NUL first character, an empty line ended by LF alone, a stream that fails to close
 * after a failed open, and the text it keeps for a long record.
 */
class LabelingFileReaderBoundsTest {

    private static final String SOURCE = "labels/bad.csv";

    @Test
    void keepsANulFirstCharacterInTheFirstColumnsName() {
        ByteArrayInputStream in = new ByteArrayInputStream("\u0000labeling_set_id,label\ns1,A\n".getBytes(UTF_8));

        assertThatThrownBy(() -> LabelingFileReader.open(in, SOURCE))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(
                        "labels/bad.csv line 1: the header must start with the columns labeling_set_id,label, but it"
                                + " starts with \"\\u0000labeling_set_id\", \"label\"");
    }

    @Test
    void anEmptyLineEndedByALineFeedIsAnEmptyLine() {
        ByteArrayInputStream in = new ByteArrayInputStream("labeling_set_id,label,name\ns1,A,x\n\n".getBytes(UTF_8));
        LabelingFileReader reader = LabelingFileReader.open(in, SOURCE);

        assertThatThrownBy(reader::next)
                .isInstanceOf(LabelingFileException.class)
                .hasMessage("labels/bad.csv line 3: the line is empty, but a record needs the header's 3 fields"
                        + " (labeling_set_id,label,name)");
    }

    @Test
    void aFailedOpenKeepsTheFailureToCloseTheStreamAsSuppressed() {
        IOException closing = new IOException("cannot close");
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() throws IOException {
                throw closing;
            }
        };

        LabelingFileException e =
                catchThrowableOfType(LabelingFileException.class, () -> LabelingFileReader.open(in, SOURCE));

        assertThat(e)
                .hasMessage(
                        "labels/bad.csv is empty: a labeling file starts with the header" + " labeling_set_id,label,…");
        assertThat(e.getSuppressed()).containsExactly(closing);
    }

    @Test
    void keepsAtLeastTheTextOfTheLongestRecord() {
        String name = "n".repeat(20_000);
        ByteArrayInputStream in =
                new ByteArrayInputStream(("labeling_set_id,label,name\ns1,A," + name + "\ns2,B,x\n").getBytes(UTF_8));

        try (LabelingFileReader reader = LabelingFileReader.open(in, SOURCE)) {
            assertThat(reader.next().values()).containsExactly("s1", "A", name);
            assertThat(reader.next().values()).containsExactly("s2", "B", "x");
            assertThat(reader.next()).isNull();
            assertThat(reader.maxBufferedChars()).isBetween(20_006, 20_006 + 2 * 8192);
        }
    }
}
