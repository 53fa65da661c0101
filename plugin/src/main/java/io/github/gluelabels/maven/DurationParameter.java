package io.github.gluelabels.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people write it in a POM or on the command line: {@code 30m}, {@code 90s}, {@code 2h},
 * {@code 1h30m}, {@code 500ms}, or ISO-8601 such as {@code PT30M}.
 */
final class DurationParameter {

    /** What a duration looks like, for messages. */
    static final String FORMS = "a duration such as 30m, 90s, 2h, 1h30m, 500ms or PT30M";

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile("(\\s*\\d+\\s*(ms|s|m|h|d)\\s*)+", Pattern.CASE_INSENSITIVE);

    private DurationParameter() {}

    /**
     * @param value what was configured
     * @return the duration, or empty when the value is not one
     */
    static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.charAt(0) == 'P' || text.charAt(0) == 'p') {
            try {
                return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (!WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        try {
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(
                        switch (part.group(2).toLowerCase(Locale.ROOT)) {
                            case "ms" -> Duration.ofMillis(amount);
                            case "s" -> Duration.ofSeconds(amount);
                            case "m" -> Duration.ofMinutes(amount);
                            case "h" -> Duration.ofHours(amount);
                            default -> Duration.ofDays(amount);
                        });
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(total);
    }
}
