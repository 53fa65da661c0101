package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.util.Locale;
import java.util.StringJoiner;

/** Bytes that are not UTF-8, found by {@link StrictUtf8Reader}; where they are in the file and what they are. */
final class InvalidUtf8Exception extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long byteOffset;
    private final byte[] bytes;

    InvalidUtf8Exception(long line, long byteOffset, byte[] bytes) {
        super("invalid UTF-8 on line " + line + " at byte offset " + byteOffset);
        this.line = line;
        this.byteOffset = byteOffset;
        this.bytes = bytes.clone();
    }

    /** The 1-based line the bad bytes are on. */
    long line() {
        return line;
    }

    /** The problem in words, for a {@link LabelingFileException}. */
    String problem() {
        StringJoiner shown = new StringJoiner(" ");
        for (byte b : bytes) {
            shown.add(String.format(Locale.ROOT, "0x%02X", b & 0xFF));
        }
        String what = bytes.length == 1 ? "the byte " + shown + " is" : "the bytes " + shown + " are";
        return what + " not valid UTF-8 (at byte offset " + byteOffset
                + " of the file): a labeling file must be encoded" + " in UTF-8; convert it to UTF-8 and try again";
    }
}
