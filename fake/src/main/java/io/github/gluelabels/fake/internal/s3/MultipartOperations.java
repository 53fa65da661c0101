package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multipart uploads: CreateMultipartUpload, UploadPart, CompleteMultipartUpload and AbortMultipartUpload. Each part
 * is a file; the object a completed upload makes is its parts one after another, without a byte copied.
 */
final class MultipartOperations {

    /** The highest part number S3 takes. */
    static final int MAX_PART_NUMBER = 10_000;

    private final S3Store store;
    private final MultipartUploads uploads;

    /** @param store where objects and uploads live */
    MultipartOperations(S3Store store) {
        this.store = store;
        this.uploads = store.uploads();
    }

    FakeResponse createUpload(FakeRequest r, String bucket, String key) {
        ObjectRequests.requireKeyLength(key);
        store.bucket(bucket);
        MultipartUpload upload =
                uploads.start(bucket, key, ObjectRequests.contentType(r), ObjectRequests.userMetadata(r));
        String xml = S3Xml.document("InitiateMultipartUploadResult")
                .append("<Bucket>")
                .append(bucket)
                .append("</Bucket><Key>")
                .append(S3Xml.escape(key))
                .append("</Key><UploadId>")
                .append(upload.id)
                .append("</UploadId></InitiateMultipartUploadResult>")
                .toString();
        return FakeResponse.status(200).body(xml, S3Xml.CONTENT_TYPE);
    }

    FakeResponse uploadPart(FakeRequest r, String bucket, String key) {
        MultipartUpload upload = uploads.find(uploadId(r), bucket, key);
        int number;
        try {
            number = Integer.parseInt(r.queryValue("partNumber").orElse(""));
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > MAX_PART_NUMBER) {
            throw new S3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive");
        }
        PayloadDecoder.Payload data = PayloadDecoder.decode(r);
        ObjectFiles.Written file = store.files().write(data.stream());
        upload.put(
                number, new StoredObject(key, file.content(), file.size(), file.etag(), store.now(), null, Map.of()));
        return FakeResponse.status(200).header("ETag", file.etag());
    }

    FakeResponse completeUpload(FakeRequest r, String bucket, String key) {
        MultipartUpload upload = uploads.find(uploadId(r), bucket, key);
        List<StoredObject> parts = CompletedParts.select(r.bodyAsString(), upload.parts);
        String etag = CompletedParts.etag(parts);
        // the object is the parts one after another: no byte is copied; the object now owns the parts' files
        List<Content> contents = new ArrayList<>(parts.size());
        for (StoredObject part : parts) {
            contents.add(part.content());
            upload.parts.values().remove(part);
        }
        store.store(store.bucket(bucket), key, Content.concat(contents), etag, upload.contentType, upload.metadata);
        uploads.end(upload);
        String xml = S3Xml.document("CompleteMultipartUploadResult")
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
        return FakeResponse.status(200).body(xml, S3Xml.CONTENT_TYPE);
    }

    FakeResponse abortUpload(FakeRequest r, String bucket, String key) {
        uploads.end(uploads.find(uploadId(r), bucket, key));
        return FakeResponse.status(204);
    }

    private static String uploadId(FakeRequest r) {
        return r.queryValue("uploadId").orElse("");
    }
}
