package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The S3 REST API, path style, as far as the AWS SDK for Java, the AWS CLI and boto3 need it for labels: buckets,
 * objects (streamed, with ranges), listings (V1 and V2, with {@code encoding-type=url}), copies, batch deletes and
 * multipart uploads. Errors are S3's XML errors.
 */
public final class S3Service {

    private static final String XML = "application/xml";
    private static final long MAX_KEYS = 1000;
    private static final int MAX_KEY_BYTES = Constraints.S3_KEY_MAX_BYTES;
    /** Every part but the last must be at least this large. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;

    private final S3Store store;
    private final String defaultRegion;
    private final String ownerId;

    /**
     * @param store where buckets and objects live
     * @param defaultRegion the region of buckets created without a location constraint
     * @param accountId the account that owns every bucket
     */
    public S3Service(S3Store store, String defaultRegion, String accountId) {
        this.store = store;
        this.defaultRegion = defaultRegion;
        this.ownerId = HexFormat.of().formatHex(S3Store.md5().digest(accountId.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Names the S3 operation a request asks for, as the S3 API reference names it.
     *
     * @param r the request
     * @return e.g. {@code GetObject}, or {@code Unsupported} when the fake does not implement it
     */
    public String operation(FakeRequest r) {
        String path = r.path();
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        boolean objectLevel = slash >= 0 && slash < rest.length() - 1;
        String m = r.method();
        if (rest.isEmpty()) {
            return m.equals("GET") ? "ListBuckets" : "Unsupported";
        }
        if (!objectLevel) {
            return switch (m) {
                case "PUT" -> onlyQuery(r) ? "CreateBucket" : "Unsupported";
                case "HEAD" -> "HeadBucket";
                case "DELETE" -> onlyQuery(r) ? "DeleteBucket" : "Unsupported";
                case "POST" -> r.hasQuery("delete") ? "DeleteObjects" : "Unsupported";
                case "GET" -> {
                    if (r.hasQuery("location")) {
                        yield "GetBucketLocation";
                    } else if ("2".equals(r.queryValue("list-type").orElse(null))) {
                        yield "ListObjectsV2";
                    } else if (onlyQuery(r, "prefix", "delimiter", "marker", "max-keys", "encoding-type")) {
                        yield "ListObjects";
                    }
                    yield "Unsupported";
                }
                default -> "Unsupported";
            };
        }
        return switch (m) {
            case "PUT" ->
                r.hasQuery("uploadId")
                        ? "UploadPart"
                        : r.header("x-amz-copy-source").isPresent()
                                ? "CopyObject"
                                : onlyQuery(r, "x-id") ? "PutObject" : "Unsupported";
            case "GET" -> onlyQuery(r, GET_OBJECT_QUERY) ? "GetObject" : "Unsupported";
            case "HEAD" -> "HeadObject";
            case "DELETE" ->
                r.hasQuery("uploadId") ? "AbortMultipartUpload" : onlyQuery(r, "x-id") ? "DeleteObject" : "Unsupported";
            case "POST" ->
                r.hasQuery("uploads")
                        ? "CreateMultipartUpload"
                        : r.hasQuery("uploadId") ? "CompleteMultipartUpload" : "Unsupported";
            default -> "Unsupported";
        };
    }

    /** The response header overrides GetObject takes as query parameters, with the headers they set. */
    private static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding",
            "response-content-language", "Content-Language",
            "response-cache-control", "Cache-Control",
            "response-expires", "Expires");

    private static final String[] GET_OBJECT_QUERY = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("x-id", "partNumber"), RESPONSE_OVERRIDES.keySet().stream())
            .toArray(String[]::new);

    /** The query parameters of a presigned URL (SigV4 query authentication): allowed on any operation. */
    private static final java.util.Set<String> QUERY_AUTHENTICATION = java.util.Set.of(
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Date",
            "X-Amz-Expires",
            "X-Amz-SignedHeaders",
            "X-Amz-Signature",
            "X-Amz-Security-Token");

    private static boolean onlyQuery(FakeRequest r, String... allowed) {
        return r.query().keySet().stream()
                .allMatch(k -> List.of(allowed).contains(k) || QUERY_AUTHENTICATION.contains(k));
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
            response.body(e.toXml(r.requestId()), XML);
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

    private FakeResponse withIds(FakeResponse response, FakeRequest r) {
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
            case "ListBuckets" -> listBuckets();
            case "CreateBucket" -> createBucket(r, bucket);
            case "HeadBucket" -> headBucket(bucket);
            case "DeleteBucket" -> {
                store.deleteBucket(bucket);
                yield FakeResponse.status(204);
            }
            case "GetBucketLocation" -> getBucketLocation(bucket);
            case "ListObjectsV2" -> list(r, bucket, true);
            case "ListObjects" -> list(r, bucket, false);
            case "DeleteObjects" -> deleteObjects(r, bucket);
            case "PutObject" -> putObject(r, bucket, key);
            case "CopyObject" -> copyObject(r, bucket, key);
            case "GetObject" -> getObject(r, bucket, key, true);
            case "HeadObject" -> getObject(r, bucket, key, false);
            case "DeleteObject" -> {
                store.delete(bucket, key);
                yield FakeResponse.status(204);
            }
            case "CreateMultipartUpload" -> createUpload(r, bucket, key);
            case "UploadPart" -> uploadPart(r, bucket, key);
            case "CompleteMultipartUpload" -> completeUpload(r, bucket, key);
            case "AbortMultipartUpload" -> {
                store.endUpload(store.upload(r.queryValue("uploadId").orElse(""), bucket, key));
                yield FakeResponse.status(204);
            }
            default ->
                throw new S3Error(
                        501,
                        "NotImplemented",
                        "The fake S3 of glue-labels does not implement " + r.method() + " " + r.rawPath()
                                + (r.query().isEmpty()
                                        ? ""
                                        : " with query " + r.query().keySet()));
        };
    }

    private FakeResponse listBuckets() {
        StringBuilder xml = xmlHeader("ListAllMyBucketsResult")
                .append("<Owner><ID>")
                .append(ownerId)
                .append("</ID><DisplayName>glue-labels</DisplayName></Owner><Buckets>");
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
        return FakeResponse.status(200).body(xml.toString(), XML);
    }

    private FakeResponse createBucket(FakeRequest r, String bucket) {
        String region = defaultRegion;
        if (r.body().length > 0) {
            List<String> constraint = S3Xml.elements(r.bodyAsString(), "LocationConstraint");
            if (!constraint.isEmpty() && !constraint.get(0).isBlank()) {
                region = constraint.get(0).trim();
            }
        }
        boolean created = store.createBucket(bucket, region);
        // us-east-1 answers 200 again for a bucket its owner already has; every other region says 409
        if (!created && !region.equals("us-east-1")) {
            throw new S3Error(
                    409,
                    "BucketAlreadyOwnedByYou",
                    "Your previous request to create the named bucket succeeded and you already own it.",
                    "BucketName",
                    bucket);
        }
        return FakeResponse.status(200).header("Location", "/" + bucket);
    }

    private FakeResponse headBucket(String bucket) {
        Bucket b = store.bucket(bucket);
        return FakeResponse.status(200).header("x-amz-bucket-region", b.region);
    }

    private FakeResponse getBucketLocation(String bucket) {
        Bucket b = store.bucket(bucket);
        String region = b.region.equals("us-east-1") ? "" : b.region;
        return FakeResponse.status(200)
                .body(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"" + S3Xml.NAMESPACE
                                + "\">" + region + "</LocationConstraint>",
                        XML);
    }

    private FakeResponse list(FakeRequest r, String bucketName, boolean v2) {
        Bucket bucket = store.bucket(bucketName);
        String prefix = r.queryValue("prefix").orElse("");
        String delimiter = r.queryValue("delimiter").filter(d -> !d.isEmpty()).orElse(null);
        boolean url = "url".equals(r.queryValue("encoding-type").orElse(null));
        long maxKeys;
        try {
            maxKeys = Math.min(MAX_KEYS, Long.parseLong(r.queryValue("max-keys").orElse("1000")));
        } catch (NumberFormatException e) {
            throw new S3Error(400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
        }
        if (maxKeys < 0) {
            throw new S3Error(400, "InvalidArgument", "max-keys cannot be negative");
        }
        String token = r.queryValue("continuation-token").orElse(null);
        String startAfter = v2
                ? r.queryValue("start-after").orElse("")
                : r.queryValue("marker").orElse("");
        String after = startAfter;
        if (v2 && token != null) {
            try {
                after = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new S3Error(400, "InvalidArgument", "The continuation token provided is incorrect");
            }
        }

        List<StoredObject> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        String lastCommonPrefix = null;
        String lastMarker = null;
        boolean truncated = false;
        String from = S3Store.KEY_ORDER.compare(after, prefix) > 0 ? after : prefix;
        for (StoredObject o : bucket.from(from)) {
            String key = o.key();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (!after.isEmpty() && S3Store.KEY_ORDER.compare(key, after) <= 0) {
                continue;
            }
            String common = null;
            if (delimiter != null) {
                int d = key.indexOf(delimiter, prefix.length());
                if (d >= 0) {
                    common = key.substring(0, d + delimiter.length());
                }
            }
            if (common != null && (common.equals(lastCommonPrefix) || common.equals(after))) {
                continue;
            }
            if (contents.size() + commonPrefixes.size() >= maxKeys) {
                truncated = true;
                break;
            }
            if (common != null) {
                commonPrefixes.add(common);
                lastCommonPrefix = common;
                lastMarker = common;
            } else {
                contents.add(o);
                lastMarker = key;
            }
        }

        StringBuilder xml = xmlHeader("ListBucketResult")
                .append("<Name>")
                .append(bucketName)
                .append("</Name>")
                .append("<Prefix>")
                .append(encode(prefix, url))
                .append("</Prefix>");
        if (v2) {
            if (token != null) {
                xml.append("<ContinuationToken>").append(S3Xml.escape(token)).append("</ContinuationToken>");
            }
            if (!startAfter.isEmpty()) {
                xml.append("<StartAfter>").append(encode(startAfter, url)).append("</StartAfter>");
            }
            xml.append("<KeyCount>")
                    .append(contents.size() + commonPrefixes.size())
                    .append("</KeyCount>");
        } else {
            xml.append("<Marker>").append(encode(startAfter, url)).append("</Marker>");
        }
        xml.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
        if (delimiter != null) {
            xml.append("<Delimiter>").append(encode(delimiter, url)).append("</Delimiter>");
        }
        if (url) {
            xml.append("<EncodingType>url</EncodingType>");
        }
        xml.append("<IsTruncated>").append(truncated).append("</IsTruncated>");
        if (truncated && lastMarker != null) {
            if (v2) {
                xml.append("<NextContinuationToken>")
                        .append(Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(lastMarker.getBytes(StandardCharsets.UTF_8)))
                        .append("</NextContinuationToken>");
            } else if (delimiter != null) {
                xml.append("<NextMarker>").append(encode(lastMarker, url)).append("</NextMarker>");
            }
        }
        for (StoredObject o : contents) {
            xml.append("<Contents><Key>")
                    .append(encode(o.key(), url))
                    .append("</Key><LastModified>")
                    .append(S3Xml.timestamp(o.lastModified()))
                    .append("</LastModified><ETag>")
                    .append(S3Xml.escape(o.etag()))
                    .append("</ETag><Size>")
                    .append(o.size())
                    .append("</Size>");
            if (!v2 || r.queryValue("fetch-owner").map("true"::equals).orElse(false)) {
                xml.append("<Owner><ID>").append(ownerId).append("</ID><DisplayName>glue-labels</DisplayName></Owner>");
            }
            xml.append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        for (String p : commonPrefixes) {
            xml.append("<CommonPrefixes><Prefix>").append(encode(p, url)).append("</Prefix></CommonPrefixes>");
        }
        xml.append("</ListBucketResult>");
        return FakeResponse.status(200).body(xml.toString(), XML);
    }

    private static String encode(String value, boolean url) {
        return url ? S3Xml.urlEncode(value) : S3Xml.escape(value);
    }

    private FakeResponse deleteObjects(FakeRequest r, String bucket) {
        store.bucket(bucket);
        String body = r.bodyAsString();
        boolean quiet =
                S3Xml.elements(body, "Quiet").stream().anyMatch(q -> q.trim().equals("true"));
        StringBuilder xml = xmlHeader("DeleteResult");
        for (String key : S3Xml.elements(body, "Key")) {
            store.delete(bucket, key);
            if (!quiet) {
                xml.append("<Deleted><Key>").append(S3Xml.escape(key)).append("</Key></Deleted>");
            }
        }
        return FakeResponse.status(200).body(xml.append("</DeleteResult>").toString(), XML);
    }

    private FakeResponse putObject(FakeRequest r, String bucket, String key) {
        store.bucket(bucket);
        requireKeyLength(key);
        PayloadDecoder.Payload data = PayloadDecoder.decode(r);
        StoredObject o =
                store.put(bucket, key, data.stream(), r.header("Content-Type").orElse(null), userMetadata(r));
        return FakeResponse.status(200).header("ETag", o.etag());
    }

    private FakeResponse copyObject(FakeRequest r, String bucket, String key) {
        store.bucket(bucket);
        requireKeyLength(key);
        // the header is URL-encoded: cut off "?versionId=" before decoding, so that an encoded '?' in the key stays
        String source = r.header("x-amz-copy-source").orElse("");
        int q = source.indexOf('?');
        source = FakeRequest.percentDecode(q < 0 ? source : source.substring(0, q), false);
        source = source.startsWith("/") ? source.substring(1) : source;
        int slash = source.indexOf('/');
        if (slash <= 0) {
            throw new S3Error(
                    400,
                    "InvalidArgument",
                    "Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }
        String sourceBucket = source.substring(0, slash);
        String sourceKey = source.substring(slash + 1);
        StoredObject from = store.get(sourceBucket, sourceKey).orElseThrow(() -> S3Error.noSuchKey(sourceKey));
        boolean replace = "REPLACE".equals(r.header("x-amz-metadata-directive").orElse("COPY"));
        if (!replace && sourceBucket.equals(bucket) && sourceKey.equals(key)) {
            throw new S3Error(
                    400,
                    "InvalidRequest",
                    "This copy request is illegal because it is trying to copy an object "
                            + "to itself without changing the object's metadata, storage class, website redirect location or "
                            + "encryption attributes.");
        }
        StoredObject copy;
        try (InputStream in = store.open(from)) {
            copy = store.put(
                    bucket,
                    key,
                    in,
                    replace ? r.header("Content-Type").orElse(null) : from.contentType(),
                    replace ? userMetadata(r) : from.metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String xml = xmlHeader("CopyObjectResult")
                .append("<LastModified>")
                .append(S3Xml.timestamp(copy.lastModified()))
                .append("</LastModified><ETag>")
                .append(S3Xml.escape(copy.etag()))
                .append("</ETag></CopyObjectResult>")
                .toString();
        return FakeResponse.status(200).body(xml, XML);
    }

    private FakeResponse getObject(FakeRequest r, String bucket, String key, boolean withBody) {
        store.bucket(bucket);
        Optional<StoredObject> found = store.get(bucket, key);
        if (found.isEmpty()) {
            throw S3Error.noSuchKey(key);
        }
        StoredObject o = found.get();
        Optional<String> ifMatch = r.header("If-Match");
        if (ifMatch.isPresent()
                && !ifMatch.get().equals(o.etag())
                && !ifMatch.get().equals("*")) {
            throw new S3Error(
                    412,
                    "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold",
                    "Condition",
                    "If-Match");
        }
        Optional<String> ifNoneMatch = r.header("If-None-Match");
        if (ifNoneMatch.isPresent()
                && (ifNoneMatch.get().equals(o.etag()) || ifNoneMatch.get().equals("*"))) {
            return FakeResponse.status(304).header("ETag", o.etag());
        }
        long start = 0;
        long end = o.size() - 1;
        int status = 200;
        Optional<String> range = r.header("Range");
        if (range.isPresent() && range.get().startsWith("bytes=")) {
            String spec =
                    range.get().substring("bytes=".length()).split(",", -1)[0].trim();
            int dash = spec.indexOf('-');
            try {
                if (dash == 0) {
                    long suffix = Long.parseLong(spec.substring(1));
                    start = Math.max(0, o.size() - suffix);
                } else if (dash > 0) {
                    start = Long.parseLong(spec.substring(0, dash));
                    if (dash < spec.length() - 1) {
                        end = Math.min(end, Long.parseLong(spec.substring(dash + 1)));
                    }
                }
                if (start >= o.size() || start > end) {
                    throw new S3Error(
                            416,
                            "InvalidRange",
                            "The requested range is not satisfiable",
                            "RangeRequested",
                            range.get());
                }
                status = 206;
            } catch (NumberFormatException e) {
                // S3 ignores a range it cannot parse and sends the whole object
                start = 0;
                end = o.size() - 1;
            }
        }
        long length = Math.max(0, end - start + 1);
        FakeResponse response = FakeResponse.status(status)
                .header("ETag", o.etag())
                .header("Last-Modified", S3Xml.httpDate(o.lastModified()))
                .header("Accept-Ranges", "bytes")
                .header("Content-Type", o.contentType())
                .header("Content-Length", Long.toString(length));
        RESPONSE_OVERRIDES.forEach(
                (parameter, header) -> r.queryValue(parameter).ifPresent(value -> response.header(header, value)));
        if (status == 206) {
            response.header("Content-Range", "bytes " + start + "-" + end + "/" + o.size());
        }
        o.metadata().forEach((k, v) -> response.header("x-amz-meta-" + k, v));
        if (withBody) {
            long from = start;
            response.body(() -> o.content().open(from, length), length);
        }
        return response;
    }

    private static void requireKeyLength(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new S3Error(400, "KeyTooLongError", "Your key is too long", "Size", Integer.toString(bytes));
        }
    }

    private FakeResponse createUpload(FakeRequest r, String bucket, String key) {
        requireKeyLength(key);
        S3Store.MultipartUpload upload =
                store.startUpload(bucket, key, r.header("Content-Type").orElse(null), userMetadata(r));
        String xml = xmlHeader("InitiateMultipartUploadResult")
                .append("<Bucket>")
                .append(bucket)
                .append("</Bucket><Key>")
                .append(S3Xml.escape(key))
                .append("</Key><UploadId>")
                .append(upload.id)
                .append("</UploadId></InitiateMultipartUploadResult>")
                .toString();
        return FakeResponse.status(200).body(xml, XML);
    }

    private FakeResponse uploadPart(FakeRequest r, String bucket, String key) {
        S3Store.MultipartUpload upload = store.upload(r.queryValue("uploadId").orElse(""), bucket, key);
        int number;
        try {
            number = Integer.parseInt(r.queryValue("partNumber").orElse(""));
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 10_000) {
            throw new S3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive");
        }
        PayloadDecoder.Payload data = PayloadDecoder.decode(r);
        Path file = store.newFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(data.bytes(), 0, data.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = "\"" + HexFormat.of().formatHex(PayloadDecoder.md5(data)) + "\"";
        StoredObject previous = upload.parts.put(
                number,
                new StoredObject(
                        key,
                        Content.ofFile(file, data.length(), true),
                        data.length(),
                        etag,
                        store.now(),
                        null,
                        Map.of()));
        if (previous != null) {
            previous.content().release();
        }
        return FakeResponse.status(200).header("ETag", etag);
    }

    private FakeResponse completeUpload(FakeRequest r, String bucket, String key) {
        S3Store.MultipartUpload upload = store.upload(r.queryValue("uploadId").orElse(""), bucket, key);
        String body = r.bodyAsString();
        List<String> numbers = S3Xml.elements(body, "PartNumber");
        List<String> etags = S3Xml.elements(body, "ETag");
        if (numbers.isEmpty() || numbers.size() != etags.size()) {
            throw new S3Error(
                    400,
                    "MalformedXML",
                    "The XML you provided was not well-formed or did not validate against our published schema");
        }
        // S3 checks the whole list before it looks at sizes: order and entity tags first
        List<StoredObject> parts = new ArrayList<>(numbers.size());
        int previous = 0;
        for (int i = 0; i < numbers.size(); i++) {
            int number = partNumber(numbers.get(i));
            if (number <= previous) {
                throw new S3Error(
                        400,
                        "InvalidPartOrder",
                        "The list of parts was not in ascending order. The parts list "
                                + "must be specified in order by part number.");
            }
            previous = number;
            StoredObject part = upload.parts.get(number);
            if (part == null
                    || !unquote(part.etag()).equals(unquote(etags.get(i).trim()))) {
                throw new S3Error(
                        400,
                        "InvalidPart",
                        "One or more of the specified parts could not be found. The part may "
                                + "not have been uploaded, or the specified entity tag may not match the part's entity tag.");
            }
            parts.add(part);
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).size() < MIN_PART_BYTES) {
                throw new S3Error(
                        400,
                        "EntityTooSmall",
                        "Your proposed upload is smaller than the minimum allowed size",
                        "ProposedSize",
                        Long.toString(parts.get(i).size()));
            }
        }
        // the object is the parts one after another: no byte is copied; the object now owns the parts' files
        MessageDigest md5s = S3Store.md5();
        List<Content> contents = new ArrayList<>(parts.size());
        for (StoredObject part : parts) {
            md5s.update(HexFormat.of().parseHex(unquote(part.etag())));
            contents.add(part.content());
            upload.parts.values().remove(part);
        }
        String etag = "\"" + HexFormat.of().formatHex(md5s.digest()) + "-" + numbers.size() + "\"";
        store.store(store.bucket(bucket), key, Content.concat(contents), etag, upload.contentType, upload.metadata);
        store.endUpload(upload);
        String xml = xmlHeader("CompleteMultipartUploadResult")
                .append("<Location>/")
                .append(bucket)
                .append('/')
                .append(S3Xml.escape(key))
                .append("</Location><Bucket>")
                .append(bucket)
                .append("</Bucket><Key>")
                .append(S3Xml.escape(key))
                .append("</Key><ETag>")
                .append(S3Xml.escape(etag))
                .append("</ETag></CompleteMultipartUploadResult>")
                .toString();
        return FakeResponse.status(200).body(xml, XML);
    }

    private static int partNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new S3Error(
                    400,
                    "MalformedXML",
                    "The XML you provided was not well-formed or did not validate against our published schema");
        }
    }

    private static String unquote(String etag) {
        return etag.replace("\"", "").replace("&quot;", "");
    }

    private static Map<String, String> userMetadata(FakeRequest r) {
        Map<String, String> metadata = new LinkedHashMap<>();
        r.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-meta-") && !values.isEmpty()) {
                metadata.put(lower.substring("x-amz-meta-".length()), values.get(0));
            }
        });
        return metadata;
    }

    private static StringBuilder xmlHeader(String root) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                .append(root)
                .append(" xmlns=\"")
                .append(S3Xml.NAMESPACE)
                .append("\">");
    }
}
