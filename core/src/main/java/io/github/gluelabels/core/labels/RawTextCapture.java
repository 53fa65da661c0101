package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Keeps the characters the CSV parser reads so that each record's original text can be cut out by position. Only the
 * text from the start of the record not yet taken onwards is kept: about one record plus the parser's read-ahead.
 */
final class RawTextCapture extends Reader {

    /** Taken text is dropped once there is at least this much of it and at least as much as is still kept. */
    private static final int COMPACT_AT = 8192;

    private final Reader in;
    private final StringBuilder text = new StringBuilder();
    /** The position in the stream of {@code text.charAt(0)}. */
    private long textStart;
    /** How much of {@link #text} has been taken already. */
    private int taken;

    private int maxBuffered;

    RawTextCapture(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        if (n > 0) {
            text.append(cbuf, off, n);
            maxBuffered = Math.max(maxBuffered, text.length());
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Takes the text from {@code from} (where the previous take ended) up to, excluding, {@code to}.
     *
     * @param from a position in the stream, in chars
     * @param to a later position that has been read already
     * @return the text between them
     */
    String take(long from, long to) {
        if (from != textStart + taken) {
            throw new IllegalStateException(
                    "text is taken in order: expected position " + (textStart + taken) + ", got " + from);
        }
        int end = index(to);
        String raw = text.substring(taken, end);
        taken = end;
        if (taken >= COMPACT_AT && taken >= text.length() - taken) {
            text.delete(0, taken);
            textStart += taken;
            taken = 0;
        }
        return raw;
    }

    /**
     * Takes the text from {@code from} to the end of what has been read.
     *
     * @param from a position in the stream, in chars
     * @return the text from there on
     */
    String takeRest(long from) {
        return take(from, textStart + text.length());
    }

    /**
     * @param position a position not taken yet and read already
     * @return the character there
     */
    char charAt(long position) {
        return text.charAt(index(position));
    }

    /** The most characters kept at once so far. */
    int maxBuffered() {
        return maxBuffered;
    }

    private int index(long position) {
        long index = position - textStart;
        if (index < taken || index > text.length()) {
            throw new IllegalStateException("position " + position + " is not in the kept text [" + (textStart + taken)
                    + ", " + (textStart + text.length()) + "]");
        }
        return (int) index;
    }
}
