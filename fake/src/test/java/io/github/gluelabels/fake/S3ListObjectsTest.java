package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

@DisplayName("ListObjectsV2 through the AWS SDK's S3Client")
class S3ListObjectsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().createBucket("bucket");
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        s3.close();
        fake.close();
    }

    private void putAll(String... keys) {
        for (String key : keys) {
            fake.putObject("bucket", key, key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void listsEveryKeyInUtf8ByteOrderWithSizes() {
        // U+FF5E sorts before U+1F600 in UTF-8 but after it in UTF-16
        putAll("b", "a/x", "A", "\uFF5E", "😀", "a");

        ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("bucket"));

        assertThat(page.contents()).extracting(S3Object::key).containsExactly("A", "a", "a/x", "b", "\uFF5E", "😀");
        assertThat(page.contents()).extracting(S3Object::size).containsExactly(1L, 1L, 3L, 1L, 3L, 4L);
        assertThat(page.keyCount()).isEqualTo(6);
        assertThat(page.isTruncated()).isFalse();
        assertThat(page.name()).isEqualTo("bucket");
    }

    @Test
    void prefixKeepsOnlyTheKeysThatStartWithIt() {
        putAll("out/part-0.csv", "out/part-1.csv", "out2/x", "other");

        ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("bucket").prefix("out/"));

        assertThat(page.contents()).extracting(S3Object::key).containsExactly("out/part-0.csv", "out/part-1.csv");
        assertThat(page.prefix()).isEqualTo("out/");
    }

    @Test
    void delimiterRollsKeysUpIntoCommonPrefixes() {
        putAll("top.csv", "2024/01/a", "2024/01/b", "2024/02/a", "2025/x", "2024.csv");

        ListObjectsV2Response root = s3.listObjectsV2(r -> r.bucket("bucket").delimiter("/"));
        assertThat(root.contents()).extracting(S3Object::key).containsExactly("2024.csv", "top.csv");
        assertThat(root.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("2024/", "2025/");
        assertThat(root.keyCount()).isEqualTo(4);
        assertThat(root.delimiter()).isEqualTo("/");

        ListObjectsV2Response year =
                s3.listObjectsV2(r -> r.bucket("bucket").prefix("2024/").delimiter("/"));
        assertThat(year.contents()).isEmpty();
        assertThat(year.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("2024/01/", "2024/02/");
    }

    @Test
    void maxKeysCutsThePageAndTheContinuationTokenGoesOn() {
        putAll("a", "b", "c", "d", "e");

        ListObjectsV2Response first = s3.listObjectsV2(r -> r.bucket("bucket").maxKeys(2));
        assertThat(first.contents()).extracting(S3Object::key).containsExactly("a", "b");
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.maxKeys()).isEqualTo(2);
        assertThat(first.nextContinuationToken()).isNotBlank();

        ListObjectsV2Response second =
                s3.listObjectsV2(r -> r.bucket("bucket").maxKeys(2).continuationToken(first.nextContinuationToken()));
        assertThat(second.contents()).extracting(S3Object::key).containsExactly("c", "d");
        assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());

        ListObjectsV2Response last =
                s3.listObjectsV2(r -> r.bucket("bucket").maxKeys(2).continuationToken(second.nextContinuationToken()));
        assertThat(last.contents()).extracting(S3Object::key).containsExactly("e");
        assertThat(last.isTruncated()).isFalse();
        assertThat(last.nextContinuationToken()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "bm90LWEtdG9rZW4", "not base64!", "////"})
    void aContinuationTokenS3DidNotGiveIsInvalidArgumentWith400(String token) {
        putAll("a", "b", "c");

        assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket("bucket").continuationToken(token)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("The continuation token provided is incorrect");
                });
    }

    @Test
    void paginatorVisitsEachOf2500KeysOnceInOrderInPagesOfAtMost1000() {
        List<String> keys = IntStream.range(0, 2_500)
                .mapToObj(i -> String.format(Locale.ROOT, "labels/part-%05d.csv", i))
                .toList();
        putAll(keys.toArray(String[]::new));

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        s3.listObjectsV2Paginator(r -> r.bucket("bucket").prefix("labels/")).forEach(page -> {
            pageSizes.add(page.keyCount());
            page.contents().forEach(o -> seen.add(o.key()));
        });

        assertThat(seen).containsExactlyElementsOf(keys);
        assertThat(pageSizes).containsExactly(1_000, 1_000, 500);
    }

    @Test
    void paginatorWithADelimiterCountsEachCommonPrefixOnce() {
        List<String> keys = new ArrayList<>();
        for (int dir = 0; dir < 5; dir++) {
            for (int file = 0; file < 4; file++) {
                keys.add("d" + dir + "/f" + file);
            }
        }
        keys.add("e-top");
        putAll(keys.toArray(String[]::new));

        List<String> prefixes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        s3.listObjectsV2Paginator(r -> r.bucket("bucket").delimiter("/").maxKeys(2))
                .forEach(page -> {
                    page.commonPrefixes().forEach(p -> prefixes.add(p.prefix()));
                    page.contents().forEach(o -> files.add(o.key()));
                });

        assertThat(prefixes).containsExactly("d0/", "d1/", "d2/", "d3/", "d4/");
        assertThat(files).containsExactly("e-top");
    }

    @Test
    void startAfterSkipsTheKeysUpToAndIncludingIt() {
        putAll("a", "b", "c", "d");

        ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("bucket").startAfter("b"));

        assertThat(page.contents()).extracting(S3Object::key).containsExactly("c", "d");
        assertThat(page.startAfter()).isEqualTo("b");
    }

    @Test
    void startAfterAKeyThatDoesNotExistStartsAtTheNextOne() {
        putAll("a", "c", "e");

        ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("bucket").startAfter("b"));

        assertThat(page.contents()).extracting(S3Object::key).containsExactly("c", "e");
    }

    @Test
    void urlEncodingTypeIsDecodedByTheSdkForKeysPrefixesAndDelimiters() {
        putAll("dir with space/a+b%c&d.csv", "dir with space/ü/x");

        ListObjectsV2Response page = s3.listObjectsV2(
                r -> r.bucket("bucket").prefix("dir with space/").delimiter("/").encodingType("url"));

        assertThat(page.contents()).extracting(S3Object::key).containsExactly("dir with space/a+b%c&d.csv");
        assertThat(page.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("dir with space/ü/");
        assertThat(page.prefix()).isEqualTo("dir with space/");
    }

    @Test
    void emptyBucketListsNothing() {
        ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket("bucket"));

        assertThat(page.contents()).isEmpty();
        assertThat(page.keyCount()).isZero();
        assertThat(page.isTruncated()).isFalse();
    }

    @Test
    void objectsPutThroughTheSdkAreListedWithTheirSize() {
        s3.putObject(r -> r.bucket("bucket").key("k"), RequestBody.fromString("12345"));

        assertThat(s3.listObjectsV2(r -> r.bucket("bucket")).contents())
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.size()).isEqualTo(5);
                    assertThat(o.lastModified()).isNotNull();
                    assertThat(o.storageClassAsString()).isEqualTo("STANDARD");
                });
    }
}
