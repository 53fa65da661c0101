package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the fetches of a download several at a time and hands their results on one by one, in order. Fetches run at
 * most a window (twice the threads) ahead of the result being handed on, so that memory holds the results of a few
 * fetches, not of every fetch that ended before a slow one. The first fetch that fails stops the others: those not
 * begun do not begin, those under way are interrupted, and its exception is thrown once every thread has ended (so
 * that the caller may discard what they wrote).
 */
final class WindowedFetch<T> {

    private final ExecutorService pool;
    private final int window;
    private final IntFunction<T> fetch;
    private final S3Uri source;
    /** Set by the first fetch that fails: fetches not yet begun do not begin. */
    private final AtomicBoolean failed = new AtomicBoolean();

    private WindowedFetch(ExecutorService pool, int window, IntFunction<T> fetch, S3Uri source) {
        this.pool = pool;
        this.window = window;
        this.fetch = fetch;
        this.source = source;
    }

    /**
     * @param threads how many fetches run at once
     * @param count how many fetches there are
     * @param fetch fetches number {@code i} and returns its result (not {@code null})
     * @param inOrder takes each result, in the order of the fetches
     * @param source the download's S3 folder, for the message of an interruption
     * @throws RuntimeException what the first failing fetch threw (an {@link Error} comes as a
     *     {@link GlueLabelsException}), or a {@link GlueLabelsException} when the thread is interrupted
     */
    static <T> void run(int threads, int count, IntFunction<T> fetch, Consumer<T> inOrder, S3Uri source) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), task -> {
            Thread thread = new Thread(task, "glue-labels-download-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            new WindowedFetch<>(pool, 2 * threads, fetch, source).takeInOrder(count, inOrder);
        } finally {
            pool.shutdownNow();
            try {
                // let cancelled fetches end before what they wrote is discarded
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void takeInOrder(int count, Consumer<T> inOrder) {
        List<Future<T>> futures = new ArrayList<>(Collections.nCopies(count, null));
        for (int i = 0; i < Math.min(window, count); i++) {
            futures.set(i, pool.submit(task(i)));
        }
        for (int i = 0; i < count; i++) {
            T result = take(futures, i);
            futures.set(i, null); // the future held the result too: it goes once handed on
            if (i + window < count) {
                futures.set(i + window, pool.submit(task(i + window)));
            }
            if (result != null) {
                inOrder.accept(result);
            } // else skipped: another fetch failed, and its future, further on, says how
        }
    }

    private Callable<T> task(int i) {
        return () -> {
            if (failed.get()) {
                return null;
            }
            try {
                return fetch.apply(i);
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw e;
            }
        };
    }

    private T take(List<Future<T>> futures, int i) {
        try {
            return futures.get(i).get();
        } catch (ExecutionException e) {
            futures.forEach(WindowedFetch::cancel);
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new GlueLabelsException("Download failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(WindowedFetch::cancel);
            Thread.currentThread().interrupt();
            throw new GlueLabelsException(
                    "Interrupted while downloading " + source + "; what was not complete was not kept. Run again.", e);
        }
    }

    private static void cancel(Future<?> fetch) {
        if (fetch != null) {
            fetch.cancel(true);
        }
    }
}
