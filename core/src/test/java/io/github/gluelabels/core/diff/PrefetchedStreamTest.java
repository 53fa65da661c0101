package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PrefetchedStreamTest {

    /** A source of {@code count} entries that throws when asked for entry {@code failAt}, and tells when closed. */
    private static final class Source implements EntryStream {
        private final int count;
        private final int failAt;
        private final AtomicBoolean closed = new AtomicBoolean();
        private int taken;
        private int asked;
        private volatile Thread reader;
        private volatile Thread waitingFor;

        Source(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public DiffEntry peek() {
            throw new UnsupportedOperationException("the prefetch only takes");
        }

        @Override
        public DiffEntry next() {
            reader = Thread.currentThread();
            asked++;
            if (taken == failAt) {
                throw new IllegalStateException("run broken at " + taken);
            }
            return taken < count ? entry(taken++) : null;
        }

        @Override
        public void close() {
            // when told to, the merge thread ends only once that thread waits for it (a minute at most)
            Thread other = waitingFor;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (other != null && other.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            closed.set(true);
        }
    }

    private static DiffEntry entry(int i) {
        return DiffEntry.of(String.format(Locale.ROOT, "set-%06d", i), new String[] {"c" + i}, "A");
    }

    private static List<DiffEntry> drain(EntryStream stream) {
        List<DiffEntry> all = new ArrayList<>();
        for (DiffEntry e = stream.peek(); e != null; e = stream.peek()) {
            assertThat(stream.next()).isEqualTo(e);
            all.add(e);
        }
        assertThat(stream.next()).isNull();
        return all;
    }

    @Test
    void givesEveryEntryInOrderWhateverTheBatchEdge() {
        for (int count : new int[] {
            0,
            1,
            PrefetchedStream.BATCH - 1,
            PrefetchedStream.BATCH,
            PrefetchedStream.BATCH + 1,
            PrefetchedStream.BATCH * PrefetchedStream.BATCHES * 3 + 7
        }) {
            Source source = new Source(count, -1);
            List<DiffEntry> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                expected.add(entry(i));
            }
            try (EntryStream stream = PrefetchedStream.of(source, "test")) {
                assertThat(drain(stream)).as("%d entries", count).isEqualTo(expected);
            }
            assertThat(source.closed)
                    .as("source closed after %d entries", count)
                    .isTrue();
        }
    }

    @Test
    void throwsTheMergesProblemAfterTheEntriesBeforeIt() {
        int failAt = PrefetchedStream.BATCH + 3;
        Source source = new Source(10_000, failAt);
        try (EntryStream stream = PrefetchedStream.of(source, "test")) {
            for (int i = 0; i < failAt; i++) {
                assertThat(stream.next()).isEqualTo(entry(i));
            }
            assertThatThrownBy(stream::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("run broken at " + failAt);
            assertThat(stream.next()).isNull();
        }
        assertThat(source.closed).isTrue();
    }

    @Test
    void closeBeforeTheEndStopsTheMergeAndClosesTheRuns() {
        Source source = new Source(Integer.MAX_VALUE, -1);
        EntryStream stream = PrefetchedStream.of(source, "test");
        assertThat(stream.next()).isEqualTo(entry(0));
        stream.close();
        // close returns only once the merge thread has ended, which closes the source last
        assertThat(source.closed).isTrue();
        assertThat(stream.peek()).isNull();
    }

    @Test
    void mergesOnADaemonThreadNamedAfterTheSide() {
        Source source = new Source(3, -1);
        try (EntryStream stream = PrefetchedStream.of(source, "to")) {
            assertThat(drain(stream)).containsExactly(entry(0), entry(1), entry(2));
        }
        assertThat(source.reader.getName()).isEqualTo("glue-labels-diff-merge-to");
        assertThat(source.reader.isDaemon()).isTrue();
    }

    @Test
    void asksTheSourceNoFurtherThanItsEnd() {
        for (int count : new int[] {3, PrefetchedStream.BATCH}) {
            Source source = new Source(count, -1);
            try (EntryStream stream = PrefetchedStream.of(source, "test")) {
                assertThat(drain(stream)).hasSize(count);
            }
            assertThat(source.asked).as("%d entries", count).isEqualTo(count + 1);
        }
    }

    @Test
    void givesNothingOnceClosed() {
        Source source = new Source(Integer.MAX_VALUE, -1);
        EntryStream stream = PrefetchedStream.of(source, "test");
        for (int i = 0; i < PrefetchedStream.BATCH; i++) {
            assertThat(stream.next()).isEqualTo(entry(i));
        }
        stream.close();

        assertThat(stream.next()).isNull();
        assertThat(stream.peek()).isNull();
    }

    @Test
    void anInterruptedReaderIsToldAndStaysInterrupted() {
        Source source = new Source(10, -1);
        try (EntryStream stream = PrefetchedStream.of(source, "test")) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(stream::next)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("interrupted while the diff read its sorted runs")
                        .hasCauseInstanceOf(InterruptedException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void closeWaitsForTheMergeThreadEvenWhenInterruptedAndKeepsTheInterrupt() {
        Source source = new Source(Integer.MAX_VALUE, -1);
        EntryStream stream = PrefetchedStream.of(source, "test");
        assertThat(stream.next()).isEqualTo(entry(0));
        source.waitingFor = Thread.currentThread();
        Thread.currentThread().interrupt();
        try {
            stream.close();

            assertThat(source.closed).isTrue();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
