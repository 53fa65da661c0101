package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;

/**
 * The object a CopyObject copies, from its {@code x-amz-copy-source} header: {@code bucket/key} or {@code /bucket/key},
 * URL-encoded, perhaps followed by {@code ?versionId=…}.
 *
 * @param bucket the source bucket
 * @param key the source key
 */
record CopySource(String bucket, String key) {

    /**
     * @param header the header as sent
     * @return the source
     * @throws S3Error {@code InvalidArgument} when the header names no bucket and key
     */
    static CopySource parse(String header) {
        // cut off "?versionId=" before decoding, so that an encoded '?' in the key stays
        int q = header.indexOf('?');
        String source = FakeRequest.percentDecode(q < 0 ? header : header.substring(0, q), false);
        source = source.startsWith("/") ? source.substring(1) : source;
        int slash = source.indexOf('/');
        if (slash <= 0) {
            throw new S3Error(
                    400,
                    "InvalidArgument",
                    "Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }
        return new CopySource(source.substring(0, slash), source.substring(slash + 1));
    }

    /** @return whether this is the object at {@code bucket/key} */
    boolean is(String otherBucket, String otherKey) {
        return bucket.equals(otherBucket) && key.equals(otherKey);
    }
}
