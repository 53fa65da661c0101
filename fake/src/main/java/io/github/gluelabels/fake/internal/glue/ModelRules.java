package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service model's rules of the members of transforms ({@code NameString}, {@code DescriptionString}, bounded
 * numbers, enumerations), each giving its violation in the words the services use. A {@code null} value breaks no
 * rule here: whether a member is required is {@link Validation}'s business.
 */
final class ModelRules {

    static final String DESCRIPTION_PATTERN = "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*";
    static final String GLUE_VERSION_PATTERN = "^(\\w+\\.)+\\w+$";
    private static final Pattern GLUE_VERSION = Pattern.compile(GLUE_VERSION_PATTERN, Pattern.UNICODE_CHARACTER_CLASS);

    private ModelRules() {}

    /** @return the violations of a {@code NameString} (1 to 255 XML characters), if it is given */
    static List<Violation> name(String field, String value) {
        return value == null ? List.of() : Constraints.hashString(field, value);
    }

    /** @return the violations of a {@code ColumnNameString} (1 to 1,024 XML characters), if it is given */
    static List<Violation> columnName(String field, String value) {
        return text(field, value, 1, 1024, false, Constraints.HASH_STRING_PATTERN);
    }

    /** @return the violations of a {@code DescriptionString}: at most 2,048 XML characters, line breaks allowed */
    static List<Violation> description(String field, String value) {
        return text(field, value, 0, 2048, true, DESCRIPTION_PATTERN);
    }

    private static List<Violation> text(
            String field, String value, int min, int max, boolean lineBreaks, String pattern) {
        if (value == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(length(field, value, min, max));
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean allowed = cp == '\t'
                    || (lineBreaks && (cp == '\r' || cp == '\n'))
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    // codePointAt gives 0x10000 and above only for a paired surrogate, which the pattern allows
                    || cp >= 0x10000;
            if (!allowed) {
                violations.add(new Violation(
                        field,
                        lineBreaks
                                ? "must not contain control characters other than tab and line breaks"
                                : "must not contain control characters other than tab",
                        String.format(Locale.ROOT, "found U+%04X at character %d", cp, value.codePointCount(0, i) + 1),
                        value,
                        "Member must satisfy regular expression pattern: " + pattern));
                break;
            }
            i += Character.charCount(cp);
        }
        return violations;
    }

    /** @return the violation of a string's length in code points, if it is out of range */
    static List<Violation> length(String field, String value, int min, int max) {
        if (value == null) {
            return List.of();
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            return List.of(new Violation(
                    field,
                    "must be at least " + min + " characters long",
                    "it has " + length,
                    value,
                    "Member must have length greater than or equal to " + min));
        }
        if (length > max) {
            return List.of(new Violation(
                    field,
                    "must be at most " + max + " characters long",
                    "it has " + length,
                    value,
                    "Member must have length less than or equal to " + max));
        }
        return List.of();
    }

    /** @return the violation of a {@code GlueVersionString} ({@code 2.0}, {@code 4.0}), if it is given and is not */
    static List<Violation> glueVersion(String field, String value) {
        if (value == null) {
            return List.of();
        }
        List<Violation> length = length(field, value, 1, 255);
        if (!length.isEmpty() || GLUE_VERSION.matcher(value).matches()) {
            return length;
        }
        return List.of(new Violation(
                field,
                "must be a version such as 2.0",
                null,
                value,
                "Member must satisfy regular expression pattern: " + GLUE_VERSION_PATTERN));
    }

    /** @return the violation of a bounded number, if it is given and out of range */
    static List<Violation> between(String field, Double value, double min, double max) {
        if (value == null || (value >= min && value <= max)) {
            return List.of();
        }
        return List.of(new Violation(
                field,
                "must be " + min + " to " + max,
                null,
                value.toString(),
                value < min
                        ? "Member must have value greater than or equal to " + min
                        : "Member must have value less than or equal to " + max));
    }

    /** @return the violation of a number with a minimum, if it is given and below it */
    static List<Violation> atLeast(String field, Number value, int min) {
        if (value == null || value.doubleValue() >= min) {
            return List.of();
        }
        return List.of(new Violation(
                field,
                "must be at least " + min,
                null,
                value.toString(),
                "Member must have value greater than or equal to " + min));
    }

    /** @return the violation of a member whose value is not one of its enumeration's, if it is not */
    static List<Violation> oneOf(String field, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return List.of();
        }
        return List.of(new Violation(
                field, "must be one of " + allowed, null, value, "Member must satisfy enum value set: " + allowed));
    }

    /** @return the violation of a rule that is not the model's, in plain words, when it is broken */
    static List<Violation> rule(boolean broken, String field, String rule, Object value) {
        return broken
                ? List.of(new Violation(field, rule, null, value == null ? null : value.toString(), null))
                : List.of();
    }

    /** The most tags a {@code TagsMap} holds. */
    static final int MAX_TAGS = 50;

    /**
     * @param tags a {@code TagsMap}, or null when not given
     * @return the model's rules it breaks: at most {@value #MAX_TAGS} tags, keys of 1 to 128 characters, values of at
     *     most 256
     */
    static List<Violation> tags(Map<String, String> tags) {
        if (tags == null) {
            return List.of();
        }
        List<Violation> all = new ArrayList<>(rule(
                tags.size() > MAX_TAGS,
                "Tags",
                "must hold at most " + MAX_TAGS + " tags (it holds " + tags.size() + ")",
                null));
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            all.addAll(length("Tags", tag.getKey(), 1, 128));
            all.addAll(length("Tags." + tag.getKey(), tag.getValue(), 0, 256));
        }
        return all;
    }
}
