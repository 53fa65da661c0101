package io.github.gluelabels.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PrefetchedStreamTest {

    /** A source of {@code count} entries that throws when asked for entry {@code failAt}, and tells when closed. */
    private static final class Source implements EntryStream {
        private final int count;
        private final int failAt;
        private final AtomicBoolean closed = new AtomicBoolean();
        private int taken;

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
            if (taken == failAt) {
                throw new IllegalStateException("run broken at " + taken);
            }
            return taken < count ? entry(taken++) : null;
        }

        @Override
        public void close() {
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
}
