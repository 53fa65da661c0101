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

    @Test
    void findsAnIdWhoseHashIsZeroAfterTheTableGrew() {
        String zero = "set-57490208G"; // found by searching set-0G, set-1G, ... (its FNV-1a state is 0)
        assertThat(hash(zero)).isZero();
        SetTable table = new SetTable();
        for (int i = 0; i <= 32; i++) {
            table.add("set-" + i, 0); // the 33rd set doubles the 64 slots
        }

        table.add(zero, 1);
        table.add(zero, 2);

        assertThat(table.size()).isEqualTo(34);
        assertThat(labels(table)).containsEntry(zero, List.of(1, 2)).containsEntry("set-32", List.of(0));
    }

    @Test
    void hashesAreFnv1aMultipliedByTheGoldenRatioAndFoldedDown() {
        // computed apart from SetTable: h = FNV-1a(id); h *= 0x9E3779B9; h ^= h >>> 15
        assertThat(hash("")).isEqualTo(0x4f93bf7b);
        assertThat(hash("s1")).isEqualTo(0x64944368);
    }

    @Test
    void countsTheMemoryOfItsArraysAndOfEachSetWithALabelPast63() {
        SetTable table = new SetTable();
        // 64 slots of 4 bytes, 32 sets of 4 + 4 + 4 + 8 bytes, one more start, 256 bytes of ids
        assertThat(table.memory()).isEqualTo(4 * 64 + 20 * 32 + 4 + 256);

        table.add("s1", 0);
        table.add("s1", 64);
        table.add("s2", 0);
        table.add("s2", 65);

        assertThat(table.memory()).isEqualTo(4 * 64 + 20 * 32 + 4 + 256 + 2 * 96);
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
