package io.github.gluelabels.fake.internal.s3;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little XML S3 needs: escaping, URL-encoding of keys for {@code encoding-type=url}, timestamps. */
final class S3Xml {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    /** The content type of S3's XML answers. */
    static final String CONTENT_TYPE = "application/xml";

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private S3Xml() {}

    /** @return the start of an XML answer: the declaration and the root element in S3's namespace, left open */
    static StringBuilder document(String root) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                .append(root)
                .append(" xmlns=\"")
                .append(NAMESPACE)
                .append("\">");
    }

    /** @return the owner of every bucket and object of an account */
    static String owner(String ownerId) {
        return "<Owner><ID>" + ownerId + "</ID><DisplayName>glue-labels</DisplayName></Owner>";
    }

    /** @return a key or prefix for a listing: URL-encoded when the caller asked for {@code encoding-type=url} */
    static String encode(String value, boolean url) {
        return url ? urlEncode(value) : escape(value);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Encodes like S3 does for {@code encoding-type=url}: every byte but unreserved characters and '/'. */
    static String urlEncode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    static String timestamp(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** The text of every element with this name, in order (enough for the small request bodies S3 takes). */
    static List<String> elements(String xml, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + name + "(?:\\s[^>]*)?>(.*?)</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    /** The code point of a character reference such as {@code #233} or {@code #xE9}. */
    private static int codePoint(String reference) {
        try {
            int codePoint = reference.startsWith("#x")
                    ? Integer.parseInt(reference.substring(2), 16)
                    : Integer.parseInt(reference.substring(1));
            if (Character.isValidCodePoint(codePoint)) {
                return codePoint;
            }
        } catch (NumberFormatException e) {
            // not a number: malformed
        }
        throw malformed();
    }

    /** S3's answer to a request body that is not the XML it expects. */
    static S3Error malformed() {
        return new S3Error(
                400,
                "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema");
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0) {
                out.append(c);
                continue;
            }
            String entity = s.substring(i + 1, semi);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (entity.startsWith("#")) {
                        out.appendCodePoint(codePoint(entity));
                    } else {
                        out.append('&').append(entity).append(';');
                    }
                }
            }
            i = semi;
        }
        return out.toString();
    }
}
