package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ColumnPlan")
class ColumnPlanTest {

    static final String TAIL = ". Without a primary key a record is identified by all its fields but labeling_set_id"
            + " and label, so records with other fields cannot be matched. Give the primary-key column both sides"
            + " have (LabelDiff.builder().primaryKey(\"…\")), or compare files with the same columns.";

    static List<String> columns(String... data) {
        List<String> columns = new java.util.ArrayList<>(List.of("labeling_set_id", "label"));
        columns.addAll(List.of(data));
        return columns;
    }

    @Test
    @DisplayName(
            "without a primary key, refuses a first side with a column the second lacks, saying the second has none")
    void onlyInFrom() {
        assertThatThrownBy(() -> ColumnPlan.of("a.csv", columns("id", "name"), "b.csv", columns("id"), null))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage(
                        "The two sides have different columns: only a.csv has \"name\"; only b.csv has none" + TAIL);
    }

    @Test
    @DisplayName("without a primary key, refuses a second side with columns the first lacks, naming them")
    void onlyInTo() {
        assertThatThrownBy(() -> ColumnPlan.of("a.csv", columns("id"), "b.csv", columns("mail", "id", "phone"), null))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("The two sides have different columns: only a.csv has none; only b.csv has \"mail\","
                        + " \"phone\"" + TAIL);
    }

    @Test
    @DisplayName("matches the same columns in another order by name")
    void reordered() {
        ColumnPlan plan =
                ColumnPlan.of("a.csv", columns("id", "name", "age"), "b.csv", columns("age", "id", "name"), null);

        assertThat(plan.keyColumns()).containsExactly("id", "name", "age");
        assertThat(plan.fromKey()).containsExactly(2, 3, 4);
        assertThat(plan.toKey()).containsExactly(3, 4, 2);
        assertThat(plan.onlyInFrom()).isEmpty();
        assertThat(plan.onlyInTo()).isEmpty();
    }

    @Test
    @DisplayName("refuses the same columns in another order when the first side repeats one, naming side and column")
    void reorderedRepeatedInFrom() {
        assertThatThrownBy(() -> ColumnPlan.of(
                        "a.csv", columns("id", "name", "name"), "b.csv", columns("name", "id", "name"), null))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("The two sides have the same columns in another order, but a.csv has the column"
                        + " \"name\" more than once, so columns cannot be matched by name. Give a primary-key column"
                        + " (LabelDiff.builder().primaryKey(\"…\")).");
    }

    @Test
    @DisplayName("refuses the same columns in another order when the second side repeats one, naming side and column")
    void reorderedRepeatedInTo() {
        assertThatThrownBy(() ->
                        ColumnPlan.of("a.csv", columns("id", "name"), "b.csv", columns("name", "id", "name"), null))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("The two sides have the same columns in another order, but b.csv has the column"
                        + " \"name\" more than once, so columns cannot be matched by name. Give a primary-key column"
                        + " (LabelDiff.builder().primaryKey(\"…\")).");
    }

    @Test
    @DisplayName("refuses a primary key a side has twice, naming the side and its columns")
    void primaryKeyTwice() {
        assertThatThrownBy(() -> ColumnPlan.of("a.csv", columns("id"), "b.csv", columns("id", "name", "id"), "id"))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("b.csv has the primary-key column \"id\" more than once (its columns:"
                        + " labeling_set_id,label,id,name,id), so which field identifies a record is not clear.");
    }

    @Test
    @DisplayName("with a primary key, finds it on each side and names the columns only one side has")
    void primaryKey() {
        ColumnPlan plan = ColumnPlan.of("a.csv", columns("name", "id"), "b.csv", columns("id", "mail"), "id");

        assertThat(plan.keyColumns()).containsExactly("id");
        assertThat(plan.fromKey()).containsExactly(3);
        assertThat(plan.toKey()).containsExactly(2);
        assertThat(plan.onlyInFrom()).containsExactly("name");
        assertThat(plan.onlyInTo()).containsExactly("mail");
    }
}
