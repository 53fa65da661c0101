package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * ListObjects (V1) and ListObjectsV2: one page of a bucket's keys in S3's order (by UTF-8 bytes), from a prefix and
 * after a marker or token, with keys grouped into common prefixes by a delimiter.
 */
final class ObjectListing {

    private final S3Store store;
    private final String ownerId;

    /**
     * @param store where objects live
     * @param ownerId the canonical id of the account that owns every object
     */
    ObjectListing(S3Store store, String ownerId) {
        this.store = store;
        this.ownerId = ownerId;
    }

    /** One page: the objects and the common prefixes on it, and where the next page starts. */
    private record Page(List<StoredObject> contents, List<String> commonPrefixes, boolean truncated, String last) {
        int keyCount() {
            return contents.size() + commonPrefixes.size();
        }
    }

    FakeResponse list(FakeRequest r, String bucketName, boolean v2) {
        Bucket bucket = store.bucket(bucketName);
        ListQuery query = ListQuery.of(r, v2);
        Page page = page(bucket, query);
        return FakeResponse.status(200).body(xml(bucketName, query, page), S3Xml.CONTENT_TYPE);
    }

    private static Page page(Bucket bucket, ListQuery query) {
        String prefix = query.prefix();
        String after = query.after();
        String delimiter = query.delimiter();
        List<StoredObject> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        String lastCommonPrefix = null;
        String last = null;
        String from = KeyOrder.KEY_ORDER.compare(after, prefix) > 0 ? after : prefix;
        for (StoredObject o : bucket.from(from)) {
            String key = o.key();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (!after.isEmpty() && KeyOrder.KEY_ORDER.compare(key, after) <= 0) {
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
            if (contents.size() + commonPrefixes.size() >= query.maxKeys()) {
                return new Page(contents, commonPrefixes, true, last);
            }
            if (common != null) {
                commonPrefixes.add(common);
                lastCommonPrefix = common;
                last = common;
            } else {
                contents.add(o);
                last = key;
            }
        }
        return new Page(contents, commonPrefixes, false, last);
    }

    private String xml(String bucketName, ListQuery query, Page page) {
        StringBuilder xml = S3Xml.document("ListBucketResult")
                .append("<Name>")
                .append(bucketName)
                .append("</Name><Prefix>")
                .append(query.encode(query.prefix()))
                .append("</Prefix>");
        appendParameters(xml, query, page);
        for (StoredObject o : page.contents()) {
            xml.append("<Contents><Key>")
                    .append(query.encode(o.key()))
                    .append("</Key><LastModified>")
                    .append(S3Xml.timestamp(o.lastModified()))
                    .append("</LastModified><ETag>")
                    .append(S3Xml.escape(o.etag()))
                    .append("</ETag><Size>")
                    .append(o.size())
                    .append("</Size>");
            if (query.fetchOwner()) {
                xml.append(S3Xml.owner(ownerId));
            }
            xml.append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        for (String p : page.commonPrefixes()) {
            xml.append("<CommonPrefixes><Prefix>").append(query.encode(p)).append("</Prefix></CommonPrefixes>");
        }
        return xml.append("</ListBucketResult>").toString();
    }

    /** The query as S3 echoes it, and where the next page starts. */
    private static void appendParameters(StringBuilder xml, ListQuery query, Page page) {
        if (query.v2()) {
            if (query.token() != null) {
                xml.append("<ContinuationToken>")
                        .append(S3Xml.escape(query.token()))
                        .append("</ContinuationToken>");
            }
            if (!query.startAfter().isEmpty()) {
                xml.append("<StartAfter>")
                        .append(query.encode(query.startAfter()))
                        .append("</StartAfter>");
            }
            xml.append("<KeyCount>").append(page.keyCount()).append("</KeyCount>");
        } else {
            xml.append("<Marker>").append(query.encode(query.startAfter())).append("</Marker>");
        }
        xml.append("<MaxKeys>").append(query.maxKeys()).append("</MaxKeys>");
        if (query.delimiter() != null) {
            xml.append("<Delimiter>").append(query.encode(query.delimiter())).append("</Delimiter>");
        }
        if (query.url()) {
            xml.append("<EncodingType>url</EncodingType>");
        }
        xml.append("<IsTruncated>").append(page.truncated()).append("</IsTruncated>");
        if (page.truncated() && page.last() != null) {
            if (query.v2()) {
                xml.append("<NextContinuationToken>")
                        .append(ListQuery.continuationToken(page.last()))
                        .append("</NextContinuationToken>");
            } else if (query.delimiter() != null) {
                xml.append("<NextMarker>").append(query.encode(page.last())).append("</NextMarker>");
            }
        }
    }
}
