package io.github.gluelabels.core.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the two sides of a diff into their sorters at once, the second on a thread of its own: reading (parsing,
 * sorting, writing runs) is most of a diff's time, and the sides do not share anything but the scratch folder. A
 * problem in either side stops the other at its next record rather than letting it read millions more for nothing; a
 * problem in the first side is reported before one in the second, as when they were read one after the other. Either
 * way the method returns only once both reads have ended, so that nothing writes into a scratch folder being deleted.
 */
final class TwoSideRead {

    private TwoSideRead() {}

    /** @return the number of records of each side: {@code {from, to}} */
    static long[] run(
            SideReader from,
            ExternalSorter fromSorter,
            int[] fromKey,
            SideReader to,
            ExternalSorter toSorter,
            int[] toKey)
            throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        fromSorter.stopWhen(stop);
        toSorter.stopWhen(stop);
        FutureTask<Long> toRead = new FutureTask<>(() -> {
            try {
                return to.readInto(toSorter, toKey);
            } catch (IOException | RuntimeException | Error e) {
                stop.set(true);
                throw e;
            }
        });
        Thread thread = new Thread(toRead, threadName(to.source()));
        thread.setDaemon(true);
        thread.start();
        long fromRecords;
        try {
            fromRecords = from.readInto(fromSorter, fromKey);
        } catch (ExternalSorter.Stopped e) {
            // the second side failed: its problem is the one to tell
            await(toRead);
            throw new IllegalStateException("the first side of the diff stopped with no problem in the second", e);
        } catch (IOException | RuntimeException | Error e) {
            stop.set(true);
            awaitQuietly(toRead, e);
            throw e;
        }
        return new long[] {fromRecords, await(toRead)};
    }

    /** @return the name of the thread that reads {@code side}, the second side of a diff */
    static String threadName(LabelSource side) {
        return "glue-labels-diff-" + side.name();
    }

    private static long await(FutureTask<Long> read) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return read.get();
                } catch (InterruptedException e) {
                    // the read cannot be stopped halfway without leaving a run half written: wait for its end
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(FutureTask<Long> read, Throwable first) {
        try {
            await(read);
        } catch (ExternalSorter.Stopped e) {
            // stopped because of the first problem: nothing more to tell
        } catch (IOException | RuntimeException | Error e) {
            first.addSuppressed(e);
        }
    }
}
