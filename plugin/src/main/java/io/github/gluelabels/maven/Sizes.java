package io.github.gluelabels.maven;

import java.util.Locale;

/** Byte and file counts in words for log lines: {@code 812 bytes}, {@code 1.2 kB}, {@code 3 files}. */
final class Sizes {

    private Sizes() {}

    static String bytes(long bytes) {
        if (bytes < 1_000) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String files(long count) {
        return count == 1 ? "1 file" : count + " files";
    }
}
