package io.github.gluelabels.fake.internal.s3;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The multipart uploads in progress in one store, by upload id. */
final class MultipartUploads {

    private final Clock clock;
    private final Map<String, MultipartUpload> uploads = new ConcurrentHashMap<>();

    /** @param clock the clock of the uploads' start times */
    MultipartUploads(Clock clock) {
        this.clock = clock;
    }

    MultipartUpload start(String bucket, String key, String contentType, Map<String, String> metadata) {
        MultipartUpload upload = new MultipartUpload(
                UUID.randomUUID().toString().replace("-", ""), bucket, key, contentType, metadata, clock.instant());
        uploads.put(upload.id, upload);
        return upload;
    }

    /**
     * @return the upload in progress with this id, for this bucket and key
     * @throws S3Error {@code NoSuchUpload} when there is none
     */
    MultipartUpload find(String id, String bucket, String key) {
        MultipartUpload upload = uploads.get(id);
        if (upload == null || !upload.bucket.equals(bucket) || !upload.key.equals(key)) {
            throw new S3Error(
                    404,
                    "NoSuchUpload",
                    "The specified upload does not exist. The upload ID may be invalid, "
                            + "or the upload may have been aborted or completed.",
                    "UploadId",
                    id);
        }
        return upload;
    }

    /** Ends an upload, completed or aborted, and frees the parts no object took. */
    void end(MultipartUpload upload) {
        uploads.remove(upload.id);
        upload.release();
    }

    /** Ends every upload. */
    void clear() {
        uploads.values().forEach(MultipartUpload::release);
        uploads.clear();
    }
}
