package io.github.gluelabels.fake.internal.s3;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The files that hold one store's uploaded bytes, in one folder the store owns, made on first use (most accounts of a
 * test run never write one). A file is written whole, with its MD5 computed on the way: the object's entity tag.
 */
final class ObjectFiles {

    private final Path root;
    private volatile boolean rootCreated;

    /** @param root an empty folder, or one to make */
    ObjectFiles(Path root) {
        this.root = root;
    }

    /**
     * A file written whole.
     *
     * @param file the file
     * @param size its size in bytes
     * @param etag the entity tag of its bytes, quoted
     */
    record Written(Path file, long size, String etag) {
        /** @return the file's bytes, deleted when the object that holds them is released */
        Content content() {
            return Content.ofFile(file, size, true);
        }
    }

    /** Writes a stream to a new file, as it comes: read to the end, not closed. */
    Written write(InputStream data) {
        Path file = newFile();
        MessageDigest md5 = md5();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), md5)) {
            return new Written(file, data.transferTo(out), etag(md5));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a new file with what a writer writes (the fake's own objects: exports), buffered. */
    Written write(S3Store.ObjectWriter writer) {
        Path file = newFile();
        MessageDigest md5 = md5();
        try (CountingOutputStream counting = new CountingOutputStream(
                new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), md5))) {
            writer.writeTo(counting);
            counting.flush();
            return new Written(file, counting.count, etag(md5));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** @return a new file name in the folder, which exists from now on */
    Path newFile() {
        if (!rootCreated) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rootCreated = true;
        }
        return root.resolve(UUID.randomUUID() + ".bin");
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the entity tag of bytes whose MD5 this is (done), quoted as S3 sends it */
    private static String etag(MessageDigest md5) {
        return "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file that cannot be deleted now goes with the store's folder
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
