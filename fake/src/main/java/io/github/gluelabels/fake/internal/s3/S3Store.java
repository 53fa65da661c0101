package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.core.validation.Constraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The storage of the fake S3: buckets and objects, and the multipart uploads in progress. Uploaded bytes go to files
 * ({@link ObjectFiles}), so that an object of any size costs no heap; exports store slices of the labeling file instead
 * of copies. Thread-safe: a write makes a new object that replaces the old one atomically.
 */
public final class S3Store {

    /** Writes an object's bytes to a stream. */
    @FunctionalInterface
    public interface ObjectWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Clock clock;
    private final ObjectFiles files;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final MultipartUploads uploads;

    /**
     * @param root an empty folder this store owns
     * @param clock the clock for timestamps
     */
    public S3Store(Path root, Clock clock) {
        this.clock = clock;
        this.files = new ObjectFiles(root);
        this.uploads = new MultipartUploads(clock);
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

    /** @throws S3Error {@code NoSuchBucket} when there is no such bucket */
    Bucket bucket(String name) {
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            throw S3Error.noSuchBucket(name);
        }
        return bucket;
    }

    /** @return the buckets, by name */
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
        ObjectFiles.Written file = files.write(data);
        return store(b, key, file.content(), file.etag(), contentType, metadata);
    }

    /**
     * Writes an object from a string, UTF-8 encoded.
     *
     * @return the stored object
     */
    public StoredObject put(String bucket, String key, String text, String contentType) {
        return put(bucket, key, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), contentType, Map.of());
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
        ObjectFiles.Written file = files.write(writer);
        return store(b, key, file.content(), file.etag(), contentType, Map.of());
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

    /** Removes every bucket, object and upload. */
    public void clear() {
        buckets.values().forEach(b -> b.all().forEach(o -> o.content().release()));
        buckets.clear();
        uploads.clear();
    }

    MultipartUploads uploads() {
        return uploads;
    }

    ObjectFiles files() {
        return files;
    }

    Instant now() {
        return clock.instant();
    }
}
