package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.fake.internal.s3.S3Store;

/**
 * Writes a transform's labels under an export's {@code OutputS3Path}, Spark style: part files
 * {@code part-00000-<run>-c000.csv}, {@code part-00001-…}, each a labeling file with the header, holding the labels in
 * their seeded order with their exact bytes. The parts are slices of the labeling file: nothing is copied.
 */
final class ExportWriter {

    static final String CONTENT_TYPE = "text/csv";

    private ExportWriter() {}

    /**
     * @param labels the labels to write
     * @param s3 the fake S3
     * @param output the export's output path
     * @param runId the task run, part of every file name
     * @throws TaskRun.Failure when the output bucket does not exist
     */
    static void write(LabelSet labels, S3Store s3, S3Uri output, String runId) {
        if (!s3.bucketExists(output.bucket())) {
            throw new TaskRun.Failure("Failed to write labels to " + output + ": the S3 bucket " + output.bucket()
                    + " does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket).");
        }
        String prefix = output.folderPrefix();
        for (int part = 0; part < labels.parts(); part++) {
            String key = String.format("%spart-%05d-%s-c000.csv", prefix, part, runId);
            s3.store(output.bucket(), key, labels.part(part), labels.partEtag(part), CONTENT_TYPE);
        }
    }
}
