package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

/**
 * The S3 REST API, path style, as far as the AWS SDK for Java, the AWS CLI and boto3 need it for labels: buckets,
 * objects (streamed, with ranges), listings (V1 and V2, with {@code encoding-type=url}), copies, batch deletes and
 * multipart uploads. Errors are S3's XML errors.
 *
 * <p>{@link S3Router} names the operation; each group of operations has its class: {@link BucketOperations},
 * {@link ObjectWrites}, {@link ObjectReads}, {@link ObjectListing} and {@link MultipartOperations}, all over one
 * {@link S3Store}.
 */
public final class S3Service {

    private final BucketOperations buckets;
    private final ObjectWrites writes;
    private final ObjectReads reads;
    private final ObjectListing listing;
    private final MultipartOperations multipart;

    /**
     * Every operation the fake S3 answers, as the S3 API reference names them: what a fault can name.
     */
    public static final Set<String> OPERATIONS = Set.of(
            "ListBuckets",
            "CreateBucket",
            "HeadBucket",
            "DeleteBucket",
            "GetBucketLocation",
            "ListObjectsV2",
            "ListObjects",
            "DeleteObjects",
            "PutObject",
            "CopyObject",
            "DeleteObject",
            "GetObject",
            "HeadObject",
            "CreateMultipartUpload",
            "UploadPart",
            "CompleteMultipartUpload",
            "AbortMultipartUpload");

    /**
     * @param store where buckets and objects live
     * @param defaultRegion the region of buckets created without a location constraint
     * @param accountId the account that owns every bucket
     */
    public S3Service(S3Store store, String defaultRegion, String accountId) {
        String ownerId = HexFormat.of().formatHex(ObjectFiles.md5().digest(accountId.getBytes(StandardCharsets.UTF_8)));
        this.buckets = new BucketOperations(store, defaultRegion, ownerId);
        this.writes = new ObjectWrites(store);
        this.reads = new ObjectReads(store);
        this.listing = new ObjectListing(store, ownerId);
        this.multipart = new MultipartOperations(store);
    }

    /**
     * Names the S3 operation a request asks for, as the S3 API reference names it.
     *
     * @param r the request
     * @return e.g. {@code GetObject}, or {@code Unsupported} when the fake does not implement it
     */
    public String operation(FakeRequest r) {
        return S3Router.operation(r);
    }

    /**
     * Answers a request.
     *
     * @param r the request
     * @param operation what {@link #operation} named
     * @return the response; S3 errors are rendered as XML
     */
    public FakeResponse handle(FakeRequest r, String operation) {
        try {
            if (!r.pathIsUtf8()) {
                throw new S3Error(400, "InvalidURI", "Couldn't parse the specified URI.", "URI", r.rawPath());
            }
            return withIds(dispatch(r, operation), r);
        } catch (S3Error e) {
            return error(r, e);
        }
    }

    /**
     * Renders an S3 error for a request, without a body for HEAD.
     *
     * @return the response
     */
    public FakeResponse error(FakeRequest r, S3Error e) {
        FakeResponse response = FakeResponse.status(e.status()).errorCode(e.code());
        if (!r.method().equals("HEAD")) {
            response.body(e.toXml(r.requestId()), S3Xml.CONTENT_TYPE);
        }
        return withIds(response, r);
    }

    /**
     * An error of any code and status, for fault injection.
     *
     * @return the response
     */
    public FakeResponse error(FakeRequest r, int status, String code, String message) {
        return error(r, new S3Error(status, code, message));
    }

    private static FakeResponse withIds(FakeResponse response, FakeRequest r) {
        return response.header("x-amz-request-id", r.requestId())
                .header("x-amz-id-2", r.requestId())
                .header("Server", "AmazonS3");
    }

    private FakeResponse dispatch(FakeRequest r, String operation) {
        String path = r.path().substring(1);
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String key = slash < 0 ? "" : path.substring(slash + 1);
        return switch (operation) {
            case "ListBuckets" -> buckets.listBuckets();
            case "CreateBucket" -> buckets.createBucket(r, bucket);
            case "HeadBucket" -> buckets.headBucket(bucket);
            case "DeleteBucket" -> buckets.deleteBucket(bucket);
            case "GetBucketLocation" -> buckets.getBucketLocation(bucket);
            case "ListObjectsV2" -> listing.list(r, bucket, true);
            case "ListObjects" -> listing.list(r, bucket, false);
            case "DeleteObjects" -> writes.deleteObjects(r, bucket);
            case "PutObject" -> writes.putObject(r, bucket, key);
            case "CopyObject" -> writes.copyObject(r, bucket, key);
            case "DeleteObject" -> writes.deleteObject(bucket, key);
            case "GetObject" -> reads.getObject(r, bucket, key, true);
            case "HeadObject" -> reads.getObject(r, bucket, key, false);
            case "CreateMultipartUpload" -> multipart.createUpload(r, bucket, key);
            case "UploadPart" -> multipart.uploadPart(r, bucket, key);
            case "CompleteMultipartUpload" -> multipart.completeUpload(r, bucket, key);
            case "AbortMultipartUpload" -> multipart.abortUpload(r, bucket, key);
            default -> throw notImplemented(r);
        };
    }

    private static S3Error notImplemented(FakeRequest r) {
        return new S3Error(
                501,
                "NotImplemented",
                "The fake S3 of glue-labels does not implement " + r.method() + " " + r.rawPath()
                        + (r.query().isEmpty() ? "" : " with query " + r.query().keySet()));
    }
}
