package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LabelRecord}'s constructor refuses what its Javadoc says it refuses, with the value it saw, and no more. */
class LabelRecordTest {

    @Test
    void takesLineOneAndTheFirstTwoValuesAsSetIdAndLabel() {
        List<String> values = new ArrayList<>(List.of("s1", "l1", "x"));
        LabelRecord record = new LabelRecord(1, "s1", "l1", values, "s1,l1,x\n");
        values.set(2, "changed");
        assertThat(record.line()).isEqualTo(1);
        assertThat(record.values()).containsExactly("s1", "l1", "x");
        assertThat(new LabelRecord(7, "s1", "l1", List.of("s1", "l1"), "s1,l1").values())
                .containsExactly("s1", "l1");
    }

    @Test
    void refusesALineBelowOne() {
        assertThatThrownBy(() -> new LabelRecord(0, "s1", "l1", List.of("s1", "l1"), "s1,l1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line is 1-based, was 0");
    }

    @Test
    void refusesValuesThatDoNotStartWithTheSetIdAndTheLabel() {
        assertThatThrownBy(() -> new LabelRecord(1, "s1", "l1", List.of("s1"), "s1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must start with the labeling set id and the label, were [s1]");
        assertThatThrownBy(() -> new LabelRecord(1, "s1", "l1", List.of("s2", "l1"), "s2,l1"))
                .hasMessage("values must start with the labeling set id and the label, were [s2, l1]");
        assertThatThrownBy(() -> new LabelRecord(1, "s1", "l1", List.of("s1", "l2"), "s1,l2"))
                .hasMessage("values must start with the labeling set id and the label, were [s1, l2]");
    }
}
