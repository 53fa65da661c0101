package io.github.gluelabels.fake.internal.s3;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * An object in the fake S3: its bytes live in a file, never in the heap.
 *
 * @param key the object key
 * @param file where its bytes are
 * @param size its size in bytes
 * @param etag its entity tag, quoted, as S3 sends it
 * @param lastModified when it was written
 * @param contentType its content type
 * @param metadata its user metadata ({@code x-amz-meta-*} without the prefix)
 */
public record StoredObject(
    String key, Path file, long size, String etag, Instant lastModified, String contentType,
    Map<String, String> metadata) {}
