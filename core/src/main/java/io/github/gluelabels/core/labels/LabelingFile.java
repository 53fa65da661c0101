package io.github.gluelabels.core.labels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
    return count(file, file.toString()).build();
  }

  /**
   * Counts the labels of a labeling file on disk into a new builder, e.g. one part of an export, to be added to the
   * others with {@link LabelSummaryBuilder#addAll(LabelSummaryBuilder)}.
   *
   * <p>A well-formed file is read once by Commons CSV directly, without the record texts and line numbers that
   * {@link LabelingFileReader} keeps: about twice as fast. At the first sign of a problem the file is read again by
   * {@link LabelingFileReader}, whose exception names the line and the rule; both read the same format, so they agree.
   *
   * @param file the file
   * @param sourceName what to call the file in messages
   * @return a builder holding the file's counts
   * @throws IOException when the file cannot be opened
   * @throws LabelingFileException at the first problem in the file
   * @throws UncheckedIOException when the file cannot be read
   * @since 0.1.0
   */
  public static LabelSummaryBuilder count(Path file, String sourceName) throws IOException {
    LabelSummaryBuilder fast = countWellFormed(file, sourceName);
    if (fast != null) {
      return fast;
    }
    try (LabelingFileReader reader = LabelingFileReader.open(Files.newInputStream(file), sourceName)) {
      return new LabelSummaryBuilder().addAll(reader);
    }
  }

  /** The counts of a well-formed file, or {@code null} at the first thing that is not (the careful reader explains). */
  private static LabelSummaryBuilder countWellFormed(Path file, String sourceName) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return null;
      }
      List<String> columns = new ArrayList<>(List.of(records.next().values()));
      if (!columns.isEmpty() && columns.get(0).startsWith("\uFEFF")) {
        columns.set(0, columns.get(0).substring(1));
      }
      if (columns.size() < 2 || !columns.get(0).equals(LabelingFileReader.LABELING_SET_ID)
          || !columns.get(1).equals(LabelingFileReader.LABEL)) {
        return null;
      }
      LabelSummaryBuilder summary = new LabelSummaryBuilder().columns(sourceName, columns);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (record.size() != columns.size() || record.get(0).isEmpty() || record.get(1).isEmpty()) {
          return null;
        }
        summary.add(record.get(0), record.get(1));
      }
      return summary;
    } catch (UncheckedIOException | java.nio.charset.CharacterCodingException e) {
      return null;
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
