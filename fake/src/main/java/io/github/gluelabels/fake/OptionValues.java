package io.github.gluelabels.fake;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes and durations as the standalone fake's options take them: {@code 64MiB}, {@code 512k}, {@code 30s}, … */
final class OptionValues {

    /** What a size looks like, for messages. */
    static final String SIZE_FORMS =
            "a size in bytes such as 1048576, 512KiB, 64MiB or 1GiB (k, m, g also mean KiB, " + "MiB, GiB)";

    /** What a duration looks like, for messages. */
    static final String DURATION_FORMS = "a duration such as 500ms, 30s or 2m";

    private static final Pattern SIZE =
            Pattern.compile("(\\d{1,19})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m)", Pattern.CASE_INSENSITIVE);

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

    /** @return the duration, or null when the text is not one */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long number = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(number);
            case "s" -> Duration.ofSeconds(number);
            default -> Duration.ofMinutes(number);
        };
    }
}
