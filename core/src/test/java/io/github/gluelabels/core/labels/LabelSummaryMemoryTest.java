package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.OpenHandles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LabelSummaryBuilder keeps its memory within a budget, writing sets to a temporary file past it")
class LabelSummaryMemoryTest {

    private static final List<String> COLUMNS = List.of("labeling_set_id", "label");
    private static final long BUDGET = 256 * 1024;

    /**
     * 300,000 rows in 100,000 sets, each set's rows far apart (so that a set is written out with some of its labels and
     * comes back with others), three labels shared by all and one set in 50 with a label of its own.
     */
    private static void addRows(LabelSummaryBuilder builder, Runnable afterEachRow) {
        for (int round = 0; round < 3; round++) {
            for (int set = 0; set < 100_000; set++) {
                String label;
                if (round == 2 && set % 50 == 0) {
                    label = "own-" + set; // a label no other set has
                } else if (set % 4 == 0) {
                    label = "A"; // the same label every round
                } else {
                    label = String.valueOf((char) ('A' + (set + round) % 3)); // another label every round
                }
                builder.add("set-" + set, label);
                afterEachRow.run();
            }
        }
    }

    @Test
    @DisplayName("past the budget: never more memory than the budget after a row, and the same counts as without one")
    void staysWithinBudget() {
        try (LabelSummaryBuilder bounded = new LabelSummaryBuilder(BUDGET).columns("f.csv", COLUMNS);
                LabelSummaryBuilder unbounded = new LabelSummaryBuilder(Long.MAX_VALUE).columns("f.csv", COLUMNS)) {
            long[] most = {0};
            addRows(bounded, () -> most[0] = Math.max(most[0], bounded.memory()));
            addRows(unbounded, () -> {});

            assertThat(most[0]).isLessThanOrEqualTo(BUDGET);
            assertThat(unbounded.memory()).isGreaterThan(4 * BUDGET);
            assertThat(bounded.spills()).isGreaterThan(3);
            assertThat(unbounded.spills()).isZero();
            LabelSummary summary = bounded.build();
            assertThat(summary).isEqualTo(unbounded.build());
            // counted back a 256th at a time: some 390 sets each, far below the budget
            assertThat(bounded.largestPartition()).isPositive().isLessThan(BUDGET / 8);
            assertThat(summary.rows()).isEqualTo(300_000);
            assertThat(summary.labelingSets()).isEqualTo(100_000);
            // set % 4 == 0: A every round (1 label), or A and its own (2) when set % 100 == 0; the others: 3 labels
            assertThat(summary.setsByDistinctLabels())
                    .containsExactly(Map.entry(1, 24_000L), Map.entry(2, 1_000L), Map.entry(3, 75_000L));
        }
    }

    @Test
    @DisplayName("a builder that wrote sets out adds into another, which counts each set once")
    void addsAWrittenOutBuilder() {
        try (LabelSummaryBuilder first = new LabelSummaryBuilder(BUDGET).columns("a.csv", COLUMNS);
                LabelSummaryBuilder second = new LabelSummaryBuilder(BUDGET).columns("b.csv", COLUMNS);
                LabelSummaryBuilder whole = new LabelSummaryBuilder(Long.MAX_VALUE).columns("a.csv", COLUMNS)) {
            addRows(first, () -> {});
            addRows(second, () -> {});
            addRows(whole, () -> {});
            addRows(whole, () -> {});

            assertThat(first.spills()).isPositive();
            first.addAll(second);

            assertThat(first.build()).isEqualTo(whole.build());
        }
    }

    @Test
    @DisplayName("the temporary file has no name in the temporary folder, and closing the builder frees it (Linux)")
    void temporaryFileIsFreedOnClose() throws IOException {
        LabelSummaryBuilder builder = new LabelSummaryBuilder(BUDGET).columns("f.csv", COLUMNS);
        Set<String> before = openSpillFiles();

        addRows(builder, () -> {});
        assertThat(builder.spills()).isPositive();
        // the spill files this builder opened (core's tests run one at a time: no other builder spills meanwhile);
        // judged by their own paths only, never by what else is in the shared temporary folder
        Set<String> ours = new HashSet<>(openSpillFiles());
        ours.removeAll(before);
        assertThat(ours).singleElement().asString().endsWith(" (deleted)");
        Path ourFile = Path.of(ours.iterator().next().replace(" (deleted)", ""));
        assertThat(ourFile.getFileName().toString()).startsWith("glue-labels-summary-");
        assertThat(ourFile).doesNotExist();

        builder.close();
        assertThat(openSpillFiles()).doesNotContainAnyElementsOf(ours);
    }

    @Test
    @DisplayName("a closed builder neither counts nor builds; a builder cannot add itself; a budget is at least 1 byte")
    void misuse() {
        LabelSummaryBuilder builder = new LabelSummaryBuilder().columns("f.csv", COLUMNS);
        assertThatThrownBy(() -> builder.addAll(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a LabelSummaryBuilder cannot add itself");
        builder.close();
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this LabelSummaryBuilder is closed");
        assertThatThrownBy(() -> builder.add("s1", "A")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new LabelSummaryBuilder().addAll(builder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the LabelSummaryBuilder to add is closed");
        assertThatThrownBy(() -> new LabelSummaryBuilder(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryBudget must be at least 1 byte, got 0");
    }

    @Test
    @DisplayName("a temporary folder that cannot be written to is named, with what to do")
    void unwritableFolder(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> SpillFile.create(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(
                        "Cannot write the labeling sets that do not fit in memory to a temporary file in " + missing)
                .hasMessageContaining("Set java.io.tmpdir to a folder with free space that you can write to.");
    }

    /** The targets of this process's open files that are glue-labels spill files ("… (deleted)" once deleted). */
    static Set<String> openSpillFiles() throws IOException {
        return OpenHandles.targets().stream()
                .filter(target -> target.contains("glue-labels-summary-"))
                .collect(Collectors.toSet());
    }
}
