package io.github.gluelabels.core.validation;

import java.util.Locale;

/**
 * Renders a value seen in a request so that it can be shown in a message: quoted, with control characters, quotes,
 * backslashes and unpaired surrogates escaped so that they are visible, and shortened when long.
 *
 * @since 0.1.0
 */
public final class Values {

    /** Values longer than this many code points are shortened. */
    static final int MAX_SHOWN = 64;

    private Values() {}

    /**
     * Describes a value for a message.
     *
     * @param value the value, possibly {@code null}
     * @return {@code null} for null, otherwise the quoted, escaped and possibly shortened value; a shortened value ends
     *     with an ellipsis and its full length in code points, e.g. {@code "aaaa…" (300 characters)}
     */
    public static String describe(String value) {
        if (value == null) {
            return "null";
        }
        int length = value.codePointCount(0, value.length());
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 16).append('"');
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX_SHOWN; shown++) {
            int cp = value.codePointAt(i);
            appendEscaped(out, cp);
            i += Character.charCount(cp);
        }
        if (shown < length) {
            return out.append("…\" (").append(length).append(" characters)").toString();
        }
        return out.append('"').toString();
    }

    /**
     * Names one code point for a message: {@code U+000A (line feed)}, {@code U+D800 (unpaired surrogate)}.
     *
     * @param codePoint the code point
     * @return its U+ notation and, where it helps, a name
     */
    public static String codePoint(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return hex + " (unpaired surrogate)";
        }
        String name = Character.getName(codePoint);
        // the JDK's names carry an abbreviation in parentheses ("LINE FEED (LF)"): keep the words
        return name == null
                ? hex
                : hex + " (" + name.replaceFirst(" \\(.*\\)$", "").toLowerCase(Locale.ROOT) + ")";
    }

    private static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> {
                if (cp < 0x20
                        || (cp >= 0x7F && cp < 0xA0)
                        || (Character.isSurrogate((char) cp) && cp <= 0xFFFF)
                        || cp == 0xFFFE
                        || cp == 0xFFFF) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }
}
