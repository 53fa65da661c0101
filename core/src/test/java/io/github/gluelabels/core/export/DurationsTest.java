package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Durations.describe: a duration as people write it")
class DurationsTest {

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
