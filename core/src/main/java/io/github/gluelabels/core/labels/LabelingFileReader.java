package io.github.gluelabels.core.labels;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labeling file record by record, checking it as it goes, without ever holding the whole file.
 *
 * <p>A labeling file is CSV (RFC 4180) encoded in UTF-8. Its header's first two columns are {@code labeling_set_id}
 * and {@code label}, followed by the source table's columns. Fields may be quoted, with commas, doubled quotes and line
 * breaks inside; lines may end with LF or CRLF; the last record may have no line break; a byte order mark at the start
 * is accepted. Every record must have as many fields as the header, and a non-empty labeling set id and label.
 *
 * <p>The reader keeps each record's original text: {@link #rawHeader()} followed by the {@link LabelRecord#raw()} of
 * every record is exactly the text of the file, so a copy written from them has the same bytes.
 *
 * <p>The first problem found ends the reading with a {@link LabelingFileException} naming the file and the line; the
 * reader never returns part of a file silently. The reader looks one record ahead (a record's text ends where the next
 * one starts), so a problem in a record is reported by the call that would otherwise return the record before it,
 * and {@link #open} already reports a problem in the first record. Problems are always reported in file order.
 *
 * <p>Not thread-safe. Use it in a try-with-resources block:
 *
 * <pre>{@code
 * try (LabelingFileReader reader = LabelingFileReader.open(Path.of("labels.csv"))) {
 *   for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
 *     …
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelingFileReader implements Closeable {

    /** The name of the first column. */
    public static final String LABELING_SET_ID = "labeling_set_id";

    /** The name of the second column. */
    public static final String LABEL = "label";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;
    private final RawTextCapture capture;
    private final CSVParser parser;
    private final Iterator<CSVRecord> csvRecords;
    private List<String> columns = List.of();
    private String rawHeader = "";
    /** The record parsed but not returned yet, since where its text ends is known only once the next one is parsed. */
    private Parsed pending;

    private RuntimeException failure;
    private boolean closed;

    private LabelingFileReader(String source, RawTextCapture capture, CSVParser parser) {
        this.source = source;
        this.capture = capture;
        this.parser = parser;
        this.csvRecords = parser.iterator();
    }

    /**
     * Opens a labeling file and reads its header and its first record.
     *
     * <p>The reader owns the stream from here on: {@link #close()} closes it, and so does this method when it throws.
     *
     * @param in the file's bytes; buffering is not needed
     * @param sourceName what to call the file in messages: its path, or its {@code s3://bucket/key} URI
     * @return the reader, positioned before the first record
     * @throws LabelingFileException when the file is empty, is not UTF-8, or its header or first record is not valid
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static LabelingFileReader open(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            PushbackReader text = new PushbackReader(new StrictUtf8Reader(in), 1);
            int first = text.read();
            boolean byteOrderMark = first == BYTE_ORDER_MARK;
            if (first >= 0 && !byteOrderMark) {
                text.unread(first);
            }
            // the parser never sees the byte order mark: a quoted first column name stays quoted
            RawTextCapture capture = new RawTextCapture(text);
            CSVParser parser = CSVParser.parse(capture, CSVFormat.RFC4180);
            LabelingFileReader reader = new LabelingFileReader(sourceName, capture, parser);
            reader.readHeader(byteOrderMark);
            return reader;
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw ReadFailures.translate(sourceName, io, 1);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Opens a labeling file on disk and reads its header and its first record.
     *
     * @param file the file; its path names it in messages
     * @return the reader, positioned before the first record
     * @throws IOException when the file cannot be opened
     * @throws LabelingFileException when the file is empty, is not UTF-8, or its header or first record is not valid
     */
    public static LabelingFileReader open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.toString());
    }

    /**
     * @return what the file is called in messages, as given to {@link #open}
     */
    public String source() {
        return source;
    }

    /**
     * @return the header's column names, starting with {@code labeling_set_id} and {@code label} (without a byte order
     *     mark)
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * @return the header record's text exactly as it is in the file: with the byte order mark if the file has one, and
     *     with its line terminator
     */
    public String rawHeader() {
        return rawHeader;
    }

    /**
     * Reads the next record.
     *
     * @return the next record, or {@code null} at the end of the file
     * @throws LabelingFileException at the first problem: in the record after the one that would be returned (see
     *     above), or, once a problem has been found, at every call
     * @throws UncheckedIOException when the stream cannot be read
     * @throws IllegalStateException when the reader is closed
     */
    public LabelRecord next() {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IllegalStateException(source + " is closed");
        }
        Parsed current = pending;
        if (current == null) {
            return null;
        }
        try {
            String raw = readPast(current);
            List<String> values = current.values();
            return new LabelRecord(current.line(), values.get(0), values.get(1), values, raw);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * Closes the reader and its stream. Calling it again does nothing.
     *
     * @throws UncheckedIOException when the stream cannot be closed
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + source + ": " + e.getMessage(), e);
        }
    }

    /** The most characters of text kept at once, for tests of the memory bound. */
    int maxBufferedChars() {
        return capture.maxBuffered();
    }

    private void readHeader(boolean byteOrderMark) {
        CSVRecord first = nextCsvRecord(null);
        if (first == null) {
            String what = byteOrderMark ? "is empty (it holds only a byte order mark)" : "is empty";
            throw new LabelingFileException(
                    source,
                    0,
                    what + ": a labeling file starts with the header " + LABELING_SET_ID + "," + LABEL + ",…");
        }
        Parsed header = new Parsed(1, first.getCharacterPosition(), List.of(first.values()));
        LabelingFileRules.checkHeader(source, header.values());
        columns = header.values();
        rawHeader = (byteOrderMark ? String.valueOf(BYTE_ORDER_MARK) : "") + readPast(header);
    }

    /**
     * Parses the record after {@code current} and checks it; from its start, cuts {@code current}'s text.
     *
     * @return the text of {@code current}
     */
    private String readPast(Parsed current) {
        CSVRecord next = nextCsvRecord(current);
        if (next == null) {
            pending = null;
            return capture.takeRest(current.position());
        }
        String raw = capture.take(current.position(), next.getCharacterPosition());
        long line = current.line() + lineBreaks(raw);
        Parsed following = new Parsed(line, next.getCharacterPosition(), List.of(next.values()));
        List<String> values = following.values();
        // an empty line and a line holding "" both parse as one empty field
        boolean emptyLine =
                values.size() == 1 && values.get(0).isEmpty() && isLineBreak(capture.charAt(following.position()));
        LabelingFileRules.checkRecord(source, columns, line, values, emptyLine);
        pending = following;
        return raw;
    }

    private CSVRecord nextCsvRecord(Parsed previous) {
        try {
            return csvRecords.hasNext() ? csvRecords.next() : null;
        } catch (UncheckedIOException e) {
            // a record that fails to parse starts right after the previous one: after the line breaks in its (quoted)
            // values, which Commons CSV keeps as they are, and the one that ends it
            long line = previous == null
                    ? 1
                    : previous.line()
                            + previous.values().stream()
                                    .mapToLong(LabelingFileReader::lineBreaks)
                                    .sum()
                            + 1;
            throw ReadFailures.translate(source, e.getCause(), line, parser.getCurrentLineNumber());
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Counts LF, CRLF and a lone CR as one line break each, as Commons CSV does. */
    static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** A parsed record: the line and the position it starts at, and its fields. */
    private record Parsed(long line, long position, List<String> values) {}
}
