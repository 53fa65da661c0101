package io.github.gluelabels.fake.internal.s3;

import java.time.Instant;
import java.util.Map;

/**
 * An object in the fake S3. Its bytes are a {@link Content}: a file the store wrote, or slices of a transform's
 * labeling file for an export; large objects are never held in the heap.
 *
 * @param key the object key
 * @param content its bytes
 * @param size its size in bytes
 * @param etag its entity tag, quoted, as S3 sends it
 * @param lastModified when it was written
 * @param contentType its content type
 * @param metadata its user metadata ({@code x-amz-meta-*} without the prefix)
 */
public record StoredObject(
        String key,
        Content content,
        long size,
        String etag,
        Instant lastModified,
        String contentType,
        Map<String, String> metadata) {}
