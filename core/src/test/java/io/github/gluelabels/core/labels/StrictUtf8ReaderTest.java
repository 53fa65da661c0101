package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictUtf8Reader} says on which line bad bytes are, counting a CR, an LF and a CRLF each as one line break,
 * and where in the file they start, however the stream hands its bytes over.
 */
class StrictUtf8ReaderTest {

    @Test
    void countsLfCrAndCrLfAsOneLineBreakEach() {
        InvalidUtf8Exception e = readAll(bytes("a\r\nb\rc\nd", 0xFF), false);

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("invalid UTF-8 on line 4 at byte offset 8");
        assertThat(e.problem())
                .isEqualTo("the byte 0xFF is not valid UTF-8 (at byte offset 8 of the file): a labeling file must be"
                        + " encoded in UTF-8; convert it to UTF-8 and try again");
    }

    @Test
    void aCrRightBeforeTheBadBytesEndsItsLine() {
        assertThat(readAll(bytes("a\r", 0xC3, 0x28), false).line()).isEqualTo(2);
        assertThat(readAll(bytes("a\r\r", 0xFF), false).line()).isEqualTo(3);
        assertThat(readAll(bytes("a\r\n", 0xFF), false).line()).isEqualTo(2);
    }

    @Test
    void findsTheSameLineAndOffsetWhenTheStreamHandsOverOneByteAtATime() {
        byte[] text = bytes("h\u00e9\r\n\u20ac\n" + "x".repeat(70_000) + "\r", 0xED, 0xA0, 0x80);

        InvalidUtf8Exception whole = readAll(text, false);
        InvalidUtf8Exception trickle = readAll(text, true);

        assertThat(whole.line()).isEqualTo(4);
        assertThat(trickle.line()).isEqualTo(4);
        assertThat(trickle.problem()).isEqualTo(whole.problem()).contains("at byte offset " + (text.length - 3));
    }

    @Test
    void readsNothingWhenAskedForNothingEvenAtTheEnd() throws IOException {
        try (StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes("ab")))) {
            char[] buffer = new char[4];
            assertThat(reader.read(buffer, 0, 0)).isZero();
            assertThat(reader.read(buffer, 0, 4)).isEqualTo(2);
            assertThat(reader.read(buffer, 0, 0)).isZero();
            assertThat(reader.read(buffer, 0, 4)).isEqualTo(-1);
        }
    }

    private static InvalidUtf8Exception readAll(byte[] text, boolean oneByteAtATime) {
        ByteArrayInputStream in = new ByteArrayInputStream(text);
        InputStream source = oneByteAtATime
                ? new InputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        return len == 0 ? 0 : in.read(b, off, 1);
                    }
                }
                : in;
        return catchThrowableOfType(InvalidUtf8Exception.class, () -> {
            try (StrictUtf8Reader reader = new StrictUtf8Reader(source)) {
                char[] buffer = new char[7];
                while (reader.read(buffer, 0, buffer.length) >= 0) {
                    // read to the end or to the bad bytes
                }
            }
        });
    }

    private static byte[] bytes(String text, int... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        for (int b : more) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void readsTheEndAgainAsTheEnd() throws IOException {
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)));
        char[] text = new char[8];

        assertThat(reader.read(text, 0, 8)).isEqualTo(2);
        assertThat(reader.read(text, 0, 8)).isEqualTo(-1);
        assertThat(reader.read(text, 0, 8)).isEqualTo(-1);
    }

    @Test
    void handsOutWhatItDecodedBeforeReadingMore() throws IOException {
        OneByteAtATime in = new OneByteAtATime("abc".getBytes(StandardCharsets.UTF_8));
        StrictUtf8Reader reader = new StrictUtf8Reader(in);
        char[] text = new char[8];

        assertThat(reader.read(text, 0, 8)).isEqualTo(1);
        assertThat(text[0]).isEqualTo('a');
        assertThat(in.reads).isEqualTo(1);
    }

    @Test
    void aReadOfNoBytesIsNotTheEnd() throws IOException {
        OneByteAtATime in = new OneByteAtATime("ab".getBytes(StandardCharsets.UTF_8));
        in.nothingAt = 0;
        StringBuilder read = new StringBuilder();
        char[] text = new char[8];

        try (StrictUtf8Reader reader = new StrictUtf8Reader(in)) {
            for (int n = reader.read(text, 0, 8); n >= 0; n = reader.read(text, 0, 8)) {
                read.append(text, 0, n);
            }
        }

        assertThat(read).hasToString("ab");
    }

    /** Hands out one byte per read, and none at the read numbered {@code nothingAt}, as a slow stream may. */
    private static final class OneByteAtATime extends ByteArrayInputStream {
        int reads;
        int nothingAt = -1;

        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return reads++ == nothingAt ? 0 : super.read(b, off, Math.min(len, 1));
        }
    }
}
