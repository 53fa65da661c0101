package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.List;

/** The bucket operations: ListBuckets, CreateBucket, HeadBucket, GetBucketLocation and DeleteBucket. */
final class BucketOperations {

    /**
     * S3's first region, which S3 treats apart whatever the fake's default region is: creating a bucket there again
     * succeeds, and GetBucketLocation names it with an empty constraint.
     */
    static final String US_EAST_1 = "us-east-1";

    private final S3Store store;
    private final String defaultRegion;
    private final String ownerId;

    /**
     * @param store where buckets live
     * @param defaultRegion the region of buckets created without a location constraint
     * @param ownerId the canonical id of the account that owns every bucket
     */
    BucketOperations(S3Store store, String defaultRegion, String ownerId) {
        this.store = store;
        this.defaultRegion = defaultRegion;
        this.ownerId = ownerId;
    }

    FakeResponse listBuckets() {
        StringBuilder xml = S3Xml.document("ListAllMyBucketsResult")
                .append(S3Xml.owner(ownerId))
                .append("<Buckets>");
        for (Bucket b : store.buckets()) {
            xml.append("<Bucket><Name>")
                    .append(b.name)
                    .append("</Name><CreationDate>")
                    .append(S3Xml.timestamp(b.created))
                    .append("</CreationDate><BucketRegion>")
                    .append(b.region)
                    .append("</BucketRegion></Bucket>");
        }
        xml.append("</Buckets></ListAllMyBucketsResult>");
        return FakeResponse.status(200).body(xml.toString(), S3Xml.CONTENT_TYPE);
    }

    FakeResponse createBucket(FakeRequest r, String bucket) {
        String region = defaultRegion;
        if (r.body().length > 0) {
            List<String> constraint = S3Xml.elements(r.bodyAsString(), "LocationConstraint");
            if (!constraint.isEmpty() && !constraint.get(0).isBlank()) {
                region = constraint.get(0).trim();
            }
        }
        boolean created = store.createBucket(bucket, region);
        // us-east-1 answers 200 again for a bucket its owner already has; every other region says 409
        if (!created && !region.equals(US_EAST_1)) {
            throw new S3Error(
                    409,
                    "BucketAlreadyOwnedByYou",
                    "Your previous request to create the named bucket succeeded and you already own it.",
                    "BucketName",
                    bucket);
        }
        return FakeResponse.status(200).header("Location", "/" + bucket);
    }

    FakeResponse headBucket(String bucket) {
        Bucket b = store.bucket(bucket);
        return FakeResponse.status(200).header("x-amz-bucket-region", b.region);
    }

    FakeResponse getBucketLocation(String bucket) {
        Bucket b = store.bucket(bucket);
        String region = b.region.equals(US_EAST_1) ? "" : b.region;
        return FakeResponse.status(200)
                .body(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"" + S3Xml.NAMESPACE
                                + "\">" + region + "</LocationConstraint>",
                        S3Xml.CONTENT_TYPE);
    }

    FakeResponse deleteBucket(String bucket) {
        store.deleteBucket(bucket);
        return FakeResponse.status(204);
    }
}
