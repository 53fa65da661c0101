package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a JSON 1.1 answer is written: members in order, nulls left out, strings of an array one after another. */
class JsonOutTest {

    private static String json(JsonOut out) {
        return new String(out.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void leavesOutNullMembersOfEveryKind() {
        JsonOut out = new JsonOut()
                .string("S", null)
                .number("N", null)
                .bool("B", null)
                .timestamp("T", null)
                .bool("Kept", false);
        assertThat(json(out)).isEqualTo("{\"Kept\":false}");
    }

    @Test
    void writesTheStringsOfAnArrayInOrder() {
        JsonOut out = new JsonOut()
                .startArray("Names")
                .value("a")
                .value("b")
                .endArray()
                .string("After", "c");
        assertThat(json(out)).isEqualTo("{\"Names\":[\"a\",\"b\"],\"After\":\"c\"}");
    }
}
