package io.github.gluelabels.fake.internal.s3;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bytes of an object, immutable: in memory, in a file, or a concatenation of slices of other contents (an export's
 * part files are slices of the transform's labeling file, so that an export copies nothing). Opened as streams, so
 * that no caller ever needs the whole object in the heap.
 */
public interface Content {

    /** @return the size in bytes */
    long size();

    /**
     * Opens a range of the bytes.
     *
     * @param offset the first byte
     * @param length how many bytes
     * @return a stream of exactly those bytes
     */
    InputStream open(long offset, long length) throws IOException;

    /** Opens all the bytes. */
    default InputStream open() throws IOException {
        return open(0, size());
    }

    /** Frees what this content owns (a file the store wrote); content shared with others frees nothing. */
    default void release() {}

    /** @return bytes held in memory */
    static Content of(byte[] bytes) {
        return new Bytes(bytes);
    }

    /**
     * @param file a file that no one changes any more
     * @param owned whether {@link #release()} deletes it
     * @return the file's bytes
     */
    static Content ofFile(Path file, long size, boolean owned) {
        return new FileContent(file, size, owned);
    }

    /** @return the bytes of {@code offset .. offset + length} of another content, which keeps ownership of them */
    static Content slice(Content whole, long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > whole.size()) {
            throw new IllegalArgumentException("slice " + offset + "+" + length + " of " + whole.size() + " bytes");
        }
        return offset == 0 && length == whole.size() ? whole : new Slice(whole, offset, length);
    }

    /** @return the contents one after another */
    static Content concat(List<Content> parts) {
        return parts.size() == 1 ? parts.get(0) : new Concat(List.copyOf(parts));
    }

    /** Bytes in memory. */
    @SuppressWarnings("ArrayRecordComponent") // an object's bytes, compared by the S3 semantics, never by equals
    record Bytes(byte[] bytes) implements Content {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open(long offset, long length) {
            return new ByteArrayInputStream(bytes, (int) offset, (int) length);
        }
    }

    /** A file; deleted on release when owned. */
    record FileContent(Path file, long size, boolean owned) implements Content {
        @Override
        public InputStream open(long offset, long length) throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(offset);
            return limit(in, length);
        }

        @Override
        public void release() {
            if (owned) {
                ObjectFiles.deleteQuietly(file);
            }
        }
    }

    /** A range of another content. */
    record Slice(Content whole, long offset, long size) implements Content {
        @Override
        public InputStream open(long from, long length) throws IOException {
            return whole.open(offset + from, length);
        }
    }

    /** Contents one after another; releasing it releases the parts (which may own files). */
    record Concat(List<Content> parts) implements Content {
        @Override
        public void release() {
            parts.forEach(Content::release);
        }

        @Override
        public long size() {
            long size = 0;
            for (Content part : parts) {
                size += part.size();
            }
            return size;
        }

        @Override
        public InputStream open(long offset, long length) throws IOException {
            List<InputStream> streams = new ArrayList<>();
            long skip = offset;
            long left = length;
            for (Content part : parts) {
                if (left <= 0) {
                    break;
                }
                if (skip >= part.size()) {
                    skip -= part.size();
                    continue;
                }
                long take = Math.min(part.size() - skip, left);
                streams.add(part.open(skip, take));
                skip = 0;
                left -= take;
            }
            return new SequenceInputStream(Collections.enumeration(streams));
        }
    }

    /** A stream that ends after {@code length} bytes. */
    static InputStream limit(InputStream in, long length) {
        return new FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left));
                left -= skipped;
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }
        };
    }
}
