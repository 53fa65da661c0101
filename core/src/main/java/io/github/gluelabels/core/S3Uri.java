package io.github.gluelabels.core;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * An S3 location {@code s3://bucket/key}, where the key may be a prefix or empty.
 *
 * @param bucket the bucket name
 * @param key the key or key prefix, without a leading slash; empty for the whole bucket
 * @since 0.1.0
 */
public record S3Uri(String bucket, String key) {

    /**
     * Refuses a {@code null} bucket or key.
     *
     * @param bucket the bucket name
     * @param key the key or key prefix, without a leading slash; empty for the whole bucket
     */
    public S3Uri {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Parses and validates an S3 path.
     *
     * @param field the request member the path comes from, for the message, e.g. {@code OutputS3Path}
     * @param path the path, e.g. {@code s3://my-bucket/labels/}
     * @return the location
     * @throws InvalidRequestException naming the field, the rule and the value when the path is not valid
     */
    public static S3Uri parse(String field, String path) {
        List<Violation> violations = Constraints.s3Path(field, path);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String rest = path.substring(Constraints.S3_SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? new S3Uri(rest, "") : new S3Uri(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /**
     * The key as a folder: the key with a trailing slash, or empty for the whole bucket.
     *
     * @return e.g. {@code labels/} for {@code s3://b/labels} and for {@code s3://b/labels/}
     */
    public String folderPrefix() {
        return key.isEmpty() || key.endsWith("/") ? key : key + "/";
    }

    /**
     * @return whether this is a whole bucket ({@code s3://bucket} or {@code s3://bucket/}), which glue-labels never
     *     downloads
     * @since 0.1.0
     */
    public boolean isWholeBucket() {
        return folderPrefix().isEmpty();
    }

    /**
     * @param childKey a key in this bucket
     * @return {@code s3://bucket/childKey}
     */
    public S3Uri withKey(String childKey) {
        return new S3Uri(bucket, childKey);
    }

    @Override
    public String toString() {
        return Constraints.S3_SCHEME + bucket + (key.isEmpty() ? "" : "/" + key);
    }
}
