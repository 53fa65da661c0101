package io.github.gluelabels.core.export;

import java.time.Duration;
import java.util.Locale;

/** Durations as people write them: {@code 850 ms}, {@code 12 s}, {@code 4 min 05 s}, {@code 1 h 02 min}. */
public final class Durations {

    private Durations() {}

    /**
     * @param d a duration
     * @return it in words for a log line
     */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return ms % 1000 == 0 || s >= 10 ? s + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
