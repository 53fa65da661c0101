package io.github.gluelabels.fake;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * A stream of any length, the same for the same seed, that holds only one small block: random bytes repeated with a
 * prime period, so that no power-of-two buffer or part size lines up with it and a byte at the wrong offset shows.
 */
final class GeneratedBytes extends InputStream {

    private static final int PERIOD = 65_521;

    private final byte[] block = new byte[PERIOD];
    private long position;
    private final long length;

    GeneratedBytes(long seed, long length) {
        new SplittableRandom(seed).nextBytes(block);
        this.length = length;
    }

    @Override
    public int read() {
        return position >= length ? -1 : block[(int) (position++ % PERIOD)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int at = (int) (position % PERIOD);
        int n = (int) Math.min(Math.min(len, PERIOD - at), length - position);
        System.arraycopy(block, at, b, off, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, length - position));
        position += skipped;
        return skipped;
    }
}
