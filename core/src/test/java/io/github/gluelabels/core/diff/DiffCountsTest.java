package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DiffCounts: identical only when no set and no record differs, whatever the sides hold")
class DiffCountsTest {

    @Test
    @DisplayName("sides of the same labels are identical, however many they hold")
    void sameLabels() {
        assertThat(new DiffCounts(0, 0, 0, 0, 0, 0, 7, 7, 2, 2).identical()).isTrue();
        assertThat(new DiffCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).identical()).isTrue();
    }

    @Test
    @DisplayName("any one difference alone makes the sides differ")
    void eachDifferenceAlone() {
        for (int which = 0; which < 6; which++) {
            long[] c = new long[6];
            c[which] = 1;
            DiffCounts counts = new DiffCounts(c[0], c[1], c[2], c[3], c[4], c[5], 7, 7, 2, 2);

            assertThat(counts.identical()).as("%s", counts).isFalse();
        }
    }
}
