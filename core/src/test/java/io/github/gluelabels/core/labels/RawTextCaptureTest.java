package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * {@link RawTextCapture} gives back exactly the text between positions, in order, and keeps only what is not taken
 * yet once enough is taken: the reader's memory stays about one record, however long the file.
 */
class RawTextCaptureTest {

    @Test
    void givesBackTheTextBetweenPositionsAndDropsWhatIsTaken() throws IOException {
        String record = "x".repeat(1023) + "\n"; // 1,024 characters: eight make the threshold
        String text = record.repeat(100);
        try (RawTextCapture capture = new RawTextCapture(new StringReader(text))) {
            char[] buffer = new char[1024];
            long position = 0;
            while (capture.read(buffer, 0, buffer.length) > 0) {
                assertThat(capture.charAt(position + 1023)).isEqualTo('\n');
                assertThat(capture.take(position, position + 1024)).isEqualTo(record);
                position += 1024;
            }
            assertThat(capture.takeRest(position)).isEmpty();
            // dropped as soon as 8,192 characters were taken (and no more than that are kept)
            assertThat(capture.maxBuffered()).isEqualTo(8192);
        }
    }

    @Test
    void keepsTheTextOfARecordLongerThanTheCompactionThreshold() throws IOException {
        String text = "a".repeat(20_000) + "b".repeat(5);
        try (RawTextCapture capture = new RawTextCapture(new StringReader(text))) {
            char[] buffer = new char[30_000];
            int read = 0;
            for (int n; (n = capture.read(buffer, 0, buffer.length)) > 0; ) {
                read += n;
            }
            assertThat(read).isEqualTo(20_005);
            assertThat(capture.maxBuffered()).isEqualTo(20_005);
            assertThat(capture.take(0, 20_000)).isEqualTo("a".repeat(20_000));
            assertThat(capture.charAt(20_000)).isEqualTo('b');
            assertThat(capture.takeRest(20_000)).isEqualTo("bbbbb");
        }
    }

    @Test
    void refusesPositionsOutOfOrderOrNotKept() throws IOException {
        try (RawTextCapture capture = new RawTextCapture(new StringReader("abcdef"))) {
            capture.read(new char[6], 0, 6);
            assertThat(capture.take(0, 2)).isEqualTo("ab");
            assertThatThrownBy(() -> capture.take(1, 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("text is taken in order: expected position 2, got 1");
            assertThatThrownBy(() -> capture.take(2, 7))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("position 7 is not in the kept text [2, 6]");
            assertThatThrownBy(() -> capture.charAt(1)).hasMessage("position 1 is not in the kept text [2, 6]");
            assertThat(capture.charAt(5)).isEqualTo('f');
            assertThat(capture.take(2, 6)).isEqualTo("cdef");
        }
    }
}
