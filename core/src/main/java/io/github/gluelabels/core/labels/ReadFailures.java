package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVException;

/**
 * What {@link LabelingFileReader} throws when reading fails: a {@link LabelingFileException} naming the line and the
 * rule for text that is not valid CSV (RFC 4180) or not UTF-8, an {@link UncheckedIOException} for a stream that
 * cannot be read.
 */
final class ReadFailures {

    private static final String QUOTE_HINT = "inside a quoted field, write a quote as two quotes \"\"";

    private ReadFailures() {}

    /**
     * @param source the file, as messages call it
     * @param e what the parser or the stream threw
     * @param recordLine the line the record being parsed starts on
     * @param parserLine the line the parser is on
     * @return the exception to throw
     */
    static RuntimeException translate(String source, IOException e, long recordLine, long parserLine) {
        if (e instanceof CSVException csv) {
            String message = String.valueOf(csv.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return new LabelingFileException(
                        source,
                        recordLine,
                        "a quoted field is never closed: the file ends inside" + " the quotes opened in this record; "
                                + QUOTE_HINT,
                        e);
            }
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                String where =
                        parserLine == recordLine ? "" : " (in the record that starts on line " + recordLine + ")";
                return new LabelingFileException(
                        source,
                        parserLine,
                        "a closing quote is followed by other characters before the" + " next comma or line break"
                                + where + "; " + QUOTE_HINT,
                        e);
            }
        }
        return translate(source, e, recordLine);
    }

    /**
     * @param source the file, as messages call it
     * @param e what the parser or the stream threw
     * @param recordLine the line the record being parsed starts on
     * @return the exception to throw
     */
    static RuntimeException translate(String source, IOException e, long recordLine) {
        if (e instanceof InvalidUtf8Exception utf8) {
            return new LabelingFileException(source, utf8.line(), utf8.problem(), e);
        }
        if (e instanceof CSVException csv) {
            return new LabelingFileException(
                    source, recordLine, "the record is not valid CSV (RFC 4180): " + csv.getMessage(), e);
        }
        return new UncheckedIOException("could not read " + source + ": " + e.getMessage(), e);
    }
}
