package io.github.gluelabels.fake.internal.s3;

/**
 * The bytes of an object a GetObject asks for with its {@code Range} header, as S3 reads it: the first range of
 * {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffixLength}; a range S3 cannot parse is ignored
 * (the whole object, 200), and so is one whose last byte is before its first ({@code bytes=5-3}: syntactically
 * invalid, RFC 7233 section 2.1, which S3 ignores, as noobaa/noobaa-core issue 9889 shows against AWS); a range that
 * starts past the end is {@code InvalidRange} (416).
 *
 * @param start the first byte
 * @param end the last byte (inclusive); {@code start - 1} for an empty object
 * @param partial whether the answer is 206 Partial Content
 */
record ByteRange(long start, long end, boolean partial) {

    private static final String UNIT = "bytes=";

    /**
     * @param header the {@code Range} header, or {@code null}
     * @param size the object's size
     * @return the bytes to send
     * @throws S3Error {@code InvalidRange} when the range is not satisfiable
     */
    static ByteRange of(String header, long size) {
        ByteRange whole = new ByteRange(0, size - 1, false);
        if (header == null || !header.startsWith(UNIT)) {
            return whole;
        }
        String spec = header.substring(UNIT.length()).split(",", -1)[0].trim();
        int dash = spec.indexOf('-');
        if (dash < 0 || spec.length() == 1) {
            // no dash, or nothing but one: not a range S3 can parse, so it sends the whole object
            return whole;
        }
        long start = 0;
        long end = size - 1;
        try {
            if (dash == 0) {
                start = Math.max(0, size - Long.parseLong(spec.substring(1)));
            } else {
                start = Long.parseLong(spec.substring(0, dash));
                if (dash < spec.length() - 1) {
                    long last = Long.parseLong(spec.substring(dash + 1));
                    if (last < start) {
                        // syntactically invalid: ignored, the whole object sent
                        return whole;
                    }
                    end = Math.min(end, last);
                }
            }
        } catch (NumberFormatException e) {
            // S3 ignores a range it cannot parse and sends the whole object
            return whole;
        }
        if (start >= size) {
            throw new S3Error(416, "InvalidRange", "The requested range is not satisfiable", "RangeRequested", header);
        }
        return new ByteRange(start, end, true);
    }

    /** @return how many bytes are sent */
    long length() {
        return Math.max(0, end - start + 1);
    }

    /** @return the {@code Content-Range} header of a partial answer */
    String contentRange(long size) {
        return "bytes " + start + "-" + end + "/" + size;
    }
}
