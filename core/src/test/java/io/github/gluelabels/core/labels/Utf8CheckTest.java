package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Check} judges every byte where it stands as the JDK's strict UTF-8 decoder judges the sequence it starts
 * or continues: each lead byte, each second byte after each lead byte, and each third and fourth byte after the
 * lowest valid bytes before them. The edges of Unicode's table 3-7 (0xC2, 0xDF, 0xE0 with 0xA0, 0xED with 0x9F, 0xF0
 * with 0x90, 0xF4 with 0x8F, 0xBF, 0xF5) are all in these sets, so a boundary moved by one shows.
 */
class Utf8CheckTest {

    /** Refuses what is malformed; {@code decode} resets it first, and the tests run on one thread. */
    private static final CharsetDecoder STRICT = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    @Test
    void judgesEveryLeadByteAndEverySecondByteAsTheDecoderDoes() {
        List<String> disagreements = new ArrayList<>();
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                compare(new int[] {lead, second}, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void judgesEveryThirdAndFourthByteAsTheDecoderDoes() {
        List<String> disagreements = new ArrayList<>();
        for (int lead = 0xE0; lead <= 0xF4; lead++) {
            int second = lowestSecond(lead);
            for (int third = 0; third <= 0xFF; third++) {
                compare(new int[] {lead, second, third}, disagreements);
                if (lead >= 0xF0) {
                    for (int fourth = 0; fourth <= 0xFF; fourth += 0x0F) {
                        compare(new int[] {lead, second, 0x80, fourth}, disagreements);
                    }
                    compare(new int[] {lead, second, 0x80, 0xBF}, disagreements);
                    compare(new int[] {lead, second, 0x80, 0xC0}, disagreements);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void isOpenExactlyUntilTheLastContinuationByte() {
        Utf8Check check = new Utf8Check();
        assertThat(check.open()).isFalse();
        assertThat(check.accept(0xF0)).isTrue();
        assertThat(check.open()).isTrue();
        assertThat(check.accept(0x9F)).isTrue();
        assertThat(check.accept(0x98)).isTrue();
        assertThat(check.open()).isTrue();
        assertThat(check.accept(0x80)).isTrue();
        assertThat(check.open()).isFalse();
        // the ranges of the first continuation byte do not stay for the next sequence
        assertThat(check.accept(0xE1)).isTrue();
        assertThat(check.accept(0x80)).isTrue();
        assertThat(check.accept(0x80)).isTrue();
        assertThat(check.accept(0xED)).isTrue();
        assertThat(check.accept(0x9F)).isTrue();
        assertThat(check.accept(0xBF)).isTrue();
        assertThat(check.accept(0xE1)).isTrue();
        assertThat(check.accept(0xBF)).isTrue();
    }

    /** The lowest second byte that keeps a sequence of this lead byte valid. */
    private static int lowestSecond(int lead) {
        if (lead == 0xE0) {
            return 0xA0;
        }
        return lead == 0xF0 ? 0x90 : 0x80;
    }

    /**
     * Feeds the bytes one at a time and compares, for each, the check's answer with the decoder's: a byte is valid
     * when the bytes up to it decode as they are or once completed with continuation bytes.
     */
    private static void compare(int[] bytes, List<String> disagreements) {
        Utf8Check check = new Utf8Check();
        for (int n = 1; n <= bytes.length; n++) {
            int[] prefix = Arrays.copyOf(bytes, n);
            boolean accepted = check.accept(bytes[n - 1]);
            boolean expected = validPrefix(prefix);
            if (accepted != expected) {
                disagreements.add(hex(prefix) + ": check " + accepted + ", decoder " + expected);
            }
            if (!accepted) {
                return; // a refused byte ends the sequence: the scan gives up there
            }
        }
    }

    private static boolean validPrefix(int[] bytes) {
        for (int pad = 0; pad <= 3; pad++) {
            for (int firstPad : new int[] {0x80, 0x90, 0xA0}) {
                byte[] padded = new byte[bytes.length + pad];
                for (int i = 0; i < padded.length; i++) {
                    if (i < bytes.length) {
                        padded[i] = (byte) bytes[i];
                    } else {
                        padded[i] = (byte) (i == bytes.length ? firstPad : 0x80);
                    }
                }
                if (decodes(padded)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes) {
        try {
            STRICT.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hex(int[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int b : bytes) {
            text.append(String.format(Locale.ROOT, "%02X ", b));
        }
        return text.toString().trim();
    }
}
