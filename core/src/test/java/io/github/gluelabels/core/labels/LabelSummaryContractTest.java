package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The public contract of {@link LabelSummaryBuilder} and {@link LabelSummary} as a caller uses it: the builder's
 * methods chain (each returns the builder itself), its budget's lower edge, and the summary's refusals of counts that
 * do not add up, word for word.
 */
class LabelSummaryContractTest {

    private static final List<String> COLUMNS = List.of("labeling_set_id", "label", "name");

    @Test
    void everyAddReturnsTheBuilderSoThatCallsChain() {
        try (LabelSummaryBuilder other = new LabelSummaryBuilder()) {
            other.columns("b.csv", COLUMNS).add("s2", "X");
            try (LabelSummaryBuilder builder = new LabelSummaryBuilder()) {
                LabelSummary summary = builder.columns("a.csv", COLUMNS)
                        .add(new LabelRecord(2, "s1", "A", List.of("s1", "A", "x"), "s1,A,x\n"))
                        .add("s1", "B")
                        .addAll(other)
                        .build();

                assertThat(summary.rows()).isEqualTo(3);
                assertThat(summary.labelingSets()).isEqualTo(2);
                assertThat(summary.setsByDistinctLabels())
                        .containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 1L, 2, 1L)));
            }
        }
    }

    @Test
    void addingABuilderWithoutColumnsKeepsTheColumnsDeclared() {
        try (LabelSummaryBuilder builder = new LabelSummaryBuilder();
                LabelSummaryBuilder empty = new LabelSummaryBuilder()) {
            LabelSummary summary =
                    builder.columns("a.csv", COLUMNS).addAll(empty).build();
            assertThat(summary.columns()).isEqualTo(COLUMNS);
            assertThat(summary.rows()).isZero();
        }
    }

    @Test
    void takesABudgetOfOneByteAndRefusesZero() {
        try (LabelSummaryBuilder builder = new LabelSummaryBuilder(1)) {
            LabelSummary summary = builder.columns("a.csv", COLUMNS)
                    .add("s1", "A")
                    .add("s2", "A")
                    .add("s2", "B")
                    .build();
            assertThat(builder.spills()).isGreaterThan(0);
            assertThat(summary.setsByDistinctLabels()).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 1L, 2, 1L)));
        }
        assertThatThrownBy(() -> new LabelSummaryBuilder(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryBudget must be at least 1 byte, got 0");
    }

    @Test
    void refusesToAddAClosedBuilderOrItself() {
        try (LabelSummaryBuilder builder = new LabelSummaryBuilder()) {
            LabelSummaryBuilder closed = new LabelSummaryBuilder();
            closed.columns("b.csv", COLUMNS).add("s1", "A");
            closed.close();
            assertThatThrownBy(() -> builder.addAll(closed))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the LabelSummaryBuilder to add is closed");
            assertThatThrownBy(() -> builder.addAll(builder))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a LabelSummaryBuilder cannot add itself");
            assertThat(builder.build().rows()).isZero();
        }
    }

    @Test
    void aSummaryRefusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new LabelSummary(-1, 0, COLUMNS, sorted(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a summary needs 0 <= labelingSets <= rows, got 0 labeling sets and -1 rows");
        assertThatThrownBy(() -> new LabelSummary(1, -1, COLUMNS, sorted(Map.of())))
                .hasMessage("a summary needs 0 <= labelingSets <= rows, got -1 labeling sets and 1 rows");
        assertThatThrownBy(() -> new LabelSummary(1, 2, COLUMNS, sorted(Map.of(1, 2L))))
                .hasMessage("a summary needs 0 <= labelingSets <= rows, got 2 labeling sets and 1 rows");
        assertThatThrownBy(() -> new LabelSummary(3, 2, COLUMNS, sorted(Map.of(1, 1L))))
                .hasMessage("setsByDistinctLabels counts 1 labeling sets, not 2: {1=1}");
        assertThat(new LabelSummary(2, 2, COLUMNS, sorted(Map.of(1, 2L))).labelingSets())
                .isEqualTo(2);
        assertThat(new LabelSummary(0, 0, COLUMNS, sorted(Map.of())).rows()).isZero();
    }

    private static SortedMap<Integer, Long> sorted(Map<Integer, Long> map) {
        return new TreeMap<>(map);
    }
}
