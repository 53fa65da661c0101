package io.github.gluelabels.maven;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a size in bytes as people write it in a POM or on the command line: {@code 50GiB}, {@code 500MB},
 * {@code 2g}, {@code 1000000}. Binary units (KiB, MiB, GiB, TiB, and K, M, G, T alone) count in 1,024s, decimal ones
 * (kB, MB, GB, TB) in 1,000s.
 */
final class ByteSizeParameter {

    /** What a size looks like, for messages. */
    static final String FORMS = "a size such as 50GiB, 500MB, 2g or 1000000 (bytes), more than 0";

    private static final Pattern SIZE =
            Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)", Pattern.CASE_INSENSITIVE);

    private ByteSizeParameter() {}

    /**
     * @param value what was configured
     * @return the size, or empty when the value is not one (or not more than 0, or more than a long holds)
     */
    static Optional<Long> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher size = SIZE.matcher(value.trim());
        if (!size.matches()) {
            return Optional.empty();
        }
        String unit = size.group(2).toLowerCase(Locale.ROOT);
        long multiplier = switch (unit.isEmpty() ? 'b' : unit.charAt(0)) {
            case 'k' -> unit.equals("kb") ? 1_000L : 1L << 10;
            case 'm' -> unit.equals("mb") ? 1_000_000L : 1L << 20;
            case 'g' -> unit.equals("gb") ? 1_000_000_000L : 1L << 30;
            case 't' -> unit.equals("tb") ? 1_000_000_000_000L : 1L << 40;
            default -> 1L;
        };
        try {
            long bytes = Math.multiplyExact(Long.parseLong(size.group(1)), multiplier);
            return bytes > 0 ? Optional.of(bytes) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
