package io.github.gluelabels.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Short lists for log lines")
class ShortListTest {

    @Test
    @DisplayName("a list no longer than the limit is shown whole")
    void shortListWhole() {
        assertThat(ShortList.of(List.of("a", "b", "c"))).isEqualTo("a, b, c");
        assertThat(ShortList.of(List.of())).isEmpty();
        assertThat(ShortList.of(List.of("a", "b", "c"), ", ", 3)).isEqualTo("a, b, c");
    }

    @Test
    @DisplayName("a longer list shows its first items and counts the rest")
    void longListCounted() {
        List<String> columns =
                IntStream.range(0, 100_000).mapToObj(i -> "c" + i).toList();

        assertThat(ShortList.of(columns, ", ", 3)).isEqualTo("c0, c1, c2 … and 99,997 more");
        assertThat(ShortList.of(columns)).isEqualTo("c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 … and 99,990 more");
    }

    @Test
    @DisplayName("a long item is cut and its length given, never inside a surrogate pair")
    void longItemCut() {
        String item = "x".repeat(99) + "😀" + "y".repeat(500);

        assertThat(ShortList.of(List.of(item))).isEqualTo("x".repeat(99) + "… (601 characters)");
    }

    @Test
    @DisplayName("an item of exactly the limit is shown whole; one character more is cut at the limit")
    void itemAtTheLimit() {
        String atLimit = "x".repeat(ShortList.MAX_ITEM_LENGTH);
        String over = "y".repeat(ShortList.MAX_ITEM_LENGTH + 50);

        assertThat(ShortList.of(List.of(atLimit))).isEqualTo(atLimit);
        assertThat(ShortList.of(List.of(over))).isEqualTo("y".repeat(100) + "… (150 characters)");
    }

    @Test
    @DisplayName("shows at least one item, and one is allowed")
    void atLeastOne() {
        assertThatThrownBy(() -> ShortList.of(List.of("a"), ", ", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shown must be at least 1, was 0");
        assertThat(ShortList.of(List.of("a", "b", "c"), "; ", 1)).isEqualTo("a … and 2 more");
    }
}
