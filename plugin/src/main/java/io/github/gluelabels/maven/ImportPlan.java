package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A validated {@code import} configuration: what to import where and how, and where its plan (the dry run) puts the
 * transform's current labels and the diff.
 *
 * @param request the transform, the local labels and the input path
 * @param options replace or add, the backup, the wait
 * @param currentLabelsS3Path where the dry run exports the current labels: the backup's place
 * @param planFolder where the dry run downloads them and writes the diff's report
 * @param downloadLimits the most objects and bytes the dry run's download brings
 */
record ImportPlan(
        ImportRequest request,
        ImportOptions options,
        S3Uri currentLabelsS3Path,
        Path planFolder,
        DownloadLimits downloadLimits) {

    String transformId() {
        return request.transformId();
    }

    /** @return the buckets the import writes to: the input path's, the backup's */
    Set<String> buckets() {
        Set<String> buckets = new LinkedHashSet<>();
        buckets.add(request.inputS3Path().bucket());
        buckets.add(currentLabelsS3Path.bucket());
        return buckets;
    }
}
