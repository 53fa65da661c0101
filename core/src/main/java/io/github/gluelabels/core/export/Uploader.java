package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.UploadPlan.Upload;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Uploads local files to S3 as a stream, never holding a file in memory: a file under the multipart threshold in one
 * {@code PutObject}, a larger one in parts ({@code CreateMultipartUpload}, {@code UploadPart}…,
 * {@code CompleteMultipartUpload}), each part read from the file again if the SDK retries it. A multipart upload that
 * fails is aborted, so that no part is left to be paid for. Thread-safe.
 */
final class Uploader {

    static final long DEFAULT_MULTIPART_THRESHOLD = 16L * 1024 * 1024;
    static final long DEFAULT_PART_SIZE = 8L * 1024 * 1024;
    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    private static final String CSV = "text/csv";

    private final S3Client s3;
    private final ErrorTranslator errors;
    private final ImportListener listener;
    private final long multipartThreshold;
    private final long partSize;

    Uploader(S3Client s3, ErrorTranslator errors, ImportListener listener, long multipartThreshold, long partSize) {
        this.s3 = s3;
        this.errors = errors;
        this.listener = listener;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
    }

    S3Client s3() {
        return s3;
    }

    /** @return the objects uploaded, in the plan's order */
    List<S3Uri> upload(UploadPlan plan) {
        List<S3Uri> done = new ArrayList<>();
        for (Upload upload : plan.uploads()) {
            if (upload.size() >= multipartThreshold) {
                uploadInParts(upload);
            } else {
                put(upload);
            }
            listener.uploaded(upload.target(), upload.size());
            done.add(upload.target());
        }
        return done;
    }

    private void put(Upload upload) {
        S3Uri target = upload.target();
        try {
            s3.putObject(
                    r -> r.bucket(target.bucket()).key(target.key()).contentType(CSV),
                    RequestBody.fromFile(upload.file()));
        } catch (SdkException e) {
            throw errors.s3("PutObject", target.toString(), e);
        }
    }

    private void uploadInParts(Upload upload) {
        S3Uri target = upload.target();
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(
                            r -> r.bucket(target.bucket()).key(target.key()).contentType(CSV))
                    .uploadId();
        } catch (SdkException e) {
            throw errors.s3("CreateMultipartUpload", target.toString(), e);
        }
        // the call that failed names the failure: a part, or the completion
        String operation = "UploadPart";
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < upload.size(); offset += partSize, number++) {
                long length = Math.min(partSize, upload.size() - offset);
                parts.add(part(upload, uploadId, number, offset, length));
            }
            operation = "CompleteMultipartUpload";
            s3.completeMultipartUpload(r -> r.bucket(target.bucket())
                    .key(target.key())
                    .uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (SdkException e) {
            abort(target, uploadId, e);
            throw errors.s3(operation, target.toString(), e);
        } catch (RuntimeException e) {
            abort(target, uploadId, e);
            throw e;
        }
    }

    private CompletedPart part(Upload upload, String uploadId, int number, long offset, long length) {
        S3Uri target = upload.target();
        RequestBody body = RequestBody.fromContentProvider(new FilePart(upload.file(), offset, length), length, CSV);
        String eTag = s3.uploadPart(
                        r -> r.bucket(target.bucket())
                                .key(target.key())
                                .uploadId(uploadId)
                                .partNumber(number),
                        body)
                .eTag();
        return CompletedPart.builder().partNumber(number).eTag(eTag).build();
    }

    private void abort(S3Uri target, String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(
                    r -> r.bucket(target.bucket()).key(target.key()).uploadId(uploadId));
        } catch (SdkException e) {
            cause.addSuppressed(e);
        }
    }
}
