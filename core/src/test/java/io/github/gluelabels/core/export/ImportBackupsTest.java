package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
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
}
