package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a replace's backup goes: never where the next import of the same labels would read it as labels. */
class ImportBackupsTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");

    @TempDir
    Path folder;

    @Test
    void theDefaultLocalCopyOfAFolderOfLabelsGoesBesideIt() {
        Path labels = folder.resolve("labels");
        labels.toFile().mkdirs();
        ImportRequest request = ImportRequest.of("tfm-1", labels, "s3://bucket/in/");

        ImportBackups.Place place = ImportBackups.place(request, ImportOptions.defaults(), AT);

        assertThat(place.localCopy())
                .isEqualTo(folder.toAbsolutePath().resolve("glue-labels-backups/tfm-1/20261206T101530Z"));
        assertThat(place.s3Path()).hasToString("s3://bucket/glue-labels-backups/tfm-1/20261206T101530Z/");
    }

    @Test
    void labelsGivenAsTheCurrentFolderAreBackedUpBesideItNotInIt() {
        Path labels = Path.of(".");

        ImportBackups.Place place =
                ImportBackups.place(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), ImportOptions.defaults(), AT);

        Path current = labels.toAbsolutePath().normalize();
        assertThat(place.localCopy().startsWith(current))
                .as(place.localCopy().toString())
                .isFalse();
    }

    @Test
    void aLocalCopyInsideTheLabelsFolderIsRefused() {
        Path labels = folder.resolve("labels");
        labels.toFile().mkdirs();
        ImportOptions options = ImportOptions.defaults().backupDownloadingTo(labels.resolve("old"));

        assertThatThrownBy(() -> ImportBackups.place(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), options, AT))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("lies inside the labels folder " + labels.toAbsolutePath())
                .hasMessageContaining("nothing was sent");
    }

    @Test
    void theDefaultBackupOfAWholeBucketIsRefusedAndSaysWhy() {
        assertThatThrownBy(() -> ImportBackups.place(
                        ImportRequest.of("tfm-1", folder.resolve("labels"), "s3://bucket/"),
                        ImportOptions.defaults(),
                        AT))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("The backup path s3://bucket/glue-labels-backups/tfm-1/20261206T101530Z/ lies inside the "
                        + "input path s3://bucket, where Glue would import the backup with the new labels. Give a "
                        + "backup path outside it (the default goes beside the input path's folder, which is the "
                        + "whole bucket here); nothing was sent.");
    }

    @Test
    void aGivenBackupPathInsideTheInputPathIsRefused() {
        ImportOptions options = ImportOptions.defaults().backingUpTo(S3Uri.parse("backup", "s3://bucket/in/old/"));

        assertThatThrownBy(() -> ImportBackups.place(
                        ImportRequest.of("tfm-1", folder.resolve("labels"), "s3://bucket/in/"), options, AT))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("The backup path s3://bucket/in/old/ lies inside the input path s3://bucket/in/, where "
                        + "Glue would import the backup with the new labels. Give a backup path outside it; nothing "
                        + "was sent.");
    }

    @Test
    void theSamePathInAnotherBucketIsOutsideTheInputPath() {
        ImportOptions options = ImportOptions.defaults().backingUpTo(S3Uri.parse("backup", "s3://other/in/old/"));

        ImportBackups.Place place = ImportBackups.place(
                ImportRequest.of("tfm-1", folder.resolve("labels"), "s3://bucket/in/"), options, AT);

        assertThat(place.s3Path()).hasToString("s3://other/in/old/");
    }

    @Test
    void theDefaultBackupPathGoesBesideTheInputPathsFolder() {
        ImportBackups.Place place = ImportBackups.place(
                ImportRequest.of("tfm-1", folder.resolve("labels"), "s3://bucket/a/b/in"),
                ImportOptions.defaults(),
                AT);

        assertThat(place.s3Path()).hasToString("s3://bucket/a/b/glue-labels-backups/tfm-1/20261206T101530Z/");
    }

    @Test
    void aKeyBeginningWithASlashKeepsItsEmptyFirstFolder() {
        ImportBackups.Place place = ImportBackups.place(
                ImportRequest.of("tfm-1", folder.resolve("labels"), "s3://bucket//in/"), ImportOptions.defaults(), AT);

        assertThat(place.s3Path()).hasToString("s3://bucket//glue-labels-backups/tfm-1/20261206T101530Z/");
    }

    @Test
    void labelsInTheRootFolderHaveTheirDefaultLocalCopyInsideThemAndAreRefused() {
        Path root = folder.toAbsolutePath().getRoot();

        assertThatThrownBy(() -> ImportBackups.place(
                        ImportRequest.of("tfm-1", root, "s3://bucket/in/"), ImportOptions.defaults(), AT))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessageContaining("The backup's local copy "
                        + root.resolve("glue-labels-backups").resolve("tfm-1").resolve("20261206T101530Z")
                        + " lies inside the labels folder " + root + ",");
    }

    @Test
    void aLabelsFileIsNoFolderForTheLocalCopyToLieIn() throws java.io.IOException {
        Path labels = java.nio.file.Files.writeString(folder.resolve("labels.csv"), "labeling_set_id,label\n");
        ImportOptions options = ImportOptions.defaults().backupDownloadingTo(labels.resolve("old"));

        ImportBackups.Place place =
                ImportBackups.place(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), options, AT);

        assertThat(place.localCopy()).isEqualTo(labels.resolve("old"));
    }
}
