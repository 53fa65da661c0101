package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.DownloadLimits;
import java.util.Optional;

/**
 * The bounds of a goal's downloads as configured ({@code maxDownloadObjects}, {@code maxDownloadBytes}): the same
 * names, properties and rules for an export's download, a backup's and a diff side's.
 *
 * @param maxObjects the most objects, as configured
 * @param maxBytes the most bytes, as configured, e.g. {@code 50GiB}
 */
record DownloadLimitParameters(long maxObjects, String maxBytes) {

    /**
     * @return the limits, or empty when a parameter is not valid (then with its problem added)
     */
    Optional<DownloadLimits> read(ConfigurationProblems problems) {
        if (maxObjects < 1) {
            problems.parameter("maxDownloadObjects", "must be 1 or more", String.valueOf(maxObjects));
        }
        Optional<Long> bytes = ByteSizeParameter.parse(maxBytes);
        if (bytes.isEmpty()) {
            problems.parameter("maxDownloadBytes", "must be " + ByteSizeParameter.FORMS, maxBytes);
        }
        return maxObjects < 1 || bytes.isEmpty()
                ? Optional.empty()
                : Optional.of(new DownloadLimits(maxObjects, bytes.get()));
    }
}
