package io.github.gluelabels.core.export;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BoundedInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * One part of a multipart upload: {@code length} bytes of a file from {@code offset}, opened anew each time the SDK
 * asks (a retry, or a second read of the same attempt). The SDK closes only the last stream it got; each new one
 * closes the one before, as the provider's contract asks, so no file handle is left open.
 */
final class FilePart implements ContentStreamProvider {

    private final Path file;
    private final long offset;
    private final long length;
    private InputStream current;

    FilePart(Path file, long offset, long length) {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public synchronized InputStream newStream() {
        InputStream in = null;
        try {
            if (current != null) {
                current.close();
            }
            in = Files.newInputStream(file);
            in.skipNBytes(offset);
            current = BoundedInputStream.builder()
                    .setInputStream(in)
                    .setMaxCount(length)
                    .get();
            return current;
        } catch (IOException e) {
            closeQuietly(in, e);
            String why = e instanceof EOFException ? "it has fewer than " + offset + " bytes" : e.getMessage();
            throw new UncheckedIOException("could not read " + file + ": " + why, e);
        }
    }

    private static void closeQuietly(InputStream in, IOException cause) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
