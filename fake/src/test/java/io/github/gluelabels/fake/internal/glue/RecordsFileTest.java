package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A records file: RFC 4180 as the labeling files, its line breaks, quotes and ends")
class RecordsFileTest {

    private static InputRecords read(String text) {
        return RecordsFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "records.csv");
    }

    @Test
    void readsLfCrlfAndLoneCrAsLineBreaks() {
        InputRecords records = read("a,b\r\n1,2\r3,4\n5,6\r");

        assertThat(records.columns()).containsExactly("a", "b");
        assertThat(records.rows()).containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    }

    @Test
    void readsQuotedFieldsToTheLastByte() {
        // doubled quotes in the middle and at the end of a field, a quoted field that ends the file
        InputRecords records = read("a,b\n\"x\"\"y\",\"z\"\"\"\n\"p,\nq\",\"r\"");

        assertThat(records.rows()).containsExactly(List.of("x\"y", "z\""), List.of("p,\nq", "r"));
    }

    @Test
    void takesALastRecordWithoutALineBreak() {
        assertThat(read("a,b\n1,").rows()).containsExactly(List.of("1", ""));
        assertThat(read("a,b\n1,2").rows()).containsExactly(List.of("1", "2"));
        assertThat(read("a,b\n1,2\n").rows()).containsExactly(List.of("1", "2"));
        assertThat(read("\uFEFFa,b\n").rows()).isEmpty();
        assertThat(read("\uFEFFa,b\n").columns()).containsExactly("a", "b");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("an empty file", "", "The records file records.csv has no header naming its columns"),
                Arguments.of(
                        "a header of empty names",
                        ",\n",
                        "The records file records.csv has no header naming its columns"),
                Arguments.of(
                        "an empty line",
                        "a,b\n1,2\n\n3,4\n",
                        "Record 2 of the records file records.csv has 1 fields, its header has 2 columns"),
                Arguments.of(
                        "a quote left open",
                        "a,b\n1,\"2\n",
                        "The records file records.csv ends inside a quoted field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String what, String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xC3, '\n'};
        assertThatThrownBy(() -> RecordsFile.read(new ByteArrayInputStream(bytes), "records.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The records file records.csv is not UTF-8: ");
    }
}
