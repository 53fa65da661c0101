package io.github.gluelabels.core.export;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects under an export's output path before its task run started, each as it was then (entity tag, time of
 * the last change, size). A download after the run leaves these aside: what is new, or changed since (overwritten
 * while the run went), is what the run wrote. An object rewritten with the same bytes within the same second cannot
 * be told from the one before (S3 lists times to the second), and is left aside too.
 */
final class EarlierObjects {

    /** Nothing was there before: a download brings every object. */
    static final EarlierObjects NONE = new EarlierObjects(List.of());

    private record Version(String etag, Instant lastModified, Long size) {
        static Version of(S3Object object) {
            return new Version(object.eTag(), object.lastModified(), object.size());
        }
    }

    private final Map<String, Version> versions;

    EarlierObjects(List<S3Object> objects) {
        versions = new HashMap<>(objects.size() * 2);
        objects.forEach(o -> versions.put(o.key(), Version.of(o)));
    }

    /** @return whether the object is one of these, unchanged */
    boolean holds(S3Object object) {
        return Objects.equals(versions.get(object.key()), Version.of(object));
    }
}
