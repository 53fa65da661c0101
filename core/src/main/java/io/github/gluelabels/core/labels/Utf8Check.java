package io.github.gluelabels.core.labels;

/**
 * Checks bytes as UTF-8, one at a time, as they stream past: the well-formed sequences of the Unicode standard's table
 * 3-7, so no overlong form, no surrogate, nothing above U+10FFFF. Bytes below 0x80 are the caller's to skip when no
 * sequence is open (they are always valid then). Not thread-safe.
 */
final class Utf8Check {

    /** Continuation bytes still expected. */
    private int needed;
    /** The range the next continuation byte must fall in. */
    private int lower = 0x80;

    private int upper = 0xBF;

    /** @return whether a multi-byte sequence is open: the next byte must continue it */
    boolean open() {
        return needed > 0;
    }

    /**
     * @param b the next byte, 0 to 255: a continuation byte while a sequence is open, else the first byte of one
     * @return whether it is valid where it stands
     */
    boolean accept(int b) {
        if (needed > 0) {
            if (b < lower || b > upper) {
                return false;
            }
            needed--;
            lower = 0x80;
            upper = 0xBF;
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b == 0xE0) {
            needed = 2;
            lower = 0xA0;
        } else if (b >= 0xE1 && b <= 0xEF) {
            needed = 2;
            if (b == 0xED) {
                upper = 0x9F; // no surrogates
            }
        } else if (b == 0xF0) {
            needed = 3;
            lower = 0x90;
        } else if (b >= 0xF1 && b <= 0xF4) {
            needed = 3;
            if (b == 0xF4) {
                upper = 0x8F; // nothing above U+10FFFF
            }
        } else {
            return false;
        }
        return true;
    }
}
