package io.github.gluelabels.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A list as a log line can hold it: the first items, then how many more there are, e.g.
 * {@code a, b, c … and 99,997 more}. A labeling file with 100,000 columns, or an export of thousands of transforms,
 * would otherwise make one line of hundreds of kilobytes. Each item is shortened too, past {@link #MAX_ITEM_LENGTH}.
 *
 * @since 0.1.0
 */
public final class ShortList {

    /** How many items a list shows by default. */
    public static final int DEFAULT_SHOWN = 10;

    /** Items longer than this many characters are cut, with {@code …} and their length. */
    public static final int MAX_ITEM_LENGTH = 100;

    private ShortList() {}

    /**
     * @param items the items, in order
     * @return at most {@link #DEFAULT_SHOWN} items joined with {@code ", "}, then {@code … and N more}
     */
    public static String of(Collection<?> items) {
        return of(items, ", ", DEFAULT_SHOWN);
    }

    /**
     * @param items the items, in order
     * @param separator what goes between two items, e.g. {@code ", "}
     * @param shown how many items to show at most (at least 1)
     * @return the first {@code shown} items joined, then {@code … and N more} when there are more
     */
    public static String of(Collection<?> items, String separator, int shown) {
        if (shown < 1) {
            throw new IllegalArgumentException("shown must be at least 1, was " + shown);
        }
        StringJoiner out = new StringJoiner(separator);
        int count = 0;
        for (Object item : items) {
            if (count++ == shown) {
                break;
            }
            out.add(item(String.valueOf(item)));
        }
        int more = items.size() - shown;
        return more > 0 ? out + " … and " + String.format(Locale.ROOT, "%,d", more) + " more" : out.toString();
    }

    private static String item(String item) {
        if (item.length() <= MAX_ITEM_LENGTH) {
            return item;
        }
        int end = MAX_ITEM_LENGTH;
        if (Character.isHighSurrogate(item.charAt(end - 1))) {
            end--;
        }
        return item.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", item.length()) + " characters)";
    }
}
