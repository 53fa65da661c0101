package io.github.gluelabels.fake.internal.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code Content.limit}: the stream of a byte range ends after its length, whichever way it is read, skipped or asked
 * what is available, so that a ranged GET never sends a byte past its range. The bytes include a 0, which a read
 * returns as 0, not as the end.
 */
class ContentLimitTest {

    private static final byte[] BYTES = {'a', 0, 'c', 'd', 'e', 'f', 'g', 'h'};

    private static InputStream firstFour() {
        return Content.limit(new ByteArrayInputStream(BYTES), 4);
    }

    @Test
    void readOneByOneEndsAfterTheLength() throws IOException {
        InputStream in = firstFour();

        assertThat(in.available()).isEqualTo(4);
        assertThat(new int[] {in.read(), in.read(), in.read(), in.read(), in.read()})
                .containsExactly('a', 0, 'c', 'd', -1);
        assertThat(in.available()).isZero();
    }

    @Test
    void readInBlocksEndsAfterTheLength() throws IOException {
        InputStream in = firstFour();
        byte[] buffer = new byte[10];

        assertThat(in.read(buffer, 0, 3)).isEqualTo(3);
        assertThat(in.available()).isEqualTo(1);
        assertThat(in.read(buffer, 3, 7)).isEqualTo(1);
        assertThat(in.read(buffer, 4, 6)).isEqualTo(-1);
        assertThat(buffer).startsWith('a', 0, 'c', 'd', 0);
    }

    @Test
    void skipCountsAgainstTheLength() throws IOException {
        InputStream in = firstFour();

        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.available()).isEqualTo(2);
        assertThat(in.readAllBytes()).containsExactly('c', 'd');

        InputStream past = firstFour();
        assertThat(past.skip(100)).isEqualTo(4);
        assertThat(past.read()).isEqualTo(-1);
    }

    @Test
    void aShorterStreamEndsWhereItEnds() throws IOException {
        InputStream in = Content.limit(new ByteArrayInputStream(BYTES, 0, 2), 4);

        assertThat(in.available()).isEqualTo(2);
        assertThat(in.readAllBytes()).containsExactly('a', 0);
        assertThat(in.read()).isEqualTo(-1);
    }
}
