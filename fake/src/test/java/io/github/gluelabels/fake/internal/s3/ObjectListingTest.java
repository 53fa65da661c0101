package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page of ListObjects (V1) and ListObjectsV2, as its XML says it: the query echoed back (a V1 page has a
 * {@code Marker} and no {@code KeyCount}; a V2 page echoes only the token and start-after it was given), whether it is
 * truncated and where the next page starts (V2's token; V1's {@code NextMarker} only with a delimiter, as S3 documents),
 * and how a delimiter makes common prefixes that count against {@code max-keys}.
 */
class ObjectListingTest {

    @TempDir
    Path root;

    private S3Store store;
    private ObjectListing listing;

    @BeforeEach
    void newStore() {
        store = new S3Store(root, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
        store.createBucket("bucket", "us-east-1");
        listing = new ObjectListing(store, "owner");
    }

    private void put(String... keys) {
        for (String key : keys) {
            store.put("bucket", key, "x", null);
        }
    }

    private static String xml(FakeResponse response) throws IOException {
        assertThat(response.status()).isEqualTo(200);
        try (InputStream body = response.openBody()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String list(String query, boolean v2) throws IOException {
        FakeRequest request =
                new FakeRequest("GET", "/bucket?" + query, Map.of(), new byte[0], FakeRequest.newRequestId());
        return xml(listing.list(request, "bucket", v2));
    }

    /** @return what a page says of its query and of the next page: all between its prefix and its first entry */
    private static String parameters(String xml) {
        Matcher m = Pattern.compile("</Prefix>(.*?)(<Contents>|<CommonPrefixes>|</ListBucketResult>)")
                .matcher(xml);
        assertThat(m.find()).as(xml).isTrue();
        return m.group(1);
    }

    private static List<String> keys(String xml) {
        return Pattern.compile("<Key>([^<]*)</Key>")
                .matcher(xml)
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    private static List<String> commonPrefixes(String xml) {
        return Pattern.compile("<CommonPrefixes><Prefix>([^<]*)</Prefix></CommonPrefixes>")
                .matcher(xml)
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    @Test
    void aV1PageHasAMarkerAndNoKeyCount() throws IOException {
        put("a", "b");

        String xml = list("", false);

        assertThat(parameters(xml))
                .isEqualTo("<Marker></Marker><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        assertThat(keys(xml)).containsExactly("a", "b");
    }

    @Test
    void aV2PageEchoesNoTokenNorStartAfterItWasNotGiven() throws IOException {
        put("a", "b", "c");

        String xml = list("list-type=2", true);

        assertThat(parameters(xml))
                .isEqualTo("<KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
    }

    @Test
    void aV2PageEchoesTheTokenAndStartAfterItWasGiven() throws IOException {
        put("a", "b", "c");
        String token = ListQuery.continuationToken("a");

        String xml = list("list-type=2&start-after=a&continuation-token=" + token, true);

        assertThat(parameters(xml))
                .isEqualTo("<ContinuationToken>" + token + "</ContinuationToken><StartAfter>a</StartAfter>"
                        + "<KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        assertThat(keys(xml)).containsExactly("b", "c");
    }

    @Test
    void aTruncatedV2PageGivesTheTokenOfItsLastKey() throws IOException {
        put("a", "b", "c");

        String xml = list("list-type=2&max-keys=2", true);

        assertThat(parameters(xml))
                .isEqualTo("<KeyCount>2</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated>"
                        + "<NextContinuationToken>" + ListQuery.continuationToken("b") + "</NextContinuationToken>");
    }

    @Test
    void anEmptyPageOfAFullBucketIsTruncatedWithoutAToken() throws IOException {
        put("a");

        String xml = list("list-type=2&max-keys=0", true);

        assertThat(parameters(xml))
                .isEqualTo("<KeyCount>0</KeyCount><MaxKeys>0</MaxKeys><IsTruncated>true</IsTruncated>");
    }

    @Test
    void aTruncatedV1PageWithoutADelimiterHasNoNextMarker() throws IOException {
        put("a", "b");

        String xml = list("max-keys=1", false);

        assertThat(parameters(xml)).isEqualTo("<Marker></Marker><MaxKeys>1</MaxKeys><IsTruncated>true</IsTruncated>");
        assertThat(keys(xml)).containsExactly("a");
    }

    @Test
    void aTruncatedV1PageWithADelimiterHasANextMarker() throws IOException {
        put("a/1", "a/2", "b");

        String xml = list("max-keys=1&delimiter=/", false);

        assertThat(parameters(xml))
                .isEqualTo("<Marker></Marker><MaxKeys>1</MaxKeys><Delimiter>/</Delimiter>"
                        + "<IsTruncated>true</IsTruncated><NextMarker>a/</NextMarker>");
        assertThat(commonPrefixes(xml)).containsExactly("a/");
        assertThat(keys(xml)).isEmpty();
    }

    @Test
    void aKeyThatStartsWithTheDelimiterIsInACommonPrefix() throws IOException {
        put("/x", "/y", "z");

        String xml = list("list-type=2&delimiter=/", true);

        assertThat(commonPrefixes(xml)).containsExactly("/");
        assertThat(keys(xml)).containsExactly("z");
        assertThat(parameters(xml))
                .isEqualTo("<KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter>"
                        + "<IsTruncated>false</IsTruncated>");
    }

    @Test
    void commonPrefixesCountAgainstMaxKeys() throws IOException {
        put("a/1", "a/2", "b", "c");

        String xml = list("list-type=2&delimiter=/&max-keys=2", true);

        assertThat(commonPrefixes(xml)).containsExactly("a/");
        assertThat(keys(xml)).containsExactly("b");
        assertThat(parameters(xml))
                .isEqualTo("<KeyCount>2</KeyCount><MaxKeys>2</MaxKeys><Delimiter>/</Delimiter>"
                        + "<IsTruncated>true</IsTruncated><NextContinuationToken>"
                        + ListQuery.continuationToken("b") + "</NextContinuationToken>");
    }
}
