package io.github.gluelabels.core.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes JSON strings and small values to a stream, escaped as RFC 8259 asks; nothing is held. */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** Writes a string with its quotes, escaping quotes, backslashes and control characters. */
    static void string(Writer out, String value) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.write(value, start, i - start);
                escape(out, c);
                start = i + 1;
            }
        }
        out.write(value, start, value.length() - start);
        out.write('"');
    }

    private static void escape(Writer out, char c) throws IOException {
        switch (c) {
            case '"' -> out.write("\\\"");
            case '\\' -> out.write("\\\\");
            case '\n' -> out.write("\\n");
            case '\r' -> out.write("\\r");
            case '\t' -> out.write("\\t");
            default -> {
                out.write("\\u00");
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
            }
        }
    }

    /** Writes {@code "name": } */
    static void name(Writer out, String name) throws IOException {
        string(out, name);
        out.write(": ");
    }

    /** Writes an array of strings on one line. */
    static void strings(Writer out, List<String> values) throws IOException {
        out.write('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(", ");
            }
            string(out, values.get(i));
        }
        out.write(']');
    }
}
