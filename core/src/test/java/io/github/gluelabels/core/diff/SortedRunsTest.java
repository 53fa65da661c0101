package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.OpenHandles;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SortedRuns: the k-way merge of a side's sorted runs")
class SortedRunsTest {

    @TempDir
    Path dir;

    private final List<Path> created = new ArrayList<>();

    private static DiffEntry entry(int set, String label) {
        return DiffEntry.of("s" + (100_000 + set), new String[] {"k"}, label);
    }

    private static Path write(Path run, List<DiffEntry> entries) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(run))) {
            for (DiffEntry entry : entries) {
                entry.write(out);
            }
        }
        return run;
    }

    private static List<DiffEntry> drain(EntryStream stream) {
        List<DiffEntry> all = new ArrayList<>();
        for (DiffEntry e = stream.peek(); e != null; e = stream.peek()) {
            assertThat(stream.next()).isSameAs(e);
            all.add(e);
        }
        assertThat(stream.next()).isNull();
        return all;
    }

    private List<Path> named(String prefix) {
        return created.stream()
                .filter(file -> file.getFileName().toString().startsWith(prefix))
                .toList();
    }

    @Test
    @DisplayName("gives the entries of every run in order, an empty run among them, and nothing more at the end")
    void mergesInOrder() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            List<Path> runs = List.of(
                    write(scratch.newFile("from-run"), List.of()),
                    write(scratch.newFile("from-run"), List.of(entry(2, "A"), entry(5, "A"), entry(5, "B"))),
                    write(scratch.newFile("from-run"), List.of(entry(1, "A"), entry(5, "A"), entry(9, "A"))),
                    write(scratch.newFile("from-run"), List.of(entry(3, "C"))));

            try (EntryStream merged = SortedRuns.open(runs, scratch)) {
                assertThat(drain(merged))
                        .containsExactly(
                                entry(1, "A"),
                                entry(2, "A"),
                                entry(3, "C"),
                                entry(5, "A"),
                                entry(5, "A"),
                                entry(5, "B"),
                                entry(9, "A"));
                assertThat(merged.peek()).isNull();
            }
            assertThat(runs).allSatisfy(run -> assertThat(run).exists());
        }
    }

    @Test
    @DisplayName("no run at all, or only empty ones: nothing to give")
    void nothing() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            try (EntryStream merged = SortedRuns.open(List.of(), scratch)) {
                assertThat(merged.peek()).isNull();
                assertThat(merged.next()).isNull();
            }
            Path empty = write(scratch.newFile("from-run"), List.of());
            try (EntryStream merged = SortedRuns.open(List.of(empty, empty), scratch)) {
                assertThat(merged.peek()).isNull();
                assertThat(merged.next()).isNull();
            }
        }
    }

    /** {@code count} runs of two entries each, run {@code i} holding sets {@code count - i} and {@code 2 count - i}. */
    private List<Path> runs(ScratchFolder scratch, int count) throws IOException {
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(write(scratch.newFile("from-run"), List.of(entry(count - i, "A"), entry(2 * count - i, "A"))));
        }
        return runs;
    }

    @Test
    @DisplayName("reads as many runs as its fan-in at once: nothing merged first, no run deleted")
    void fanInAtOnce() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            List<Path> runs = runs(scratch, SortedRuns.FAN_IN);

            try (EntryStream merged = SortedRuns.open(runs, scratch)) {
                List<DiffEntry> all = drain(merged);
                assertThat(all).hasSize(2 * SortedRuns.FAN_IN).isSortedAccordingTo(DiffEntry.ORDER);
                assertThat(all.get(0)).isEqualTo(entry(1, "A"));
            }
            assertThat(named("merged")).isEmpty();
            assertThat(runs).allSatisfy(run -> assertThat(run).exists());
        }
    }

    @Test
    @DisplayName(
            "one run past its fan-in: the first fan-in runs merged into one first, and deleted as soon as they are")
    void mergesPastTheFanInFirst() throws IOException {
        int count = SortedRuns.FAN_IN + 1;
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            List<Path> runs = runs(scratch, count);

            try (EntryStream merged = SortedRuns.open(runs, scratch)) {
                assertThat(named("merged")).hasSize(1);
                assertThat(runs.subList(0, SortedRuns.FAN_IN))
                        .allSatisfy(run -> assertThat(run).doesNotExist());
                assertThat(runs.get(SortedRuns.FAN_IN)).exists();
                List<DiffEntry> all = drain(merged);
                List<DiffEntry> expected = new ArrayList<>();
                for (int set = 1; set <= 2 * count; set++) {
                    expected.add(entry(set, "A"));
                }
                assertThat(all).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("closing closes every run's file, and leaves nothing to give")
    void closesItsRuns() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            List<Path> runs = List.of(
                    write(scratch.newFile("from-run"), List.of(entry(1, "A"), entry(3, "A"))),
                    write(scratch.newFile("from-run"), List.of(entry(2, "A"))));
            EntryStream merged = SortedRuns.open(runs, scratch);
            assertThat(merged.next()).isEqualTo(entry(1, "A"));
            assertThat(OpenHandles.count(runs.get(0)) + OpenHandles.count(runs.get(1)))
                    .isEqualTo(2);

            merged.close();

            assertThat(OpenHandles.count(runs.get(0)) + OpenHandles.count(runs.get(1)))
                    .isZero();
            assertThat(merged.peek()).isNull();
            assertThat(merged.next()).isNull();
        }
    }

    @Test
    @DisplayName("a run that ends inside an entry is named, and the runs opened before it are closed")
    void brokenRun() throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            Path good = write(scratch.newFile("from-run"), List.of(entry(1, "A")));
            Path broken = scratch.newFile("from-run");
            Files.write(broken, new byte[] {0, 0, 0, 9, 1, 2});

            assertThat(OpenHandles.count(good)).isZero();
            // a run left open would be closed by its cleaner at the next collection: collect before, count at once
            System.gc();
            UncheckedIOException problem = null;
            long open = -1;
            try {
                SortedRuns.open(List.of(good, broken), scratch);
            } catch (UncheckedIOException e) {
                problem = e;
                open = OpenHandles.count(good) + OpenHandles.count(broken);
            }

            assertThat(open).as("files left open").isZero();
            assertThat(problem)
                    .hasMessage("Cannot read the diff's temporary file " + broken
                            + ": java.io.EOFException: a run ends inside an entry. Set java.io.tmpdir (or"
                            + " LabelDiff.Builder.tempFolder) to a folder with free space that you can write to.");
        }
    }

    @Test
    @DisplayName("a run that is gone is named")
    void missingRun() {
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            Path gone = dir.resolve("gone.tmp");

            assertThatThrownBy(() -> SortedRuns.open(List.of(gone), scratch))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("Cannot read the diff's temporary file " + gone
                            + ": java.nio.file.NoSuchFileException: " + gone + ". Set java.io.tmpdir");
        }
    }
}
