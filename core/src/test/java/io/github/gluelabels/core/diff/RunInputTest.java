package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RunInput: a run's entries read back from a buffer of its own")
class RunInputTest {

    /** A stream of {@code data} that gives at most {@code chunk} bytes a read, counts its reads and tells its close. */
    private static final class Chunked extends InputStream {
        private final ByteArrayInputStream data;
        private final int chunk;
        final List<Integer> asked = new ArrayList<>();
        boolean closed;

        Chunked(byte[] data, int chunk) {
            this.data = new ByteArrayInputStream(data);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            throw new AssertionError("RunInput reads into its buffer, never a byte at a time");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len <= 0) {
                throw new IOException("asked for " + len + " bytes");
            }
            asked.add(len);
            return data.read(b, off, Math.min(len, chunk));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] written(DiffEntry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (DiffEntry entry : entries) {
            entry.write(out);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static DiffEntry entry(String set, String label) {
        return DiffEntry.of(set, new String[] {"k"}, label);
    }

    private static List<DiffEntry> readAll(RunInput in) throws IOException {
        List<DiffEntry> entries = new ArrayList<>();
        for (DiffEntry e = DiffEntry.read(in); e != null; e = DiffEntry.read(in)) {
            entries.add(e);
        }
        return entries;
    }

    @Test
    @DisplayName("reads ints big-endian, as DataOutputStream writes them, up to the stream's last byte")
    void readsIntsBigEndian() throws IOException {
        int[] values = {0x01020304, 0x7F80FF01, -1, 0, 0x00FF00FF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int value : values) {
            out.writeInt(value);
        }
        Chunked stream = new Chunked(bytes.toByteArray(), Integer.MAX_VALUE);
        RunInput in = new RunInput(stream, 64);

        for (int value : values) {
            assertThat(in.atEnd()).isFalse();
            assertThat(in.readInt()).isEqualTo(value);
        }
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    @DisplayName("an int that is the whole stream, read with nothing after it")
    void readsAnIntThatEndsTheStream() throws IOException {
        RunInput in = new RunInput(new Chunked(new byte[] {0, 0, 1, 2}, Integer.MAX_VALUE), 16);

        assertThat(in.readInt()).isEqualTo(258);
        assertThat(in.atEnd()).isTrue();
    }

    @Test
    @DisplayName("entries straddling the buffer's end, or larger than it, come back whole, however the stream splits")
    void readsEntriesAcrossAndPastTheBuffer() throws IOException {
        DiffEntry[] entries = {
            entry("s1", "A"),
            entry("s2", "B".repeat(50)),
            entry("s3", "C"),
            entry("s4", "D".repeat(200)),
            entry("s5", "E")
        };
        byte[] data = written(entries);
        for (int chunk : new int[] {1, 3, 7, 1000}) {
            for (int buffer : new int[] {8, 13, 32}) {
                RunInput in = new RunInput(new Chunked(data, chunk), buffer);
                assertThat(readAll(in))
                        .as("chunks of %d, buffer of %d", chunk, buffer)
                        .containsExactly(entries);
            }
        }
    }

    @Test
    @DisplayName("reads the stream a buffer at a time, not entry by entry")
    void readsABufferAtATime() throws IOException {
        DiffEntry[] entries = new DiffEntry[20];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry("s" + i, "A");
        }
        Chunked stream = new Chunked(written(entries), Integer.MAX_VALUE);

        assertThat(readAll(new RunInput(stream, 1024))).containsExactly(entries);
        assertThat(stream.asked).as("one read for all, one for the end").containsExactly(1024, 1024);
    }

    @Test
    @DisplayName("a stream that ends inside an entry's length or its bytes is refused")
    void refusesATruncatedEntry() throws IOException {
        byte[] data = written(entry("s1", "A"), entry("s2", "B"));
        for (int cut : new int[] {data.length - 1, data.length / 2 + 2, data.length / 2 + 4, 2}) {
            byte[] truncated = java.util.Arrays.copyOf(data, cut);
            RunInput in = new RunInput(new Chunked(truncated, Integer.MAX_VALUE), 64);

            assertThatThrownBy(() -> readAll(in))
                    .as("cut at %d", cut)
                    .isInstanceOf(EOFException.class)
                    .hasMessage("a run ends inside an entry");
        }
    }

    @Test
    @DisplayName("closing it closes the stream")
    void closesTheStream() throws IOException {
        Chunked stream = new Chunked(new byte[0], 1);
        RunInput in = new RunInput(stream, 16);

        in.close();

        assertThat(stream.closed).isTrue();
    }
}
