package io.github.gluelabels.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * An S3 that holds nothing and writes down each upload call with what it received; a part or the abort can be made to
 * fail.
 */
final class RecordingS3 implements S3Client {

    final List<String> calls = new ArrayList<>();
    /** Thrown by the next part upload, when set. */
    RuntimeException partFailure;
    /** Thrown by the abort, when set. */
    RuntimeException abortFailure;

    private static String read(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        calls.add("list " + request.bucket() + " " + request.prefix());
        return ListObjectsV2Response.builder().isTruncated(false).build();
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        calls.add("put " + request.bucket() + "/" + request.key() + " " + request.contentType() + " " + read(body));
        return PutObjectResponse.builder().build();
    }

    @Override
    public CreateMultipartUploadResponse createMultipartUpload(CreateMultipartUploadRequest request) {
        calls.add("create " + request.bucket() + "/" + request.key() + " " + request.contentType());
        return CreateMultipartUploadResponse.builder().uploadId("up-1").build();
    }

    @Override
    public UploadPartResponse uploadPart(UploadPartRequest request, RequestBody body) {
        if (partFailure != null) {
            throw partFailure;
        }
        calls.add("part " + request.partNumber() + " of " + request.uploadId() + " " + read(body));
        return UploadPartResponse.builder().eTag("etag-" + request.partNumber()).build();
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(CompleteMultipartUploadRequest request) {
        calls.add("complete " + request.bucket() + "/" + request.key() + " " + request.uploadId() + " "
                + request.multipartUpload().parts().stream()
                        .map(p -> p.partNumber() + "=" + p.eTag())
                        .toList());
        return CompleteMultipartUploadResponse.builder().build();
    }

    @Override
    public AbortMultipartUploadResponse abortMultipartUpload(AbortMultipartUploadRequest request) {
        calls.add("abort " + request.bucket() + "/" + request.key() + " " + request.uploadId());
        if (abortFailure != null) {
            throw abortFailure;
        }
        return AbortMultipartUploadResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public S3ServiceClientConfiguration serviceClientConfiguration() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}
