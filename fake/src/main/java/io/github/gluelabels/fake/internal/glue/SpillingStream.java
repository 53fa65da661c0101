package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.internal.s3.Content;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the bytes written to it in memory up to a limit, then moves them to a file and goes on there: labels stay in
 * the heap when they are small and never when they are large. Not thread-safe.
 */
final class SpillingStream extends OutputStream {

    /** Labeling files up to this size stay in memory; larger ones go to a file. */
    static final int IN_MEMORY_LIMIT = 1 << 20;

    private final Path file;
    private final int inMemoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(256);
    private OutputStream disk;
    private long size;

    /**
     * @param file where the bytes go once they pass the limit; its folder is created then
     * @param inMemoryLimit the most bytes kept in memory
     */
    SpillingStream(Path file, int inMemoryLimit) {
        this.file = file;
        this.inMemoryLimit = inMemoryLimit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (disk == null && memory.size() + len > inMemoryLimit) {
            Files.createDirectories(file.getParent());
            disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(disk);
            memory = null;
        }
        (disk != null ? disk : memory).write(b, off, len);
        size += len;
    }

    @Override
    public void flush() throws IOException {
        if (disk != null) {
            disk.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (disk != null) {
            disk.close();
        }
    }

    /** @return what was written, once it is flushed: in memory, or the file */
    Content content() {
        return disk != null ? Content.ofFile(file, size, false) : Content.of(memory.toByteArray());
    }

    /** Closes the stream and deletes its file, if it made one: what was written is not wanted. */
    void discard() {
        try {
            close();
        } catch (IOException e) {
            // being discarded anyway
        }
        LabelFiles.deleteQuietly(file);
    }
}
