package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Sort keys: String order of KeyOrder.sortKey is the order of UTF-8 bytes S3 lists in")
class SortKeyTest {

    @Property(tries = 5_000)
    @Label("for any two keys, the sort keys compare as the keys' UTF-8 bytes, and as KEY_ORDER")
    void ordersAsUtf8(@ForAll("keys") String a, @ForAll("keys") String b) {
        int bytes = Integer.signum(
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

        assertThat(Integer.signum(KeyOrder.sortKey(a).compareTo(KeyOrder.sortKey(b))))
                .as("%s vs %s", a, b)
                .isEqualTo(bytes);
        assertThat(Integer.signum(KeyOrder.KEY_ORDER.compare(a, b))).isEqualTo(bytes);
    }

    @Property(tries = 2_000)
    @Label("a prefix of a key is a prefix of its sort key, and a key of chars below U+D800 is its own sort key")
    void keepsPrefixes(@ForAll("keys") String key, @ForAll("keys") String more) {
        assertThat(KeyOrder.sortKey(key + more)).startsWith(KeyOrder.sortKey(key));
        if (key.chars().allMatch(c -> c < 0xD800)) {
            assertThat(KeyOrder.sortKey(key)).isSameAs(key);
        }
    }

    /** Keys from a small alphabet that holds the chars where UTF-16 and UTF-8 orders differ, so that they meet often. */
    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> piece = Arbitraries.of(
                "a",
                "b",
                "/",
                "é",
                "\uD7FF",
                "\uE000",
                "\uFF5E",
                "\uFFFF",
                "\uD83D\uDE00",
                "\uD800\uDC00",
                "\uDBFF\uDFFF",
                "out/part-00000-");
        return piece.list().ofMaxSize(6).map(p -> String.join("", p));
    }
}
