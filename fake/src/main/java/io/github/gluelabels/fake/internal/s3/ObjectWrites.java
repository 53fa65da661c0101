package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The operations that write or delete objects: PutObject, CopyObject, DeleteObject and DeleteObjects. */
final class ObjectWrites {

    private final S3Store store;

    /** @param store where objects live */
    ObjectWrites(S3Store store) {
        this.store = store;
    }

    FakeResponse putObject(FakeRequest r, String bucket, String key) {
        store.bucket(bucket);
        ObjectRequests.requireKeyLength(key);
        PayloadDecoder.Payload data = PayloadDecoder.decode(r);
        StoredObject o =
                store.put(bucket, key, data.stream(), ObjectRequests.contentType(r), ObjectRequests.userMetadata(r));
        return FakeResponse.status(200).header("ETag", o.etag());
    }

    FakeResponse copyObject(FakeRequest r, String bucket, String key) {
        store.bucket(bucket);
        ObjectRequests.requireKeyLength(key);
        CopySource source = CopySource.parse(r.header("x-amz-copy-source").orElse(""));
        StoredObject from = store.get(source.bucket(), source.key()).orElseThrow(() -> S3Error.noSuchKey(source.key()));
        boolean replace = "REPLACE".equals(r.header("x-amz-metadata-directive").orElse("COPY"));
        if (!replace && source.is(bucket, key)) {
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
                    replace ? ObjectRequests.contentType(r) : from.contentType(),
                    replace ? ObjectRequests.userMetadata(r) : from.metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String xml = S3Xml.document("CopyObjectResult")
                .append("<LastModified>")
                .append(S3Xml.timestamp(copy.lastModified()))
                .append("</LastModified><ETag>")
                .append(S3Xml.escape(copy.etag()))
                .append("</ETag></CopyObjectResult>")
                .toString();
        return FakeResponse.status(200).body(xml, S3Xml.CONTENT_TYPE);
    }

    FakeResponse deleteObject(String bucket, String key) {
        store.delete(bucket, key);
        return FakeResponse.status(204);
    }

    FakeResponse deleteObjects(FakeRequest r, String bucket) {
        store.bucket(bucket);
        String body = r.bodyAsString();
        boolean quiet =
                S3Xml.elements(body, "Quiet").stream().anyMatch(q -> q.trim().equals("true"));
        StringBuilder xml = S3Xml.document("DeleteResult");
        for (String key : S3Xml.elements(body, "Key")) {
            store.delete(bucket, key);
            if (!quiet) {
                xml.append("<Deleted><Key>").append(S3Xml.escape(key)).append("</Key></Deleted>");
            }
        }
        return FakeResponse.status(200).body(xml.append("</DeleteResult>").toString(), S3Xml.CONTENT_TYPE);
    }
}
