package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the requests that make an object carry besides its bytes: a key within S3's length, and user metadata. */
final class ObjectRequests {

    private static final String METADATA_PREFIX = "x-amz-meta-";

    private ObjectRequests() {}

    /** @throws S3Error {@code KeyTooLongError} when the key is longer than S3 takes */
    static void requireKeyLength(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Constraints.S3_KEY_MAX_BYTES) {
            throw new S3Error(400, "KeyTooLongError", "Your key is too long", "Size", Integer.toString(bytes));
        }
    }

    /** @return the {@code x-amz-meta-*} headers, by their names in lower case without the prefix */
    static Map<String, String> userMetadata(FakeRequest r) {
        Map<String, String> metadata = new LinkedHashMap<>();
        r.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(METADATA_PREFIX) && !values.isEmpty()) {
                metadata.put(lower.substring(METADATA_PREFIX.length()), values.get(0));
            }
        });
        return metadata;
    }

    /** @return the content type the request gives its object, or {@code null} */
    static String contentType(FakeRequest r) {
        return r.header("Content-Type").orElse(null);
    }
}
