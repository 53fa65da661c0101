package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.DownloadLimits;
import java.nio.file.Path;

/**
 * A validated {@code diff} configuration: the two sides, how records are identified and where the report goes.
 *
 * @param from the labels before
 * @param to the labels after
 * @param primaryKey the primary-key column that identifies a record, or {@code null}
 * @param transformId the transform whose primary key to look up when {@code primaryKey} is not set, or {@code null}
 * @param report where the JSON report goes
 * @param downloads the folder under which S3 sides are downloaded, each into {@code from/} or {@code to/}
 * @param downloadLimits the most objects and bytes the download of an S3 side brings
 * @param failOnChanges whether the goal fails when the sides differ
 */
record DiffPlan(
        DiffSide from,
        DiffSide to,
        String primaryKey,
        String transformId,
        Path report,
        Path downloads,
        DownloadLimits downloadLimits,
        boolean failOnChanges) {

    /** @return whether the diff calls AWS: to download a side, or to look the primary key up */
    boolean callsAws() {
        return from.isS3() || to.isS3() || looksUpPrimaryKey();
    }

    /** @return whether the primary key is read from the transform ({@code GetMLTransform}) */
    boolean looksUpPrimaryKey() {
        return primaryKey == null && transformId != null;
    }
}
