package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.internal.s3.S3Store;

/** The S3 paths of task runs' requests: their rules, and that their buckets are in the transforms' region. */
final class S3Paths {

    private final S3Store s3;
    private final String region;

    /** @param region the region of the account's transforms */
    S3Paths(S3Store s3, String region) {
        this.s3 = s3;
        this.region = region;
    }

    /**
     * @return the path a request's member holds
     * @throws GlueError {@code InvalidInputException} when it breaks a rule of an S3 path
     */
    static S3Uri parse(String field, String value) {
        Validation.check(Constraints.s3Path(field, value));
        return S3Uri.parse(field, value);
    }

    /** @throws GlueError {@code InvalidInputException} as the service words it when the bucket is in another region */
    void requireSameRegion(S3Uri path) {
        s3.bucketRegion(path.bucket()).filter(r -> !r.equals(region)).ifPresent(r -> {
            throw GlueError.invalidInput("S3 path provided is not in the same region as transform. Expecting region - "
                    + region + ", but got - " + r + ".");
        });
    }
}
