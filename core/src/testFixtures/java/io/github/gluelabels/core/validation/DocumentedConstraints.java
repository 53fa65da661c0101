package io.github.gluelabels.core.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * An oracle written straight from the documented constraints, independent of {@link Constraints}: the model's pattern
 * as a regular expression, lengths in code points, and the S3 bucket naming rules of the S3 user guide as one regular
 * expression plus the listed exceptions. Also the generators of hostile values the property tests use. A test fixture:
 * compiled into the tests of core, the fake and core-it from src/testFixtures, never published.
 */
public final class DocumentedConstraints {

    /** The service model's HashString pattern, exactly as the model writes it. */
    private static final Pattern HASH_STRING =
            Pattern.compile("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*");

    /** S3 user guide: 3 to 63 lower-case letters, digits, dots and hyphens; begins and ends with a letter or digit. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

    private DocumentedConstraints() {}

    /** HashString: required, 1 to 255 (code points), and matching the model's pattern. */
    public static boolean isValidHashString(String value) {
        if (value == null) {
            return false;
        }
        int length = value.codePointCount(0, value.length());
        return length >= 1 && length <= 255 && HASH_STRING.matcher(value).matches();
    }

    /** S3 path: {@code s3://bucket[/key]} with a valid bucket name and a key of at most 1,024 UTF-8 bytes. */
    public static boolean isValidS3Path(String value) {
        if (value == null || !value.startsWith("s3://")) {
            return false;
        }
        String rest = value.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        boolean bucketOk = BUCKET.matcher(bucket).matches()
                && !bucket.contains("..")
                && !IP.matcher(bucket).matches()
                && List.of("xn--", "sthree-", "amzn-s3-demo-").stream().noneMatch(bucket::startsWith)
                && List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3").stream()
                        .noneMatch(bucket::endsWith);
        boolean keyOk = StandardCharsets.UTF_8.newEncoder().canEncode(key)
                && key.getBytes(StandardCharsets.UTF_8).length <= 1024;
        return bucketOk && keyOk;
    }

    /** Hostile identifiers: any chars (lone surrogates included), astral characters, lengths around 255, blanks. */
    public static Arbitrary<String> identifiers() {
        Arbitrary<Character> hostile = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of('\t', ' ', '\u007F', '\u0085', '\u2028', '\uFFFE', '\uFFFF', '\uFEFF'),
                Arbitraries.chars().alpha().numeric().with('-', '_', '.', ':'));
        Arbitrary<String> astral = Arbitraries.of("😀", "𝄞", "\uD83D\uDE00", "🇪🇺")
                .list()
                .ofMinSize(1)
                .ofMaxSize(260)
                .map(l -> String.join("", l));
        Arbitrary<String> aroundLimit = Arbitraries.integers()
                .between(250, 260)
                .flatMap(n -> Arbitraries.oneOf(
                        Arbitraries.strings().alpha().ofLength(n),
                        Arbitraries.strings()
                                .withChars('😀')
                                .ofLength(n)
                                .map(s -> s.substring(0, Math.min(s.length(), n))),
                        Arbitraries.strings().alpha().ofLength(n - 1).map(s -> s + "😀")));
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("abc-0123456789").ofMinLength(1).ofMaxLength(40),
                hostile.list().ofMaxSize(20).map(DocumentedConstraints::join),
                Arbitraries.strings().alpha().numeric().ofMaxLength(10).flatMap(s -> hostile.map(c -> s + c + s)),
                astral,
                aroundLimit,
                Arbitraries.of("", " ", "\t", "  \t ", "\n", "tfm-123"));
    }

    /** Hostile S3 paths: near-valid URIs with odd buckets and keys, and plain garbage. */
    public static Arbitrary<String> s3Paths() {
        Arbitrary<String> bucket = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcxyz0189.-").ofMinLength(0).ofMaxLength(70),
                Arbitraries.strings().withChars("abcXYZ09_.-").ofMinLength(1).ofMaxLength(10),
                // characters on both sides of each allowed range: below '0' (space, '!', '+', ','), between '9' and
                // 'a' (':', '@', '`'), above 'z' ('{', '~')
                Arbitraries.strings()
                        .withChars("az09.- !+,:@`{~")
                        .ofMinLength(3)
                        .ofMaxLength(8),
                Arbitraries.of(
                        "my-bucket",
                        "a.b.c",
                        "192.168.0.1",
                        "xn--abc",
                        "bucket-s3alias",
                        "my..bucket",
                        "ab",
                        "a".repeat(63),
                        "a".repeat(64),
                        "-ab",
                        "ab-",
                        "bücket"));
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().alpha().ofMinLength(1020).ofMaxLength(1030),
                Arbitraries.strings().withChars('ä').ofMinLength(510).ofMaxLength(515),
                Arbitraries.of("", "labels/", "a/b/c", "x\uD800", "😀/x"));
        return Arbitraries.oneOf(
                bucket.flatMap(b -> key.map(k -> "s3://" + b + (k.isEmpty() ? "" : "/" + k))),
                bucket.map(b -> "s3://" + b),
                Arbitraries.of(
                        "S3://bucket/x", "s3:/bucket", "https://bucket.s3.amazonaws.com/x", "", "s3://", "s3a://b/x"),
                Arbitraries.strings().all().ofMaxLength(30));
    }

    private static String join(List<Character> chars) {
        StringBuilder out = new StringBuilder(chars.size());
        chars.forEach(out::append);
        return out.toString();
    }
}
