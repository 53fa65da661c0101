package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.diff.DiffSink.SetStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tally")
class TallyTest {

    @Test
    @DisplayName("counts every set, but keeps only as many examples of each kind of change as asked")
    void setExamples() {
        Tally tally = new Tally(List.of("id"), 2);
        for (String set : List.of("a1", "a2", "a3")) {
            tally.set(set, SetStatus.ADDED);
        }
        tally.set("r1", SetStatus.REMOVED);
        tally.set("r2", SetStatus.REMOVED);
        tally.set("c1", SetStatus.CHANGED);

        assertThat(tally.setExamples(SetStatus.ADDED)).containsExactly("a1", "a2");
        assertThat(tally.setExamples(SetStatus.REMOVED)).containsExactly("r1", "r2");
        assertThat(tally.setExamples(SetStatus.CHANGED)).containsExactly("c1");
        assertThat(tally.counts(0, 0)).isEqualTo(new DiffCounts(3, 2, 1, 0, 0, 0, 0, 0, 3, 4));
    }

    @Test
    @DisplayName("keeps no unchanged set: they are counted, not changes")
    void unchangedNotKept() {
        Tally tally = new Tally(List.of("id"), 2);
        tally.set("u1", SetStatus.UNCHANGED);
        tally.set("u2", SetStatus.UNCHANGED);

        assertThat(tally.setExamples(SetStatus.UNCHANGED)).isEmpty();
        assertThat(tally.counts(5, 5)).isEqualTo(new DiffCounts(0, 0, 0, 0, 0, 0, 5, 5, 2, 2));
    }

    @Test
    @DisplayName("keeps no example when asked for none")
    void none() {
        Tally tally = new Tally(List.of("id"), 0);
        tally.set("a1", SetStatus.ADDED);
        tally.recordAdded("a1", new String[] {"1"}, "A");

        assertThat(tally.setExamples(SetStatus.ADDED)).isEmpty();
        assertThat(tally.recordExamples(RecordChange.Kind.ADDED)).isEmpty();
        assertThat(tally.counts(0, 1)).isEqualTo(new DiffCounts(1, 0, 0, 1, 0, 0, 0, 1, 0, 1));
    }
}
