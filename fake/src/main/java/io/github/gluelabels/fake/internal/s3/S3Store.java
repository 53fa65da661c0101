package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.core.validation.Constraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The storage of the fake S3: buckets and objects. Uploaded bytes go to files under one folder, so that an object of
 * any size costs no heap; exports store slices of the labeling file instead of copies. Thread-safe: a write makes a
 * new object that replaces the old one atomically.
 */
public final class S3Store {

    /** S3 lists keys in the order of their UTF-8 bytes. */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        // the order of code points, which for UTF-8 is the order of bytes; equal chars are equal code points, so only
        // the first difference needs a closer look
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    /**
     * A key whose natural ({@code String.compareTo}) order is {@link #KEY_ORDER}: the key itself when it has no char
     * from U+D800 on (nearly every key); otherwise a copy in which surrogates move above U+E000–U+FFFF, where code points
     * above U+FFFF sort, and U+E000–U+FFFF move down into their place. Char by char, so prefixes stay prefixes.
     *
     * @param key an object key
     * @return its sort key
     */
    static String sortKey(String key) {
        int i = 0;
        int n = key.length();
        while (i < n && key.charAt(i) < 0xD800) {
            i++;
        }
        if (i == n) {
            return key;
        }
        char[] chars = key.toCharArray();
        for (; i < n; i++) {
            char c = chars[i];
            if (c >= 0xE000) {
                chars[i] = (char) (c - 0x800);
            } else if (c >= 0xD800) {
                chars[i] = (char) (c + 0x2000);
            }
        }
        return new String(chars);
    }

    private final Path root;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, MultipartUpload> uploads = new ConcurrentHashMap<>();

    /**
     * @param root an empty folder this store owns
     * @param clock the clock for timestamps
     */
    public S3Store(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /**
     * Creates a bucket.
     *
     * @param name the bucket name
     * @param region its region
     * @return whether it was created; false when it existed already
     * @throws S3Error {@code InvalidBucketName} when the name is not valid
     */
    public boolean createBucket(String name, String region) {
        String problem = Constraints.bucketNameProblem(name);
        if (problem != null) {
            throw new S3Error(
                    400, "InvalidBucketName", "The specified bucket is not valid: " + problem, "BucketName", name);
        }
        return buckets.putIfAbsent(name, new Bucket(name, region, clock.instant())) == null;
    }

    public boolean bucketExists(String name) {
        return buckets.containsKey(name);
    }

    /** @return the region of the bucket, if it exists */
    public Optional<String> bucketRegion(String name) {
        return Optional.ofNullable(buckets.get(name)).map(b -> b.region);
    }

    /** @return the bucket names, sorted */
    public List<String> bucketNames() {
        return buckets.keySet().stream().sorted().toList();
    }

    Bucket bucket(String name) {
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            throw S3Error.noSuchBucket(name);
        }
        return bucket;
    }

    List<Bucket> buckets() {
        return buckets.values().stream()
                .sorted(Comparator.comparing(b -> b.name))
                .toList();
    }

    /**
     * Deletes an empty bucket.
     *
     * @param name the bucket
     * @throws S3Error {@code NoSuchBucket} or {@code BucketNotEmpty}
     */
    public void deleteBucket(String name) {
        Bucket bucket = bucket(name);
        if (!bucket.isEmpty()) {
            throw new S3Error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty", "BucketName", name);
        }
        buckets.remove(name);
    }

    /**
     * Writes an object, streaming its bytes to a file.
     *
     * @param bucket the bucket, which must exist
     * @param key the key
     * @param data the bytes; read to the end, not closed
     * @param contentType the content type, or null for {@code binary/octet-stream}
     * @param metadata user metadata
     * @return the stored object
     */
    public StoredObject put(
            String bucket, String key, InputStream data, String contentType, Map<String, String> metadata) {
        Bucket b = bucket(bucket);
        Path file = newFile();
        MessageDigest md5 = md5();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), md5)) {
            size = data.transferTo(out);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        String etag = "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
        return store(b, key, Content.ofFile(file, size, true), etag, contentType, metadata);
    }

    /**
     * Writes an object from a string, UTF-8 encoded.
     *
     * @return the stored object
     */
    public StoredObject put(String bucket, String key, String text, String contentType) {
        return put(
                bucket,
                key,
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                contentType,
                Map.of());
    }

    /** Writes an object's bytes to a stream. */
    @FunctionalInterface
    public interface ObjectWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes an object by streaming its bytes to a file, for objects the fake makes itself (exports).
     *
     * @param bucket the bucket
     * @param key the key
     * @param contentType the content type
     * @param writer writes the bytes
     * @return the stored object
     * @throws S3Error {@code NoSuchBucket} when the bucket does not exist
     */
    public StoredObject write(String bucket, String key, String contentType, ObjectWriter writer) {
        Bucket b = bucket(bucket);
        Path file = newFile();
        MessageDigest md5 = md5();
        long size;
        try (var counting = new CountingOutputStream(
                new DigestOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16), md5))) {
            writer.writeTo(counting);
            counting.flush();
            size = counting.count;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        String etag = "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
        return store(b, key, Content.ofFile(file, size, true), etag, contentType, Map.of());
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
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

    /**
     * Stores an object whose bytes exist already (e.g. slices of a labeling file), without copying them.
     *
     * @param bucket the bucket, which must exist
     * @param key the key
     * @param content the bytes
     * @param etag their entity tag, quoted
     * @param contentType the content type
     * @return the stored object
     * @throws S3Error {@code NoSuchBucket} when the bucket does not exist
     */
    public StoredObject store(String bucket, String key, Content content, String etag, String contentType) {
        return store(bucket(bucket), key, content, etag, contentType, Map.of());
    }

    StoredObject store(
            Bucket b, String key, Content content, String etag, String contentType, Map<String, String> metadata) {
        StoredObject object = new StoredObject(
                key,
                content,
                content.size(),
                etag,
                clock.instant(),
                contentType == null ? "binary/octet-stream" : contentType,
                Map.copyOf(metadata));
        StoredObject previous = b.put(object);
        if (previous != null) {
            previous.content().release();
        }
        return object;
    }

    /** @return the object, if it exists (the bucket must exist) */
    public Optional<StoredObject> get(String bucket, String key) {
        return Optional.ofNullable(bucket(bucket).get(key));
    }

    /** @return the objects of a bucket whose keys start with the prefix, in key order */
    public List<StoredObject> list(String bucket, String prefix) {
        List<StoredObject> out = new ArrayList<>();
        for (StoredObject o : bucket(bucket).from(prefix)) {
            if (!o.key().startsWith(prefix)) {
                break;
            }
            out.add(o);
        }
        return out;
    }

    /** @return whether an object was deleted (the bucket must exist) */
    public boolean delete(String bucket, String key) {
        StoredObject removed = bucket(bucket).remove(key);
        if (removed != null) {
            removed.content().release();
        }
        return removed != null;
    }

    /** Opens an object's bytes. */
    public InputStream open(StoredObject object) throws IOException {
        return object.content().open();
    }

    MultipartUpload startUpload(String bucket, String key, String contentType, Map<String, String> metadata) {
        bucket(bucket);
        MultipartUpload upload = new MultipartUpload(
                UUID.randomUUID().toString().replace("-", ""), bucket, key, contentType, metadata, clock.instant());
        uploads.put(upload.id, upload);
        return upload;
    }

    MultipartUpload upload(String id, String bucket, String key) {
        MultipartUpload upload = uploads.get(id);
        if (upload == null || !upload.bucket.equals(bucket) || !upload.key.equals(key)) {
            throw new S3Error(
                    404,
                    "NoSuchUpload",
                    "The specified upload does not exist. The upload ID may be invalid, "
                            + "or the upload may have been aborted or completed.",
                    "UploadId",
                    id);
        }
        return upload;
    }

    void endUpload(MultipartUpload upload) {
        uploads.remove(upload.id);
        upload.parts.values().forEach(p -> p.content().release());
    }

    /** Removes every bucket, object and upload. */
    public void clear() {
        buckets.values().forEach(b -> b.all().forEach(o -> o.content().release()));
        buckets.clear();
        uploads.values().forEach(u -> u.parts.values().forEach(p -> p.content().release()));
        uploads.clear();
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** A new file name in the store's folder, made on first use: most accounts of a test run never write one. */
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

    private volatile boolean rootCreated;

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file that cannot be deleted now goes with the store's folder
        }
    }

    /** An upload in progress: its parts, each in a file. */
    static final class MultipartUpload {
        final String id;
        final String bucket;
        final String key;
        final String contentType;
        final Map<String, String> metadata;
        final java.time.Instant initiated;
        final ConcurrentSkipListMap<Integer, StoredObject> parts = new ConcurrentSkipListMap<>();

        MultipartUpload(
                String id,
                String bucket,
                String key,
                String contentType,
                Map<String, String> metadata,
                java.time.Instant initiated) {
            this.id = id;
            this.bucket = bucket;
            this.key = key;
            this.contentType = contentType;
            this.metadata = metadata;
            this.initiated = initiated;
        }
    }
}
