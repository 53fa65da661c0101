package io.github.gluelabels.fake.internal.s3;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** An upload in progress: where its object goes, and its parts so far, each in a file of the store. */
final class MultipartUpload {

    final String id;
    final String bucket;
    final String key;
    final String contentType;
    final Map<String, String> metadata;
    final Instant initiated;
    /** By part number. */
    final ConcurrentSkipListMap<Integer, StoredObject> parts = new ConcurrentSkipListMap<>();

    MultipartUpload(
            String id, String bucket, String key, String contentType, Map<String, String> metadata, Instant initiated) {
        this.id = id;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
        this.metadata = metadata;
        this.initiated = initiated;
    }

    /** Adds a part, or replaces the part uploaded with its number before (whose bytes are then freed). */
    void put(int number, StoredObject part) {
        StoredObject previous = parts.put(number, part);
        if (previous != null) {
            previous.content().release();
        }
    }

    /** Frees the bytes of every part that no object took. */
    void release() {
        parts.values().forEach(p -> p.content().release());
    }
}
