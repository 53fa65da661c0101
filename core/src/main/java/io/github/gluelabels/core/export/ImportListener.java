package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelingCheck;

/**
 * Hears what an import does, for logs and progress: besides what an export's listener hears (the task runs of the
 * import and of its backup, their status, the backup's download, warnings), the check of the files, the upload and the
 * backup. Every method has an empty default.
 *
 * @since 0.1.0
 */
public interface ImportListener extends ExportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {};

    /**
     * The local files were checked, and may be imported (a check that found problems throws instead).
     *
     * @param check what was found, with the warnings
     */
    default void checked(LabelingCheck check) {}

    /**
     * A backup begins: an export of the transform's current labels.
     *
     * @param transformId the transform
     * @param s3Path where the export writes
     */
    default void backupStarted(String transformId, S3Uri s3Path) {}

    /**
     * The backup is in S3 and downloaded.
     *
     * @param backup where it is
     */
    default void backupTaken(ImportBackup backup) {}

    /**
     * An object was uploaded.
     *
     * @param object where it went
     * @param bytes its size
     */
    default void uploaded(S3Uri object, long bytes) {}
}
