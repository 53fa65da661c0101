package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A size in bytes, as configured")
class ByteSizeParameterTest {

    @ParameterizedTest(name = "{0} is {1} bytes")
    @CsvSource({
        "1000000, 1000000",
        "50GiB, 53687091200",
        "50g, 53687091200",
        "500MB, 500000000",
        "2 kib, 2048",
        "3kB, 3000",
        "1T, 1099511627776",
        "7b, 7",
        " 12 MiB , 12582912",
        "2gb, 2000000000",
        "2 tb, 2000000000000",
        "2mib, 2097152",
        "2k, 2048"
    })
    void read(String value, long bytes) {
        assertThat(ByteSizeParameter.parse(value)).contains(bytes);
    }

    @ParameterizedTest(name = "{0} is not a size")
    @ValueSource(strings = {"", "0", "0GiB", "-1", "1.5GB", "GiB", "12 apples", "9999999999999999999", "9999999999TiB"})
    void refused(String value) {
        assertThat(ByteSizeParameter.parse(value)).isEmpty();
    }

    @Test
    @DisplayName("no value is no size")
    void nothing() {
        assertThat(ByteSizeParameter.parse(null)).isEmpty();
    }
}
