package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.s3.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The data side of a {@link FakeGlue} account: the input records of its transforms, what their evaluations find, the
 * quota of their task runs, its buckets, and the objects a test puts in them or reads from them. The public methods are {@link FakeGlue}'s; this class only keeps them in a file of
 * their own.
 */
abstract sealed class AccountBuckets permits FakeGlue {

    /** The account; {@link FakeGlue} drives the rest of it. */
    final Account account;

    private final String defaultRegion;

    AccountBuckets(Account account, String defaultRegion) {
        this.account = account;
        this.defaultRegion = defaultRegion;
    }

    private FakeGlue self() {
        return (FakeGlue) this;
    }

    /**
     * Gives a transform the records of its input table, creating the transform if needed:
     * {@code StartMLLabelingSetGenerationTaskRun} draws its labeling sets from them (without them, from the records the
     * transform's labels hold).
     *
     * @param transformId the transform
     * @param recordsFile a UTF-8 CSV whose header names the table's columns (the labeling file's columns after
     *     {@code labeling_set_id,label})
     * @return this
     * @throws IllegalArgumentException naming the record when the text is not such a CSV; nothing is seeded then
     * @since 0.1.0
     */
    public final FakeGlue seedRecords(String transformId, String recordsFile) {
        account.glue.seedRecords(
                transformId,
                new ByteArrayInputStream(recordsFile.getBytes(StandardCharsets.UTF_8)),
                "records of " + transformId);
        return self();
    }

    /**
     * Gives a transform the records of its input table from a stream, as {@link #seedRecords(String, String)} does.
     *
     * @param transformId the transform
     * @param recordsFile the CSV's bytes; read to the end and closed
     * @param source where they come from, for messages
     * @return this
     * @throws IllegalArgumentException naming the source and record when it is not such a CSV; nothing is seeded then
     * @since 0.1.0
     */
    public final FakeGlue seedRecords(String transformId, InputStream recordsFile, String source) {
        account.glue.seedRecords(transformId, recordsFile, source);
        return self();
    }

    /**
     * Gives a transform the records of its input table from a file, as {@link #seedRecords(String, String)} does.
     *
     * @param transformId the transform
     * @param recordsFile a UTF-8 CSV whose header names the table's columns
     * @return this
     * @throws IllegalArgumentException naming the file and record when it is not such a CSV; nothing is seeded then
     * @throws UncheckedIOException when the file cannot be read
     * @since 0.1.0
     */
    public final FakeGlue seedRecords(String transformId, Path recordsFile) {
        try (InputStream in = Files.newInputStream(recordsFile)) {
            account.glue.seedRecords(transformId, in, recordsFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the records file " + recordsFile + ": " + e.getMessage(), e);
        }
        return self();
    }

    /**
     * Chooses what the {@code StartMLEvaluationTaskRun}s of a transform started from now on find: the
     * {@code EvaluationMetrics} {@code GetMLTransform} shows after one succeeds. Without a choice, the numbers follow
     * from the transform's labels (see the fake's README). Creates the transform if needed.
     *
     * @param transformId the transform
     * @param metrics the confusion matrix and column importances; null to derive them from the labels again
     * @return this
     * @since 0.1.0
     */
    public final FakeGlue evaluationMetrics(String transformId, EvaluationMetrics metrics) {
        account.glue.evaluationMetrics(transformId, metrics);
        return self();
    }

    /**
     * Sets how many task runs of one transform may go at once in this account from now on; a
     * {@code StartMLLabelingSetGenerationTaskRun} or {@code StartMLEvaluationTaskRun} beyond it is
     * {@code ConcurrentRunsExceededException}. The server's
     * {@link FakeGlueServer.Builder#maxConcurrentTaskRunsPerTransform(int) maxConcurrentTaskRunsPerTransform} (Glue's 3 by
     * default) until then, and again after a {@link FakeGlue#reset()}.
     *
     * @param runs 1 or more
     * @return this
     * @throws IllegalArgumentException when {@code runs} is less than 1
     * @since 0.1.0
     */
    public final FakeGlue maxConcurrentTaskRunsPerTransform(int runs) {
        account.glue.maxConcurrentTaskRunsPerTransform(runs);
        return self();
    }

    /**
     * Creates a bucket in the fake's region, if it does not exist yet.
     *
     * @param bucket the bucket name
     * @return this
     */
    public final FakeGlue createBucket(String bucket) {
        return createBucket(bucket, defaultRegion);
    }

    /**
     * Creates a bucket in a region, if it does not exist yet. An export to a bucket of another region fails as the
     * service documents.
     *
     * @param bucket the bucket name
     * @param region its region, e.g. {@code eu-west-1}
     * @return this
     */
    public final FakeGlue createBucket(String bucket, String region) {
        account.s3Store.createBucket(bucket, region);
        return self();
    }

    /** @return the bucket names, sorted */
    public final List<String> buckets() {
        return account.s3Store.bucketNames();
    }

    /**
     * Writes an object.
     *
     * @param bucket the bucket
     * @param key the object key
     * @param bytes the content
     * @return this
     */
    public final FakeGlue putObject(String bucket, String key, byte[] bytes) {
        account.s3Store.put(bucket, key, new ByteArrayInputStream(bytes), null, Map.of());
        return self();
    }

    /**
     * Writes an object from a stream, copying it to the fake's disk as it is read: an object of any size costs no heap.
     *
     * @param bucket a bucket, which must exist
     * @param key the key
     * @param bytes the object's bytes; read to the end, not closed
     * @return this
     * @throws IllegalArgumentException when the bucket does not exist
     * @throws UncheckedIOException when the stream cannot be read
     */
    public final FakeGlue putObject(String bucket, String key, InputStream bytes) {
        requireBucket(bucket);
        account.s3Store.put(bucket, key, bytes, null, Map.of());
        return self();
    }

    /**
     * Writes an object with the bytes of a file, streamed: an object of any size costs no heap.
     *
     * @param bucket a bucket, which must exist
     * @param key the key
     * @param file the file to copy
     * @return this
     * @throws IllegalArgumentException when the bucket does not exist
     * @throws UncheckedIOException when the file cannot be read
     */
    public final FakeGlue putObject(String bucket, String key, Path file) {
        requireBucket(bucket);
        try (InputStream in = Files.newInputStream(file)) {
            account.s3Store.put(bucket, key, in, null, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return self();
    }

    /**
     * @param bucket a bucket, which must exist
     * @param prefix a key prefix, empty for all
     * @return the objects under the prefix, in key order
     */
    public final List<S3ObjectInfo> objects(String bucket, String prefix) {
        requireBucket(bucket);
        return account.s3Store.list(bucket, prefix).stream()
                .map(o -> new S3ObjectInfo(bucket, o.key(), o.size(), o.etag(), o.lastModified()))
                .toList();
    }

    /**
     * @param bucket the bucket
     * @param key the object key
     * @return the bytes of an object
     * @throws IllegalArgumentException when the bucket or the object does not exist
     */
    public final byte[] objectBytes(String bucket, String key) {
        requireBucket(bucket);
        StoredObject object = account.s3Store
                .get(bucket, key)
                .orElseThrow(
                        () -> new IllegalArgumentException("The fake S3 has no object s3://" + bucket + "/" + key));
        try (InputStream in = account.s3Store.open(object)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireBucket(String bucket) {
        if (!account.s3Store.bucketExists(bucket)) {
            throw new IllegalArgumentException("The fake S3 has no bucket " + bucket + "; it has " + buckets());
        }
    }
}
