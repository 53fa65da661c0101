package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LabelDiff.Builder")
class LabelDiffBuilderTest {

    @Test
    @DisplayName("refuses an empty primary key, saying it is empty")
    void emptyPrimaryKey() {
        assertThatThrownBy(() -> LabelDiff.builder().primaryKey(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the primary key must be a column of the source table, not empty");
    }

    @Test
    @DisplayName("refuses labeling_set_id and label as the primary key, naming the column")
    void leadingColumns() {
        assertThatThrownBy(() -> LabelDiff.builder().primaryKey("labeling_set_id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the primary key must be a column of the source table, not labeling_set_id");
        assertThatThrownBy(() -> LabelDiff.builder().primaryKey("label"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the primary key must be a column of the source table, not label");
    }

    @Test
    @DisplayName("takes any other column, and null for none")
    void takesColumns() {
        LabelDiff.Builder builder = LabelDiff.builder();
        assertThat(builder.primaryKey("id")).isSameAs(builder);
        assertThat(builder.primaryKey("labels")).isSameAs(builder);
        assertThat(builder.primaryKey(" ")).isSameAs(builder);
        assertThat(builder.primaryKey(null)).isSameAs(builder);
    }

    @Test
    @DisplayName("takes 0 examples or more, and refuses fewer with the number given")
    void examples() {
        LabelDiff.Builder builder = LabelDiff.builder();
        assertThat(builder.examples(0)).isSameAs(builder);
        assertThat(builder.examples(1)).isSameAs(builder);
        assertThatThrownBy(() -> LabelDiff.builder().examples(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examples must be 0 or more, was -1");
    }

    @Test
    @DisplayName("takes a memory budget of 1 byte or more, and refuses less with the number given")
    void memoryBudget() {
        LabelDiff.Builder builder = LabelDiff.builder();
        assertThat(builder.memoryBudget(1)).isSameAs(builder);
        assertThatThrownBy(() -> LabelDiff.builder().memoryBudget(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryBudget must be at least 1 byte, was 0");
        assertThatThrownBy(() -> LabelDiff.builder().memoryBudget(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memoryBudget must be at least 1 byte, was -5");
    }
}
