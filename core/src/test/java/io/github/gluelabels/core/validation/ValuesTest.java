package io.github.gluelabels.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void quotesPlainValues() {
        assertThat(Values.describe("tfm-1")).isEqualTo("\"tfm-1\"");
        assertThat(Values.describe(null)).isEqualTo("null");
    }

    @Test
    void makesControlCharactersVisible() {
        assertThat(Values.describe("a\tb\nc\rd\u0000e\u007F\"\\"))
                .isEqualTo("\"a\\tb\\nc\\rd\\u0000e\\u007F\\\"\\\\\"");
    }

    @Test
    void makesUnpairedSurrogatesVisibleAndKeepsPairs() {
        assertThat(Values.describe("😀\uD800")).isEqualTo("\"😀\\uD800\"");
    }

    @Test
    void shortensLongValuesAndSaysHowLong() {
        String shown = Values.describe("x".repeat(300));
        assertThat(shown).isEqualTo("\"" + "x".repeat(Values.MAX_SHOWN) + "…\" (300 characters)");
    }

    @Test
    void neverCutsAnAstralCharacterInHalf() {
        String shown = Values.describe("😀".repeat(100));
        assertThat(shown).startsWith("\"" + "😀".repeat(Values.MAX_SHOWN) + "…");
    }
}
