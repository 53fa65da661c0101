package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bounds of a wait: what is refused, and what is raised to fit. */
class WaitOptionsTest {

    private static final WaitOptions DEFAULTS = WaitOptions.defaults();

    @Test
    void aNegativeTimeoutIsRefusedAndZeroIsTaken() {
        assertThatThrownBy(() -> DEFAULTS.withTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must not be negative, was PT-1S");
        assertThat(DEFAULTS.withTimeout(Duration.ZERO).timeout()).isEqualTo(Duration.ZERO);
    }

    @Test
    void thePollIntervalMustBePositive() {
        assertThatThrownBy(() -> DEFAULTS.withPollInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollInterval must be positive, was PT0S");
        assertThatThrownBy(() -> DEFAULTS.withPollInterval(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollInterval must be positive, was PT-0.001S");
        assertThat(DEFAULTS.withPollInterval(Duration.ofMillis(1)).pollInterval())
                .isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aLongestPollIntervalBelowTheFirstIsRaisedToIt() {
        WaitOptions options = DEFAULTS.withMaxPollInterval(Duration.ofSeconds(1));

        assertThat(options.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.maxPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(DEFAULTS.withMaxPollInterval(Duration.ofSeconds(3)).maxPollInterval())
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theUnreachableBoundsHaveTheirMinimum() {
        assertThatThrownBy(() -> DEFAULTS.withMaxUnreachable(0, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxUnreachableReads must be at least 1, was 0");
        assertThatThrownBy(() -> DEFAULTS.withMaxUnreachable(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxUnreachableTime must not be negative, was PT-1S");
        WaitOptions least = DEFAULTS.withMaxUnreachable(1, Duration.ZERO);
        assertThat(least.maxUnreachableReads()).isEqualTo(1);
        assertThat(least.maxUnreachableTime()).isEqualTo(Duration.ZERO);
    }

    @Test
    void theIntervalGrowsByHalfUpToTheLongest() {
        assertThat(DEFAULTS.next(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(3));
        assertThat(DEFAULTS.next(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.next(Duration.ofSeconds(21))).isEqualTo(Duration.ofSeconds(30));
    }
}
