package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The backup a replace took before importing: the transform's labels as they were, exported to S3 and downloaded.
 *
 * @param s3Path where the backup's export wrote
 * @param localCopy the folder its local copy is in
 * @param taskRunId the export task run that took it
 * @param labelCount how many labels the transform had
 * @since 0.1.0
 */
public record ImportBackup(S3Uri s3Path, Path localCopy, String taskRunId, long labelCount) {

    /** Checks the members are there. */
    public ImportBackup {
        Objects.requireNonNull(s3Path, "s3Path");
        Objects.requireNonNull(localCopy, "localCopy");
        Objects.requireNonNull(taskRunId, "taskRunId");
    }
}
