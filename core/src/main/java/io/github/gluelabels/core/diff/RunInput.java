package io.github.gluelabels.core.diff;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads what {@link DiffEntry#write} wrote, from a buffer of its own: each entry's bytes copied straight from the
 * buffer, with none of {@code DataInputStream}'s byte-by-byte reads, which were a good part of a merge's time.
 */
final class RunInput implements Closeable {

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;

    RunInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /** @return whether the stream is at its end, between two entries */
    boolean atEnd() throws IOException {
        return !fill(1);
    }

    int readInt() throws IOException {
        require(4);
        int value = ((buffer[position] & 0xFF) << 24)
                | ((buffer[position + 1] & 0xFF) << 16)
                | ((buffer[position + 2] & 0xFF) << 8)
                | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** @return the next bytes: their length as an int, then the bytes */
    byte[] readBytes() throws IOException {
        int length = readInt();
        require(length);
        byte[] value = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return value;
    }

    private void require(int bytes) throws IOException {
        if (!fill(bytes)) {
            throw new EOFException("a run ends inside an entry");
        }
    }

    /** Makes at least {@code bytes} bytes ready in the buffer, unless the stream ends first. */
    private boolean fill(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        if (bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, bytes);
        }
        while (limit < bytes) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
