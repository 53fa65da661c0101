package io.github.gluelabels.core.diff;

import java.util.Iterator;
import java.util.List;

/** One side's entries in {@link DiffEntry#ORDER}, one at a time, with a look at the next. */
interface EntryStream extends AutoCloseable {

    /** @return the next entry without taking it, or {@code null} at the end */
    DiffEntry peek();

    /** @return the next entry, or {@code null} at the end */
    DiffEntry next();

    /** Closes the files it reads; never throws. */
    @Override
    void close();

    /** @return the entries of a sorted list, which the stream then owns */
    static EntryStream of(List<DiffEntry> sorted) {
        Iterator<DiffEntry> entries = sorted.iterator();
        return new EntryStream() {
            private DiffEntry next = entries.hasNext() ? entries.next() : null;

            @Override
            public DiffEntry peek() {
                return next;
            }

            @Override
            public DiffEntry next() {
                DiffEntry taken = next;
                next = entries.hasNext() ? entries.next() : null;
                return taken;
            }

            @Override
            public void close() {
                next = null;
            }
        };
    }
}
