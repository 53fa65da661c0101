package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a transform's labels under an export's {@code OutputS3Path} as Glue names them: one labeling file
 * {@code <TransformId>_labels_<yyyy-MM-dd_HH_mm_ss>_<uuid>.csv}, the time the run's UTC time (the one public trace of
 * real exports, see the fake's README). When the account splits exports ({@code rowsPerPart}), each file is
 * {@code <same stem>_part-00001.csv}, {@code _part-00002.csv}, …, each with the header. The labels keep their seeded
 * order and exact bytes; the files are slices of the labeling file: nothing is copied.
 */
final class ExportWriter {

    static final String CONTENT_TYPE = "text/csv";
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd_HH_mm_ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ExportWriter() {}

    /**
     * @param labels the labels to write
     * @param s3 the fake S3
     * @param output the export's output path
     * @param transformId the transform, the start of every file name
     * @param now when the run writes, part of every file name
     * @throws TaskRun.Failure when the output bucket does not exist
     */
    static void write(LabelSet labels, S3Store s3, S3Uri output, String transformId, Instant now) {
        if (!s3.bucketExists(output.bucket())) {
            throw new TaskRun.Failure("Failed to write labels to " + output + ": the S3 bucket " + output.bucket()
                    + " does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket).");
        }
        String stem = output.folderPrefix() + fileStem(transformId, now, UUID.randomUUID());
        for (int part = 0; part < labels.parts(); part++) {
            String key = labels.parts() == 1
                    ? stem + ".csv"
                    : String.format(Locale.ROOT, "%s_part-%05d.csv", stem, part + 1);
            s3.store(output.bucket(), key, labels.part(part), labels.partEtag(part), CONTENT_TYPE);
        }
    }

    /**
     * @return {@code <TransformId>_labels_<yyyy-MM-dd_HH_mm_ss>_<uuid>}; characters of the id other than letters,
     *     digits, {@code -}, {@code _} and {@code .} become {@code _} (Glue's own ids, {@code tfm-} and hex digits,
     *     never change), so that an id with a {@code /} makes no folder
     */
    static String fileStem(String transformId, Instant now, UUID uuid) {
        return transformId.replaceAll("[^A-Za-z0-9._-]", "_") + "_labels_" + RUN_TIME.format(now) + "_" + uuid;
    }
}
