package io.github.gluelabels.fake;

import java.time.Instant;

/**
 * An object in the fake S3.
 *
 * @param bucket its bucket
 * @param key its key
 * @param size its size in bytes
 * @param etag its entity tag, quoted as S3 sends it
 * @param lastModified when it was written
 * @since 0.1.0
 */
public record S3ObjectInfo(String bucket, String key, long size, String etag, Instant lastModified) {}
