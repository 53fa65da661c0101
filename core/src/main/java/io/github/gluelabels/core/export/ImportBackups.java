package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The backup a replace takes before importing: where it goes (see {@link ImportOptions} for the defaults), checked
 * before anything is sent, and the export that takes it, whose failure stops the import.
 *
 * <p>{@link #place} is public so that a tool planning an import (the Maven plugin's dry run) names the very place the
 * import will back up to, by the same rules.
 *
 * @since 0.1.0
 */
public final class ImportBackups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * Where one backup goes.
     *
     * @param s3Path where the backup's export writes
     * @param localCopy where its download goes
     * @since 0.1.0
     */
    public record Place(S3Uri s3Path, Path localCopy) {}

    private ImportBackups() {}

    /**
     * Where the backup of an import goes: {@code options}' paths when set, else the defaults of {@link ImportOptions}
     * named after {@code at}. Give both paths in the options to make an import back up exactly where a plan said.
     *
     * @param request the import
     * @param options its options
     * @param at the time the default paths are named after
     * @return where the backup goes
     * @throws GlueLabelsException when the backup path lies inside the input path, where Glue would import it, or its
     *     local copy inside the labels folder, where the next import would
     * @since 0.1.0
     */
    public static Place place(ImportRequest request, ImportOptions options, Instant at) {
        String stamp = STAMP.format(at);
        String tail = ImportOptions.BACKUP_FOLDER + "/" + request.transformId() + "/" + stamp + "/";
        S3Uri input = request.inputS3Path();
        S3Uri s3 = options.backupS3Path() != null
                ? options.backupS3Path()
                : input.withKey(parentFolder(input.folderPrefix()) + tail);
        if (s3.bucket().equals(input.bucket()) && s3.folderPrefix().startsWith(input.folderPrefix())) {
            throw new GlueLabelsException("The backup path " + s3 + " lies inside the input path " + input
                    + ", where Glue would import the backup with the new labels. Give a backup path outside it"
                    + (options.backupS3Path() == null
                            ? " (the default goes beside the input path's folder, which" + " is the whole bucket here)"
                            : "")
                    + "; nothing was sent.");
        }
        Path local = options.backupDownloadTo() != null
                ? options.backupDownloadTo()
                : besideLabels(request.labels())
                        .resolve(ImportOptions.BACKUP_FOLDER)
                        .resolve(request.transformId())
                        .resolve(stamp);
        Path labels = request.labels().toAbsolutePath().normalize();
        if (Files.isDirectory(labels) && local.toAbsolutePath().normalize().startsWith(labels)) {
            throw new GlueLabelsException("The backup's local copy " + local + " lies inside the labels folder "
                    + labels + ", where the next import of that folder would take the old labels for new ones. Give"
                    + " a folder outside it; nothing was sent.");
        }
        return new Place(s3, local);
    }

    /**
     * Exports the transform's labels into the place and downloads them.
     *
     * @throws BackupFailedException when the export or the download fails: nothing was imported
     */
    static ImportBackup take(
            ImportParts parts, ImportRequest request, ImportOptions options, Place place, long labelCount) {
        parts.listener().backupStarted(request.transformId(), place.s3Path());
        try {
            ExportResult export = parts.exporter()
                    .export(
                            new ExportRequest(request.transformId(), place.s3Path()),
                            new ExportOptions(true, options.waitOptions(), place.localCopy(), false));
            ImportBackup backup = new ImportBackup(place.s3Path(), place.localCopy(), export.taskRunId(), labelCount);
            parts.listener().backupTaken(backup);
            return backup;
        } catch (GlueLabelsException e) {
            throw new BackupFailedException(
                    "The backup of transform " + request.transformId() + "'s labels to "
                            + place.s3Path() + " and " + place.localCopy() + " failed, so nothing was imported and its "
                            + labelCount + " labels are as they were. " + e.getMessage(),
                    e);
        }
    }

    /** @return the folder a folder prefix is in: {@code a/} for {@code a/b/}, empty for {@code a/} and for empty */
    private static String parentFolder(String folderPrefix) {
        if (folderPrefix.isEmpty()) {
            return "";
        }
        int slash = folderPrefix.lastIndexOf('/', folderPrefix.length() - 2);
        return slash < 0 ? "" : folderPrefix.substring(0, slash + 1);
    }

    private static Path besideLabels(Path labels) {
        // normalized: the parent of "." is the folder around the labels, not the labels folder itself
        Path absolute = labels.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null ? absolute : parent;
    }
}
