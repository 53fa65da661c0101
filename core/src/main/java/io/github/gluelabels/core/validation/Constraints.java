package io.github.gluelabels.core.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The constraints the Glue API documents for the fields glue-labels sends, checked in one place: by the client before
 * anything is sent, and by the fake to answer {@code InvalidInputException} as the service would.
 *
 * <p>Lengths are counted in Unicode code points, as Smithy's {@code length} trait defines them for strings: an astral
 * character such as {@code 😀} counts once, although a Java {@code String} holds it as two {@code char}s.
 *
 * @since 0.1.0
 */
public final class Constraints {

    /** Shortest {@code HashString} (TransformId, TaskRunId). */
    public static final int HASH_STRING_MIN_LENGTH = 1;

    /** Longest {@code HashString} (TransformId, TaskRunId), in code points. */
    public static final int HASH_STRING_MAX_LENGTH = 255;

    /** The {@code HashString} pattern as the service model writes it. */
    public static final String HASH_STRING_PATTERN =
            "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*";

    /** The scheme every S3 path starts with. */
    public static final String S3_SCHEME = "s3://";

    /** Longest S3 object key, in UTF-8 bytes. */
    public static final int S3_KEY_MAX_BYTES = 1024;

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final List<String> RESERVED_BUCKET_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_BUCKET_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private Constraints() {}

    /**
     * Checks a {@code HashString} member ({@code TransformId}, {@code TaskRunId}): required, 1 to 255 code points, and
     * only XML characters: no control character other than tab, no unpaired surrogate, not U+FFFE or U+FFFF.
     *
     * @param field the member name, e.g. {@code TransformId}
     * @param value the value, possibly {@code null}
     * @return every violation, empty when the value is valid
     */
    public static List<Violation> hashString(String field, String value) {
        List<Violation> violations = new ArrayList<>(2);
        if (value == null) {
            violations.add(required(field));
            return violations;
        }
        int length = value.codePointCount(0, value.length());
        if (length < HASH_STRING_MIN_LENGTH) {
            violations.add(new Violation(
                    field,
                    "must not be empty",
                    null,
                    value,
                    "Member must have length greater than or equal to " + HASH_STRING_MIN_LENGTH));
        } else if (length > HASH_STRING_MAX_LENGTH) {
            violations.add(new Violation(
                    field,
                    "must be at most " + HASH_STRING_MAX_LENGTH + " characters long (counted in Unicode code points)",
                    "it has " + length,
                    value,
                    "Member must have length less than or equal to " + HASH_STRING_MAX_LENGTH));
        }
        int offending = firstNonXmlCharacter(value);
        if (offending >= 0) {
            int cp = value.codePointAt(offending);
            int position = value.codePointCount(0, offending) + 1;
            String rule = Character.isSurrogate(value.charAt(offending))
                    ? "must not contain an unpaired surrogate"
                    : "must not contain control characters other than tab, nor U+FFFE or U+FFFF";
            violations.add(new Violation(
                    field,
                    rule,
                    "found " + Values.codePoint(cp) + " at character " + position,
                    value,
                    "Member must satisfy regular expression pattern: " + HASH_STRING_PATTERN));
        }
        return violations;
    }

    /**
     * Checks an S3 path ({@code OutputS3Path}, {@code InputS3Path}): required, {@code s3://bucket[/prefix]} with a valid
     * general-purpose bucket name and a key prefix of at most 1,024 UTF-8 bytes.
     *
     * @param field the member name, e.g. {@code OutputS3Path}
     * @param value the value, possibly {@code null}
     * @return every violation, empty when the value is valid
     */
    public static List<Violation> s3Path(String field, String value) {
        List<Violation> violations = new ArrayList<>(2);
        if (value == null) {
            violations.add(required(field));
            return violations;
        }
        if (!value.startsWith(S3_SCHEME)) {
            String detail = value.regionMatches(true, 0, S3_SCHEME, 0, S3_SCHEME.length())
                    ? "the scheme is written in lower case"
                    : null;
            violations.add(
                    new Violation(field, "must be an S3 URI of the form s3://bucket/prefix", detail, value, null));
            return violations;
        }
        int slash = value.indexOf('/', S3_SCHEME.length());
        String bucket = slash < 0 ? value.substring(S3_SCHEME.length()) : value.substring(S3_SCHEME.length(), slash);
        String key = slash < 0 ? "" : value.substring(slash + 1);
        String bucketProblem = bucketNameProblem(bucket);
        if (bucketProblem != null) {
            violations.add(new Violation(
                    field,
                    "must name a valid S3 bucket (3 to 63 lower-case letters, digits, dots and hyphens, beginning and ending "
                            + "with a letter or digit, not an IP address)",
                    bucketProblem,
                    value,
                    null));
        }
        violations.addAll(keyProblems(field, key, value));
        return violations;
    }

    /**
     * Why a bucket name is not valid, or {@code null} when it is.
     *
     * @param bucket the bucket name
     * @return the problem in plain words, or {@code null}
     */
    public static String bucketNameProblem(String bucket) {
        if (bucket.isEmpty()) {
            return "the bucket name is missing";
        }
        int length = bucket.codePointCount(0, bucket.length());
        if (length < 3 || length > 63) {
            return "bucket \"" + bucket + "\" has " + length + " characters";
        }
        for (int i = 0; i < bucket.length(); ) {
            int cp = bucket.codePointAt(i);
            if (!((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '.' || cp == '-')) {
                String hint = Character.isUpperCase(cp) ? "; bucket names are lower case" : "";
                return "bucket name has " + Values.codePoint(cp) + " at character " + (bucket.codePointCount(0, i) + 1)
                        + hint;
            }
            i += Character.charCount(cp);
        }
        if (!Character.isLetterOrDigit(bucket.charAt(0))
                || !Character.isLetterOrDigit(bucket.charAt(bucket.length() - 1))) {
            return "bucket name must begin and end with a letter or digit";
        }
        if (bucket.contains("..")) {
            return "bucket name has two adjacent dots";
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            return "bucket name is formatted as an IP address";
        }
        for (String prefix : RESERVED_BUCKET_PREFIXES) {
            if (bucket.startsWith(prefix)) {
                return "bucket names beginning with \"" + prefix + "\" are reserved";
            }
        }
        for (String suffix : RESERVED_BUCKET_SUFFIXES) {
            if (bucket.endsWith(suffix)) {
                return "bucket names ending with \"" + suffix + "\" are reserved";
            }
        }
        return null;
    }

    private static List<Violation> keyProblems(String field, String key, String value) {
        List<Violation> violations = new ArrayList<>(1);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                violations.add(new Violation(
                        field,
                        "must be valid Unicode (an S3 key is UTF-8)",
                        "found " + Values.codePoint(c) + " in the prefix",
                        value,
                        null));
                return violations;
            }
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > S3_KEY_MAX_BYTES) {
            violations.add(new Violation(
                    field,
                    "must have a prefix of at most " + S3_KEY_MAX_BYTES + " bytes in UTF-8",
                    "it has " + bytes,
                    value,
                    null));
        }
        return violations;
    }

    private static Violation required(String field) {
        return new Violation(field, "is required", null, null, "Member must not be null");
    }

    /**
     * The index of the first {@code char} of the first code point outside the {@code HashString} pattern, or -1.
     *
     * @param value the value
     * @return an index into {@code value}, or -1 when every code point is allowed
     */
    static int firstNonXmlCharacter(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean allowed = cp == '\t'
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Formats violations the way AWS services word their validation errors:
     * {@code 1 validation error detected: Value null at 'transformId' failed to satisfy constraint: Member must not be
     * null}. Violations of rules that are not the model's are appended in plain words.
     *
     * @param violations the violations, not empty
     * @return the message an AWS service would send in an {@code InvalidInputException}
     */
    public static String serviceMessage(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        List<Violation> model =
                violations.stream().filter(v -> v.modelConstraint() != null).toList();
        if (!model.isEmpty()) {
            out.append(model.size())
                    .append(model.size() == 1 ? " validation error" : " validation errors")
                    .append(" detected: ");
            for (int i = 0; i < model.size(); i++) {
                Violation v = model.get(i);
                if (i > 0) {
                    out.append("; ");
                }
                out.append("Value ")
                        .append(v.value() == null ? "null" : "'" + v.value() + "'")
                        .append(" at '")
                        .append(memberName(v.field()))
                        .append("' failed to satisfy constraint: ")
                        .append(v.modelConstraint());
            }
        }
        for (Violation v : violations) {
            if (v.modelConstraint() == null) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(v.message());
            }
        }
        return out.toString();
    }

    /** {@code Filter.TaskRunType} becomes {@code filter.taskRunType}, as the services write member paths. */
    private static String memberName(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (String segment : field.split("\\.", -1)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(
                    segment.isEmpty()
                            ? segment
                            : segment.substring(0, 1).toLowerCase(Locale.ROOT) + segment.substring(1));
        }
        return out.toString();
    }
}
