package io.github.gluelabels.fake;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes and durations as the standalone fake's options take them: {@code 64MiB}, {@code 512k}, {@code 30s}, … */
final class OptionValues {

    /** What a size looks like, for messages. */
    static final String SIZE_FORMS =
            "a size in bytes such as 1048576, 512KiB, 64MiB or 1GiB (k, m, g also mean KiB, " + "MiB, GiB)";

    /** What a duration looks like, for messages. */
    static final String DURATION_FORMS = "a duration such as 500ms, 30s, 2m, 1h30m, 1d or PT2M";

    private static final Pattern SIZE =
            Pattern.compile("(\\d{1,19})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_PART =
            Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION =
            Pattern.compile("(\\s*\\d{1,12}\\s*(ms|s|m|h|d)\\s*)+", Pattern.CASE_INSENSITIVE);

    private OptionValues() {}

    /** @return the size in bytes, or -1 when the text is not a size or is too large for a long */
    static long size(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return -1;
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default -> 0;
        };
        try {
            long number = Long.parseLong(m.group(1));
            return number > (Long.MAX_VALUE >> shift) ? -1 : number << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * @return the duration, or null when the text is not one: parts in {@code ms}, {@code s}, {@code m}, {@code h},
     *     {@code d} ({@code 1h30m}), or ISO-8601 ({@code PT2M}); the forms the Maven goals' durations take
     */
    static Duration duration(String text) {
        String trimmed = text.trim();
        if (trimmed.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!DURATION.matcher(trimmed).matches()) {
            return null;
        }
        Duration total = Duration.ZERO;
        Matcher part = DURATION_PART.matcher(trimmed);
        try {
            while (part.find()) {
                long number = Long.parseLong(part.group(1));
                total = total.plus(
                        switch (part.group(2).toLowerCase(Locale.ROOT)) {
                            case "ms" -> Duration.ofMillis(number);
                            case "s" -> Duration.ofSeconds(number);
                            case "m" -> Duration.ofMinutes(number);
                            case "h" -> Duration.ofHours(number);
                            default -> Duration.ofDays(number);
                        });
            }
        } catch (ArithmeticException e) {
            return null;
        }
        return total;
    }
}
