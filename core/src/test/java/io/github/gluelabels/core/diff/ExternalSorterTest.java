package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ExternalSorter: one side's entries sorted within a memory budget, in runs past it")
class ExternalSorterTest {

    /** What one entry of {@link #entry} costs the budget: 4 bytes of length, 18 of entry, 8 of starts. */
    private static final int COST = 4 + 18 + 8;

    @TempDir
    Path dir;

    private final List<Path> created = new ArrayList<>();

    /** An entry of 18 bytes: set id, key and label each behind a 4-byte length. */
    private static DiffEntry entry(int set, char key, char label) {
        return DiffEntry.of(
                String.format(Locale.ROOT, "s%03d", set), new String[] {String.valueOf(key)}, String.valueOf(label));
    }

    private ScratchFolder scratch() {
        return ScratchFolder.create(dir, created::add);
    }

    private List<Path> runs() {
        return created.stream()
                .filter(p -> p.getFileName().toString().startsWith("from-run"))
                .toList();
    }

    private static List<DiffEntry> drain(EntryStream stream) {
        List<DiffEntry> all = new ArrayList<>();
        for (DiffEntry e = stream.next(); e != null; e = stream.next()) {
            all.add(e);
        }
        stream.close();
        return all;
    }

    @ParameterizedTest(name = "budget of {0} entries")
    @ValueSource(ints = {5, 37, 100_000})
    @DisplayName("gives every entry in order, from memory or from runs, whatever the order they came in")
    void sortsWhateverTheOrder(int entriesInBudget) {
        Random random = new Random(entriesInBudget);
        for (int size : new int[] {0, 1, 2, 7, 8, 9, 16, 17, 255, 256, 257, 700}) {
            List<DiffEntry> entries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                entries.add(entry(random.nextInt(40), (char) ('a' + random.nextInt(3)), (char) ('A' + i % 2)));
            }
            List<DiffEntry> expected = new ArrayList<>(entries);
            expected.sort(DiffEntry.ORDER);
            for (List<DiffEntry> input : List.of(entries, expected, reversed(expected))) {
                try (ScratchFolder scratch = scratch()) {
                    ExternalSorter sorter = new ExternalSorter(scratch, (long) entriesInBudget * COST, "from");
                    input.forEach(sorter::add);
                    assertThat(drain(sorter.sorted())).as("%d entries", size).isEqualTo(expected);
                }
            }
        }
    }

    private static List<DiffEntry> reversed(List<DiffEntry> list) {
        List<DiffEntry> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    @DisplayName("keeps a side that fits the budget in memory, and writes a run at the first entry past it")
    void writesARunOnlyPastTheBudget() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 10L * COST, "from");
            for (int i = 0; i < 10; i++) {
                sorter.add(entry(10 - i, 'k', 'A'));
            }
            assertThat(runs()).as("10 entries take exactly the budget").isEmpty();

            sorter.add(entry(0, 'k', 'A'));
            assertThat(runs()).hasSize(1);
            for (int i = 0; i < 10; i++) {
                sorter.add(entry(20 + i, 'k', 'A'));
            }
            assertThat(runs()).as("memory is empty again after a run").hasSize(1);
            sorter.add(entry(31, 'k', 'A'));
            assertThat(runs()).hasSize(2);

            assertThat(drain(sorter.sorted())).hasSize(22).isSortedAccordingTo(DiffEntry.ORDER);
        }
    }

    /** An entry of {@code 14 + labelLength} bytes. */
    private static DiffEntry sized(char key, int labelLength) {
        return DiffEntry.of("s", new String[] {String.valueOf(key)}, "L".repeat(labelLength));
    }

    @Test
    @DisplayName("a side that fits stays in memory to the end: entries of any size, no run even when sorted")
    void aSideThatFitsIsNeverWritten() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 1_000_000, "from");
            List<DiffEntry> entries = List.of(sized('c', 100), sized('a', 300), sized('b', 1_000));
            entries.forEach(sorter::add);

            assertThat(drain(sorter.sorted())).containsExactly(entries.get(1), entries.get(2), entries.get(0));
            assertThat(runs()).isEmpty();
        }
    }

    @Test
    @DisplayName("a side whose last entry filled a run: sorting writes no empty run after it")
    void noEmptyRun() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 2L * COST, "from");
            for (int i = 3; i > 0; i--) {
                sorter.add(entry(i, 'k', 'A'));
            }
            assertThat(runs()).as("the third entry passes the budget").hasSize(1);

            assertThat(drain(sorter.sorted()))
                    .containsExactly(entry(1, 'k', 'A'), entry(2, 'k', 'A'), entry(3, 'k', 'A'));
            assertThat(runs()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "budget of {0} bytes")
    @ValueSource(longs = {100, 1_000_000})
    @DisplayName("an entry larger than the memory grows by at a time (64 KiB, then doubling) is held whole")
    void holdsAnEntryPastTheGrowthStep(long budget) {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, budget, "from");
            DiffEntry big = sized('b', 200_000);
            DiffEntry small = sized('a', 10);

            sorter.add(big);
            sorter.add(small);

            assertThat(drain(sorter.sorted())).containsExactly(small, big);
        }
    }

    @Test
    @DisplayName("the memory of entries never grows past its limit: a run is written when the next entry would")
    void writesARunAtTheArenaLimit() {
        try (ScratchFolder scratch = scratch()) {
            // 10 entries of 18 bytes, each behind 4 bytes of length, fill 220 bytes exactly
            ExternalSorter sorter = new ExternalSorter(scratch, 1_000_000, "from", 220);
            for (int i = 10; i > 0; i--) {
                sorter.add(entry(i, 'k', 'A'));
            }
            assertThat(runs()).as("10 entries fill the limit exactly").isEmpty();

            sorter.add(entry(0, 'k', 'A'));

            assertThat(runs()).hasSize(1);
            assertThat(drain(sorter.sorted())).hasSize(11).isSortedAccordingTo(DiffEntry.ORDER);
        }
    }

    @Test
    @DisplayName("a run is written when the next entry would pass the limit by a few bytes, not only by a whole entry")
    void writesARunJustPastTheArenaLimit() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 1_000_000, "from", 220);
            DiffEntry large = sized('b', 182);
            assertThat(large.bytes())
                    .as("with its length, 200 of the 220 bytes")
                    .hasSize(196);
            sorter.add(large);

            sorter.add(entry(1, 'k', 'A'));

            assertThat(runs()).as("200 + 22 bytes would not fit in 220").hasSize(1);
            assertThat(drain(sorter.sorted())).containsExactly(large, entry(1, 'k', 'A'));
        }
    }

    @Test
    @DisplayName(
            "a record larger than the memory of entries can ever hold is refused, by its size; one that fits is taken")
    void refusesARecordPastTheArenaLimit() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 1_000_000, "from", 220);
            DiffEntry largest = sized('a', 202);
            assertThat(largest.bytes()).hasSize(216);

            assertThatThrownBy(() -> sorter.add(sized('b', 203)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a record of 217 bytes is more than a diff can hold");
            sorter.add(largest);

            assertThat(drain(sorter.sorted())).containsExactly(largest);
            assertThat(runs()).isEmpty();
        }
    }

    @Test
    @DisplayName("a side read again from its start: the runs of the first reading are deleted, their entries gone")
    void discardsItsRunsAndEntries() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 2L * COST, "from");
            for (int i = 0; i < 7; i++) {
                sorter.add(entry(i, 'k', 'A'));
            }
            assertThat(runs()).hasSize(2).allMatch(Files::exists);

            sorter.discard();

            assertThat(runs()).noneMatch(Files::exists);
            sorter.add(entry(99, 'k', 'B'));
            assertThat(drain(sorter.sorted())).containsExactly(entry(99, 'k', 'B'));
        }
    }

    @Test
    @DisplayName("once the other side failed, adding throws Stopped")
    void stopsWhenTold() {
        try (ScratchFolder scratch = scratch()) {
            ExternalSorter sorter = new ExternalSorter(scratch, 1_000_000, "from");
            AtomicBoolean failed = new AtomicBoolean();
            sorter.stopWhen(failed);
            sorter.add(entry(1, 'k', 'A'));

            failed.set(true);

            assertThatThrownBy(() -> sorter.add(entry(2, 'k', 'A'))).isInstanceOf(ExternalSorter.Stopped.class);
        }
    }

    @Test
    @DisplayName("entries encode lengths as DataOutputStream.writeInt does: fields past 255 bytes and 64 KiB")
    void encodesLengthsBigEndian() throws IOException {
        for (int value : new int[] {0, 1, 255, 256, 65_535, 65_536, 16_777_215, 16_777_216, 0x01020304, 0x7FFFFFFF}) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            new DataOutputStream(expected).writeInt(value);
            byte[] data = new byte[6];

            DiffEntry.putInt(data, 1, value);

            assertThat(data)
                    .containsExactly(Stream.of(new byte[] {0}, expected.toByteArray(), new byte[] {0})
                            .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes, (a, b) -> {})
                            .toByteArray());
            assertThat(DiffEntry.length(data, 1)).isEqualTo(value);
        }
        String longLabel = "L".repeat(70_000);
        DiffEntry entry = DiffEntry.of("s", new String[] {"k"}, longLabel);
        assertThat(entry.label()).isEqualTo(longLabel);
        assertThat(entry.setId()).isEqualTo("s");
        assertThat(entry.key(1)).containsExactly("k");
    }

    @Test
    @DisplayName("entries: the same label, equality by bytes, and a text of their fields")
    void entriesAsValues() {
        DiffEntry a = DiffEntry.of("s", new String[] {"k", "j"}, "A");

        assertThat(a.sameLabel(DiffEntry.of("t", new String[] {"other"}, "A"))).isTrue();
        assertThat(a.sameLabel(DiffEntry.of("s", new String[] {"k", "j"}, "B"))).isFalse();
        assertThat(a.sameLabel(DiffEntry.of("s", new String[] {"k", "j"}, "AB")))
                .isFalse();
        assertThat(a)
                .isEqualTo(DiffEntry.of("s", new String[] {"k", "j"}, "A"))
                .hasSameHashCodeAs(DiffEntry.of("s", new String[] {"k", "j"}, "A"))
                .isNotEqualTo(DiffEntry.of("s", new String[] {"k", "j"}, "B"))
                .isNotEqualTo("s k j A")
                .hasToString("s k j A");
        assertThat(a.hashCode())
                .isNotEqualTo(DiffEntry.of("s", new String[] {"k", "j"}, "B").hashCode());
    }
}
