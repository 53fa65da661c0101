package io.github.gluelabels.fake.internal.s3;

import java.util.Comparator;

/**
 * The order S3 lists keys in: the order of their UTF-8 bytes, which is the order of code points. Java's own
 * {@code String} order (of UTF-16 chars) differs only for chars from U+D800 on, so a bucket keeps its keys by a
 * {@linkplain #sortKey sort key} whose {@code String} order is S3's.
 */
final class KeyOrder {

    /** S3 lists keys in the order of their UTF-8 bytes. */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        // the order of code points, which for UTF-8 is the order of bytes; equal chars are equal code points, so only
        // the first difference needs a closer look
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    private KeyOrder() {}

    /**
     * A key whose natural ({@code String.compareTo}) order is {@link #KEY_ORDER}: the key itself when it has no char
     * from U+D800 on (nearly every key); otherwise a copy in which surrogates move above U+E000–U+FFFF, where code points
     * above U+FFFF sort, and U+E000–U+FFFF move down into their place. Char by char, so prefixes stay prefixes.
     *
     * @param key an object key
     * @return its sort key
     */
    static String sortKey(String key) {
        int i = 0;
        int n = key.length();
        while (i < n && key.charAt(i) < 0xD800) {
            i++;
        }
        if (i == n) {
            return key;
        }
        char[] chars = key.toCharArray();
        for (; i < n; i++) {
            char c = chars[i];
            if (c >= 0xE000) {
                chars[i] = (char) (c - 0x800);
            } else if (c >= 0xD800) {
                chars[i] = (char) (c + 0x2000);
            }
        }
        return new String(chars);
    }
}
