package io.github.gluelabels.core.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SetTable} tells sets apart by their ids' bytes, not by their hashes: two ids whose 32-bit hashes are equal
 * stay two sets, each with its own labels.
 */
class SetTableTest {

    @Test
    void keepsTwoSetsWhoseIdsHaveTheSameHashApart() {
        String[] pair = collidingIds();
        SetTable table = new SetTable();

        table.add(pair[0], 1);
        table.add(pair[1], 2);
        table.add(pair[1], 3);

        assertThat(table.size()).isEqualTo(2);
        assertThat(labels(table)).containsEntry(pair[0], List.of(1)).containsEntry(pair[1], List.of(2, 3));
    }

    /**
     * Two ids whose hashes are the same, found once by searching {@code set-0}, {@code set-1}, … (1.9 million tries,
     * too slow to repeat in each run); checked here, so that the test cannot pass on ids that no longer collide.
     */
    private static String[] collidingIds() {
        String[] pair = {"set-968457", "set-1890100"};
        assertThat(hash(pair[0])).as("the ids' hashes").isEqualTo(hash(pair[1]));
        return pair;
    }

    private static int hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return SetTable.hash(bytes, 0, bytes.length);
    }

    private static Map<String, List<Integer>> labels(SetTable table) {
        Map<String, List<Integer>> labels = new HashMap<>();
        for (int set = 0; set < table.size(); set++) {
            String id = new String(
                    table.idBytes(), table.idStart(set), table.idEnd(set) - table.idStart(set), StandardCharsets.UTF_8);
            List<Integer> own = new ArrayList<>();
            table.forEachLabel(set, own::add);
            labels.put(id, own);
        }
        return labels;
    }
}
