package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Durations.describe: a duration as people write it")
class DurationsTest {

    @ParameterizedTest(name = "{0} ms is \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "0         | 0 ms",
                "850       | 850 ms",
                "999       | 999 ms",
                "1000      | 1 s",
                "1001      | 1.0 s",
                "1500      | 1.5 s",
                "2000      | 2 s",
                "9000      | 9 s",
                "9900      | 9.9 s",
                "10000     | 10 s",
                "10500     | 10 s",
                "12300     | 12 s",
                "59999     | 59 s",
                "60000     | 1 min 00 s",
                "60999     | 1 min 00 s",
                "245000    | 4 min 05 s",
                "3599999   | 59 min 59 s",
                "3600000   | 1 h 00 min",
                "3723000   | 1 h 02 min",
                "7199999   | 1 h 59 min",
                "7200000   | 2 h 00 min",
                "90061000  | 25 h 01 min"
            })
    void describes(long millis, String expected) {
        assertThat(Durations.describe(Duration.ofMillis(millis))).isEqualTo(expected);
    }

    @Test
    @DisplayName("below a millisecond is 0 ms")
    void belowAMillisecond() {
        assertThat(Durations.describe(Duration.ofNanos(999_999))).isEqualTo("0 ms");
    }

    @Test
    @DisplayName("writes the same words whatever the default locale: a point before the tenths, ASCII digits")
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Durations.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(Durations.describe(Duration.ofSeconds(245))).isEqualTo("4 min 05 s");
            assertThat(Durations.describe(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
        } finally {
            Locale.setDefault(before);
        }
    }
}
