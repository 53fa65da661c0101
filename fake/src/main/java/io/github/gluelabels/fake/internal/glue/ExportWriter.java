package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileReader;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes a transform's labels under an export's {@code OutputS3Path}, Spark style: part files
 * {@code part-00000-<run>-c000.csv}, {@code part-00001-…}, each a labeling file with the header, holding the labels in
 * their seeded order with their exact bytes. Streams from the label file to the objects: no label is held in memory.
 */
final class ExportWriter {

  static final String CONTENT_TYPE = "text/csv";

  private ExportWriter() {}

  /**
   * @param labels the labels to write
   * @param s3 the fake S3
   * @param output the export's output path
   * @param runId the task run, part of every file name
   * @param rowsPerPart the most labels in one part file
   * @throws TaskRun.Failure when the output bucket does not exist
   */
  static void write(LabelSet labels, S3Store s3, S3Uri output, String runId, int rowsPerPart) {
    if (!s3.bucketExists(output.bucket())) {
      throw new TaskRun.Failure("Failed to write labels to " + output + ": the S3 bucket " + output.bucket()
          + " does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket).");
    }
    String prefix = output.folderPrefix();
    try (LabelingFileReader reader = LabelingFileReader.open(Files.newInputStream(labels.file()),
        labels.file().toString())) {
      LabelRecord next = reader.next();
      int part = 0;
      do {
        String key = String.format("%spart-%05d-%s-c000.csv", prefix, part++, runId);
        LabelRecord first = next;
        LabelRecord[] carry = new LabelRecord[1];
        s3.write(output.bucket(), key, CONTENT_TYPE, out -> carry[0] = writePart(out, reader, labels, first,
            rowsPerPart));
        next = carry[0];
      } while (next != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header and up to {@code rows} records; returns the first record of the next part, or null. */
  private static LabelRecord writePart(OutputStream out, LabelingFileReader reader, LabelSet labels,
      LabelRecord first, int rows) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(labels.rawHeader());
    LabelRecord record = first;
    for (int i = 0; i < rows && record != null; i++) {
      writer.write(record.raw());
      record = reader.next();
    }
    writer.flush();
    return record;
  }
}
