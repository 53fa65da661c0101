package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The memory {@link LabelSummaryBuilder} counts, and when it writes its sets out: exactly past its budget. */
class LabelSummaryBuilderBudgetTest {

    @Test
    void aLabelCountsAHundredBytesAndItsCharacters() {
        try (LabelSummaryBuilder shortLabel = new LabelSummaryBuilder(Long.MAX_VALUE);
                LabelSummaryBuilder longLabel = new LabelSummaryBuilder(Long.MAX_VALUE)) {
            shortLabel.add("s1", "A");
            longLabel.add("s1", "ABCDE");

            assertThat(longLabel.memory() - shortLabel.memory()).isEqualTo(4);
            assertThat(shortLabel.memory()).isEqualTo(new SetTable().memory() + 100 + 1);
        }
    }

    @Test
    void writesTheSetsOutOnlyOnceTheyTakeMoreThanTheBudget() {
        long atOneRecord;
        try (LabelSummaryBuilder unbounded = new LabelSummaryBuilder(Long.MAX_VALUE)) {
            atOneRecord = unbounded.add("s1", "A").memory();
        }
        try (LabelSummaryBuilder exact = new LabelSummaryBuilder(atOneRecord);
                LabelSummaryBuilder under = new LabelSummaryBuilder(atOneRecord - 1)) {
            exact.add("s1", "A");
            under.add("s1", "A");

            assertThat(exact.spills()).isZero();
            assertThat(under.spills()).isEqualTo(1);
            assertThat(under.memory()).isEqualTo(new SetTable().memory());
        }
    }

    @Test
    void buildWritesNothingMoreWhenTheLastRecordWasWrittenOut() {
        try (LabelSummaryBuilder builder = new LabelSummaryBuilder(1)) {
            builder.add("s1", "A").add("s1", "B");
            assertThat(builder.spills()).isEqualTo(2);

            LabelSummary summary = builder.build();

            assertThat(builder.spills()).isEqualTo(2);
            assertThat(summary.rows()).isEqualTo(2);
            assertThat(summary.labelingSets()).isEqualTo(1);
            assertThat(summary.setsByDistinctLabels()).containsExactly(entry(2, 1L));
        }
    }

    @Test
    void numbersTheLabelsAfreshOnceTheSetsAreWrittenOut() {
        long budget;
        long twoLabels;
        try (LabelSummaryBuilder unbounded = new LabelSummaryBuilder(Long.MAX_VALUE);
                LabelSummaryBuilder fresh = new LabelSummaryBuilder(Long.MAX_VALUE)) {
            for (int i = 0; i < 64; i++) {
                unbounded.add("s1", "L" + i);
            }
            budget = unbounded.memory() - 1;
            twoLabels = fresh.add("t1", "X").add("t1", "Y").memory();
        }
        try (LabelSummaryBuilder builder = new LabelSummaryBuilder(budget)) {
            for (int i = 0; i < 64; i++) {
                builder.add("s1", "L" + i);
            }
            assertThat(builder.spills()).as("written out at the 64th label").isEqualTo(1);

            builder.add("t1", "X").add("t1", "Y");

            assertThat(builder.memory())
                    .as("X and Y are labels 0 and 1 again, kept in the set's bits")
                    .isEqualTo(twoLabels);
        }
    }
}
