package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Checks and summarizes whole labeling files in one call. For the format, see {@link LabelingFileReader}; to combine
 * the parts of an export, see {@link LabelSummaryBuilder}.
 *
 * @since 0.1.0
 */
public final class LabelingFile {

  private LabelingFile() {}

  /**
   * Reads a labeling file to the end and summarizes it.
   *
   * @param file the file
   * @return its summary
   * @throws IOException when the file cannot be opened
   * @throws LabelingFileException at the first problem in the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static LabelSummary summarize(Path file) throws IOException {
    try (LabelingFileReader reader = LabelingFileReader.open(file)) {
      return new LabelSummaryBuilder().addAll(reader).build();
    }
  }

  /**
   * Reads a labeling file to the end and summarizes it; closes the stream.
   *
   * @param in the file's bytes
   * @param sourceName what to call the file in messages: its path, or its {@code s3://bucket/key} URI
   * @return its summary
   * @throws LabelingFileException at the first problem in the file
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static LabelSummary summarize(InputStream in, String sourceName) {
    try (LabelingFileReader reader = LabelingFileReader.open(in, sourceName)) {
      return new LabelSummaryBuilder().addAll(reader).build();
    }
  }

  /**
   * Reads a labeling file to the end and checks every record; closes the stream.
   *
   * @param in the file's bytes
   * @param sourceName what to call the file in messages: its path, or its {@code s3://bucket/key} URI
   * @throws LabelingFileException at the first problem in the file
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static void validate(InputStream in, String sourceName) {
    try (LabelingFileReader reader = LabelingFileReader.open(in, sourceName)) {
      drain(reader);
    }
  }

  /**
   * Reads a labeling file on disk to the end and checks every record.
   *
   * @param file the file
   * @throws IOException when the file cannot be opened
   * @throws LabelingFileException at the first problem in the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static void validate(Path file) throws IOException {
    try (LabelingFileReader reader = LabelingFileReader.open(file)) {
      drain(reader);
    }
  }

  private static void drain(LabelingFileReader reader) {
    while (reader.next() != null) {
      // every record is checked as it is read
    }
  }
}
