package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How an import goes: whether it replaces the transform's labels (by default it adds to them), and for a replace, the
 * backup taken first.
 *
 * <p>A replace first exports the transform's current labels with a real export task run into {@code backupS3Path}
 * and downloads them into {@code backupDownloadTo}; if that fails, nothing is imported. By default the backup goes
 * beside the input path, into {@code glue-labels-backups/<transform>/<time>/} of the input path's parent folder (for
 * {@code s3://b/labels/in/}: {@code s3://b/labels/glue-labels-backups/tfm-1/20261206T170000Z/}), and its local copy into
 * the same folders beside the local labels. A backup path inside the input path is refused (Glue would import it).
 * Only {@link #withoutBackup()} turns the backup off, and the listener then hears a warning.
 *
 * @param replaceAllLabels whether the import replaces the transform's labels ({@code ReplaceAllLabels}); {@code false}
 *     adds to them
 * @param backup whether a replace first takes a backup (the default)
 * @param backupS3Path where the backup's export writes, or {@code null} for the default beside the input path
 * @param backupDownloadTo where the backup's local copy goes, or {@code null} for the default beside the labels
 * @param waitOptions how to wait for the import's task run, and the backup's
 * @since 0.1.0
 */
public record ImportOptions(
        boolean replaceAllLabels, boolean backup, S3Uri backupS3Path, Path backupDownloadTo, WaitOptions waitOptions) {

    /** The folder backups go into, beside the input path and beside the local labels. */
    public static final String BACKUP_FOLDER = "glue-labels-backups";

    /** Checks the wait options are there. */
    public ImportOptions {
        Objects.requireNonNull(waitOptions, "waitOptions");
    }

    /** @return add to the labels, wait with the default wait options */
    public static ImportOptions defaults() {
        return new ImportOptions(false, true, null, null, WaitOptions.defaults());
    }

    /** @return these options, replacing all the transform's labels (after a backup, unless {@link #withoutBackup()}) */
    public ImportOptions replacingAllLabels() {
        return new ImportOptions(true, backup, backupS3Path, backupDownloadTo, waitOptions);
    }

    /**
     * @return these options, taking no backup before a replace: the labels replaced are lost. The listener hears a
     *     warning saying so.
     */
    public ImportOptions withoutBackup() {
        return new ImportOptions(replaceAllLabels, false, backupS3Path, backupDownloadTo, waitOptions);
    }

    /**
     * @param path where the backup's export writes, e.g. {@code s3://my-bucket/backups/tfm-1/}
     * @return these options, backing up there
     */
    public ImportOptions backingUpTo(S3Uri path) {
        return new ImportOptions(
                replaceAllLabels, backup, Objects.requireNonNull(path, "path"), backupDownloadTo, waitOptions);
    }

    /**
     * @param folder where the backup's local copy goes
     * @return these options, downloading the backup there
     */
    public ImportOptions backupDownloadingTo(Path folder) {
        return new ImportOptions(
                replaceAllLabels, backup, backupS3Path, Objects.requireNonNull(folder, "folder"), waitOptions);
    }

    /**
     * @param options how to wait for the task runs
     * @return these options, waiting so
     */
    public ImportOptions waiting(WaitOptions options) {
        return new ImportOptions(replaceAllLabels, backup, backupS3Path, backupDownloadTo, options);
    }

    /** @return whether a backup is taken before the import: a replace with the backup on */
    boolean backsUp() {
        return replaceAllLabels && backup;
    }
}
