package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("TwoSideRead: both sides of a diff read at once, a failure of one stopping the other")
class TwoSideReadTest {

    private static final String HEADER = "labeling_set_id,label,id\n";
    private static final int[] KEY = {2};

    @TempDir
    Path dir;

    private Path labels(String name, int count) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            text.append("s").append(i).append(",A,r").append(i).append('\n');
        }
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    /** Two records, then a ragged one on line 4. */
    private Path ragged(String name) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + "s0,A,r0\ns1,A,r1\ns2,A\n", UTF_8);
    }

    private static SideReader side(Path file) throws IOException {
        return SideReader.open(LabelSource.of(file));
    }

    /** A sorter that writes a run a record, each told to {@code onRun} in the thread that writes it. */
    private ExternalSorter sorter(String side, Consumer<Path> onRun) {
        ScratchFolder scratch = ScratchFolder.create(dir, file -> {
            if (file.getFileName().toString().startsWith(side + "-run")) {
                onRun.accept(file);
            }
        });
        return new ExternalSorter(scratch, 1, side);
    }

    /** Waits until {@code thread} waits (for the other side's read), a minute at most. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    @DisplayName("reads the second side on a daemon thread named after it, and counts each side's records")
    void readsBoth() throws IOException {
        Path to = labels("to.csv", 5);
        String[] thread = new String[1];
        boolean[] daemon = new boolean[1];

        long[] records = TwoSideRead.run(
                side(labels("from.csv", 3)),
                sorter("from", file -> {}),
                KEY,
                side(to),
                sorter("to", file -> {
                    thread[0] = Thread.currentThread().getName();
                    daemon[0] = Thread.currentThread().isDaemon();
                }),
                KEY);

        assertThat(records).containsExactly(3, 5);
        assertThat(thread[0]).isEqualTo("glue-labels-diff-" + to);
        assertThat(daemon[0]).isTrue();
    }

    @Test
    @DisplayName("the second side fails: the first stops at its next record, and the second side's problem is told")
    void secondFails() throws IOException {
        Path to = ragged("to.csv");
        SideReader toSide = side(to);
        String name = TwoSideRead.threadName(toSide.source());
        AtomicInteger fromRuns = new AtomicInteger();

        assertThatThrownBy(() -> TwoSideRead.run(
                        side(labels("from.csv", 200)),
                        sorter("from", file -> {
                            if (fromRuns.incrementAndGet() == 1) {
                                // the first side's first run waits until the second side's read has ended
                                Thread.getAllStackTraces().keySet().stream()
                                        .filter(thread -> thread.getName().equals(name))
                                        .forEach(TwoSideReadTest::join);
                            }
                        }),
                        KEY,
                        toSide,
                        sorter("to", file -> {}),
                        KEY))
                .isInstanceOf(LabelingFileException.class)
                .hasMessage(to + " line 4: the record has 2 fields, but the header has 3 (labeling_set_id,label,id)")
                .satisfies(problem -> assertThat(problem.getSuppressed()).isEmpty());

        assertThat(fromRuns).hasValue(1);
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("the first side fails: the second stops at its next record, and has ended when the problem is told")
    void firstFails() throws IOException {
        Path from = ragged("from.csv");
        Thread reader = Thread.currentThread();
        AtomicInteger toRuns = new AtomicInteger();
        boolean[] toWaited = new boolean[1];
        boolean[] left = new boolean[1];

        LabelingFileException problem = null;
        boolean toEndedFirst = false;
        try {
            TwoSideRead.run(
                    side(from),
                    sorter("from", file -> {
                        // the first side fails only once the second has started its first run
                        while (toRuns.get() == 0) {
                            Thread.onSpinWait();
                        }
                    }),
                    KEY,
                    side(labels("to.csv", 200)),
                    sorter("to", file -> {
                        if (toRuns.incrementAndGet() == 1) {
                            // the second side's first run waits until the first side waits for it, having failed
                            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                            while (reader.getState() != Thread.State.WAITING
                                    && !left[0]
                                    && System.nanoTime() < deadline) {
                                Thread.onSpinWait();
                            }
                            toWaited[0] = true;
                        }
                    }),
                    KEY);
        } catch (LabelingFileException e) {
            toEndedFirst = toWaited[0];
            left[0] = true;
            problem = e;
        }

        assertThat(problem)
                .hasMessage(from + " line 4: the record has 2 fields, but the header has 3 (labeling_set_id,label,id)");
        assertThat(problem.getSuppressed()).isEmpty();
        assertThat(toEndedFirst)
                .as("the second side's read ended before the problem was told")
                .isTrue();
        assertThat(toRuns).hasValue(1);
    }

    @Test
    @DisplayName("both sides fail: the first side's problem is told, the second's suppressed in it")
    void bothFail() throws IOException {
        // neither side takes a record before it fails, so that neither is stopped by the other's failure
        Path from = labels("from.csv", 3);
        Path to = labels("to.csv", 5);
        SideReader fromSide = side(from);
        SideReader toSide = side(to);
        Files.delete(from);
        Files.delete(to);

        assertThatThrownBy(() -> TwoSideRead.run(
                        fromSide, sorter("from", file -> {}), KEY, toSide, sorter("to", file -> {}), KEY))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(from.toString())
                .satisfies(problem -> assertThat(problem.getSuppressed())
                        .singleElement()
                        .isInstanceOf(NoSuchFileException.class)
                        .extracting(Throwable::getMessage)
                        .isEqualTo(to.toString()));
    }

    @Test
    @DisplayName("the second side cannot be read: its own IOException is thrown")
    void secondUnreadable() throws IOException {
        Path to = labels("to.csv", 5);
        SideReader toSide = side(to);
        Files.delete(to);

        assertThatThrownBy(() -> TwoSideRead.run(
                        side(labels("from.csv", 3)),
                        sorter("from", file -> {}),
                        KEY,
                        toSide,
                        sorter("to", file -> {}),
                        KEY))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(to.toString());
    }

    @Test
    @DisplayName("an Error in the second side's read is thrown as it is")
    void secondError() throws IOException {
        Error error = new Error("disk on fire");

        assertThatThrownBy(() -> TwoSideRead.run(
                        side(labels("from.csv", 3)),
                        sorter("from", file -> {}),
                        KEY,
                        side(labels("to.csv", 5)),
                        sorter("to", file -> {
                            throw error;
                        }),
                        KEY))
                .isSameAs(error);
    }

    @Test
    @DisplayName("interrupted while it waits for the second side: waits to its end all the same, and stays interrupted")
    void interruptedWhileWaiting() throws IOException {
        Thread reader = Thread.currentThread();
        try {
            long[] records = TwoSideRead.run(
                    side(labels("from.csv", 3)),
                    new ExternalSorter(ScratchFolder.create(dir, file -> {}), 1_000_000, "from"),
                    KEY,
                    side(labels("to.csv", 5)),
                    sorter("to", file -> {
                        if (file.getFileName().toString().equals("to-run-0.tmp")) {
                            awaitWaiting(reader);
                            reader.interrupt();
                        }
                    }),
                    KEY);

            assertThat(records).containsExactly(3, 5);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
