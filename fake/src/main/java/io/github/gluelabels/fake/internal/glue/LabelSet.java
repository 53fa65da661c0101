package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The labels of a transform: a validated labeling file kept on disk (never in the heap), with its header, columns and
 * number of rows. Immutable: an import makes a new one.
 *
 * @param file the labeling file, header included, exactly as seeded or imported
 * @param rawHeader the header line as written in the file, line break included
 * @param columns the header's column names
 * @param rows how many labeled rows the file holds
 */
record LabelSet(Path file, String rawHeader, List<String> columns, long rows) {

  /**
   * Validates a labeling file while copying it to disk.
   *
   * @param in the file's bytes
   * @param source where they come from, for messages
   * @param target where to keep them
   * @return the label set
   * @throws LabelingFileException naming the source and line of the first problem; nothing is kept then
   */
  static LabelSet copyOf(InputStream in, String source, Path target) {
    try (LabelingFileReader reader = LabelingFileReader.open(in, source);
        Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      out.write(reader.rawHeader());
      long rows = 0;
      for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
        out.write(record.raw());
        rows++;
      }
      return new LabelSet(target, reader.rawHeader(), reader.columns(), rows);
    } catch (IOException e) {
      deleteQuietly(target);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
  }

  /**
   * This label set followed by the rows of another with the same columns.
   *
   * @param more the rows to add
   * @param target where to keep the result
   * @return the combined label set
   */
  LabelSet append(LabelSet more, Path target) {
    try (OutputStream out = Files.newOutputStream(target)) {
      Files.copy(file, out);
      if (rows > 0 && !endsWithLineBreak(file)) {
        out.write(lineBreak().getBytes(StandardCharsets.UTF_8));
      }
      try (InputStream in = Files.newInputStream(more.file)) {
        in.skipNBytes(more.rawHeader.getBytes(StandardCharsets.UTF_8).length);
        in.transferTo(out);
      }
    } catch (IOException e) {
      deleteQuietly(target);
      throw new UncheckedIOException(e);
    }
    return new LabelSet(target, rawHeader, columns, rows + more.rows);
  }

  /** The line break the file's header uses. */
  String lineBreak() {
    return rawHeader.endsWith("\r\n") ? "\r\n" : "\n";
  }

  private static boolean endsWithLineBreak(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return true;
    }
    try (var channel = Files.newByteChannel(file)) {
      channel.position(size - 1);
      var last = java.nio.ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n' || last.get(0) == '\r';
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the fake's data folder to take away
    }
  }
}
