package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.Locale;

/**
 * The most a download brings: past either bound it is refused before anything is written, naming the bound. A guard
 * against an output path that holds far more than an export (a bucket shared with other data), not a quota: the
 * defaults, 100,000 objects and 50 GiB, are well above the labels of any transform.
 *
 * @param maxObjects the most objects, at least 1
 * @param maxBytes the most bytes in all, at least 1
 * @since 0.1.0
 */
public record DownloadLimits(long maxObjects, long maxBytes) {

    /** The default bound on objects. */
    public static final long DEFAULT_MAX_OBJECTS = 100_000;
    /** The default bound on bytes: 50 GiB. */
    public static final long DEFAULT_MAX_BYTES = 50L << 30;

    public DownloadLimits {
        if (maxObjects < 1) {
            throw new IllegalArgumentException("maxObjects must be at least 1, was " + maxObjects);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
    }

    /** @return 100,000 objects and 50 GiB */
    public static DownloadLimits defaults() {
        return new DownloadLimits(DEFAULT_MAX_OBJECTS, DEFAULT_MAX_BYTES);
    }

    /**
     * @param objects the most objects a download brings
     * @return these limits with that bound
     */
    public DownloadLimits withMaxObjects(long objects) {
        return new DownloadLimits(objects, maxBytes);
    }

    /**
     * @param bytes the most bytes a download brings
     * @return these limits with that bound
     */
    public DownloadLimits withMaxBytes(long bytes) {
        return new DownloadLimits(maxObjects, bytes);
    }

    /** @throws GlueLabelsException naming the bound passed and how to raise it */
    void check(S3Uri source, int objects, long bytes) {
        if (objects > maxObjects) {
            throw refused(
                    source,
                    String.format(Locale.ROOT, "%,d objects", objects),
                    "maxDownloadObjects",
                    String.format(Locale.ROOT, "%,d", maxObjects),
                    "withMaxObjects");
        }
        if (bytes > maxBytes) {
            throw refused(
                    source,
                    String.format(Locale.ROOT, "%,d bytes", bytes),
                    "maxDownloadBytes",
                    String.format(Locale.ROOT, "%,d bytes", maxBytes),
                    "withMaxBytes");
        }
    }

    private static GlueLabelsException refused(
            S3Uri source, String found, String property, String bound, String method) {
        return new GlueLabelsException("Refusing to download " + found + " from " + source + ": that is more than "
                + property + " (" + bound
                + "). Nothing was downloaded. If the export really is that large, raise the bound "
                + "(the export goal's glue-labels." + property + ", or DownloadLimits." + method
                + " in ExportOptions); if "
                + "not, export to a folder of its own.");
    }
}
