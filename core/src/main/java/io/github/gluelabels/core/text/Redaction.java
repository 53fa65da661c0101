package io.github.gluelabels.core.text;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Keeps the user information of URLs ({@code https://user:password@host}) out of log lines, messages and files: an
 * endpoint may carry a password for a proxy or a gateway, and nothing glue-labels shows needs it. The user
 * information is replaced by {@code ***}, so that a reader still sees that there was some.
 *
 * @since 0.1.0
 */
public final class Redaction {

    /** What stands for the user information removed. */
    public static final String MASK = "***";

    /**
     * A URL's scheme, {@code //}, then user information: anything but a slash, whitespace or another {@code @} before
     * the {@code @} that ends the authority's user part. Greedy up to the last {@code @} of the authority, as a URI
     * parser reads it, so that a password holding {@code @} (unescaped, as people type it) is masked whole.
     */
    private static final Pattern USERINFO =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s\"'<>]*@(?=[^/?#\\s\"'<>@]*(?:[/?#\\s\"'<>]|$))");

    private Redaction() {}

    /**
     * An endpoint as it may be shown.
     *
     * @param uri a URL, possibly {@code null}
     * @return the URL with its user information replaced by {@link #MASK}; {@code "null"} for {@code null}
     */
    public static String endpoint(URI uri) {
        return uri == null ? "null" : text(uri.toString());
    }

    /**
     * A configured endpoint value as it may be shown, also when it is not a valid URL: everything between
     * {@code ://} and the last {@code @} is masked, so that a password holding {@code /} or {@code #}, which a URL
     * parser would read as the start of the path, is masked too; without {@code ://} before the last {@code @} (a
     * password typed without {@code http://}), everything before that {@code @}.
     *
     * @param value the value as configured, possibly {@code null}
     * @return the value, redacted; {@code null} for {@code null}
     */
    public static String configuredUrl(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return value;
        }
        int scheme = value.indexOf("://");
        int start = scheme >= 0 && at >= scheme + 3 ? scheme + 3 : 0;
        return value.substring(0, start) + MASK + value.substring(at);
    }

    /**
     * A text as it may be shown: the user information of every URL in it replaced by {@link #MASK}.
     *
     * @param text a message, a value seen, a log line; possibly {@code null}
     * @return the text, redacted; {@code null} for {@code null}
     */
    public static String text(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
    }
}
