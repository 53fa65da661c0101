package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetches run several at a time, their results handed on in order; the first failure stops the rest. */
class WindowedFetchTest {

    private static final S3Uri SOURCE = S3Uri.parse("OutputS3Path", "s3://bucket/out");

    private final Set<Integer> fetched = ConcurrentHashMap.newKeySet();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void resultsComeInOrderFromDaemonThreadsOfTheDownload() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> results = new ArrayList<>();

        WindowedFetch.run(
                1,
                5,
                i -> {
                    Thread thread = Thread.currentThread();
                    threads.add(thread.getName() + (thread.isDaemon() ? " daemon" : " not daemon"));
                    return "result " + i;
                },
                results::add,
                SOURCE);

        assertThat(results).containsExactly("result 0", "result 1", "result 2", "result 3", "result 4");
        assertThat(threads).containsExactly("glue-labels-download-1 daemon");
    }

    @Test
    void anErrorInAFetchComesAsADownloadFailure() {
        Error broken = new Error("broken");

        assertThatThrownBy(() -> WindowedFetch.run(
                        2,
                        3,
                        i -> {
                            throw broken;
                        },
                        r -> {},
                        SOURCE))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Download failed: java.lang.Error: broken")
                .hasCause(broken);
    }

    @Test
    void fetchesNotBegunWhenOneFailedDoNotBegin() {
        AtomicReference<Thread> failedOn = new AtomicReference<>();
        CountDownLatch began = new CountDownLatch(1);
        RuntimeException boom = new IllegalStateException("boom");
        List<String> results = new ArrayList<>();

        // two threads, four fetches: fetch 1 fails once fetch 0 has begun; fetch 0 holds its thread until the other
        // one, having taken fetches 2 and 3 from the queue, waits for more
        assertThatThrownBy(() -> WindowedFetch.run(
                        2,
                        4,
                        i -> {
                            fetched.add(i);
                            if (i == 0) {
                                began.countDown();
                            }
                            if (i == 1) {
                                await(began);
                                failedOn.set(Thread.currentThread());
                                throw boom;
                            }
                            if (i == 0) {
                                awaitIdle(failedOn);
                            }
                            return "result " + i;
                        },
                        results::add,
                        SOURCE))
                .isSameAs(boom);

        assertThat(fetched).containsExactlyInAnyOrder(0, 1);
        assertThat(results).containsExactly("result 0");
    }

    @Test
    void anInterruptedDownloadSaysSoAndKeepsTheInterrupt() {
        Thread caller = Thread.currentThread();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);

        // the fetch, once interrupted, still runs until the download has returned: the download does not wait for it
        assertThatThrownBy(() -> WindowedFetch.run(
                        1,
                        2,
                        i -> {
                            caller.interrupt();
                            try {
                                never.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                // stopped, as it should be
                            }
                            awaitUninterruptibly(released);
                            return "result " + i;
                        },
                        r -> {},
                        SOURCE))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Interrupted while downloading s3://bucket/out; what was not complete was not kept. Run "
                        + "again.");
        boolean interrupted = Thread.currentThread().isInterrupted();
        released.countDown();
        assertThat(interrupted).isTrue();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latch.getCount() > 0 && System.nanoTime() < end) {
            try {
                latch.await(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // keeps running, as a fetch that does not answer an interrupt at once
            }
        }
    }

    @Test
    void aFetchSkippedBecauseALaterOneFailedIsNotHandedOn() {
        // fetch 1 fails at once; whether fetch 0 began before that is up to the threads: run until it did not
        RuntimeException boom = new IllegalStateException("boom");
        boolean skipped = false;
        for (int run = 0; run < 2000 && !skipped; run++) {
            fetched.clear();
            List<String> results = new ArrayList<>();
            assertThatThrownBy(() -> WindowedFetch.run(
                            2,
                            2,
                            i -> {
                                fetched.add(i);
                                if (i == 1) {
                                    throw boom;
                                }
                                return "result " + i;
                            },
                            results::add,
                            SOURCE))
                    .isSameAs(boom);
            skipped = !fetched.contains(0);
            assertThat(results).containsExactlyElementsOf(skipped ? List.of() : List.of("result 0"));
        }
        assumeTrue(skipped, "fetch 0 always began before fetch 1 failed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a thread is set and waits itself (for a task), at most ten seconds. */
    private static void awaitIdle(AtomicReference<Thread> thread) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end && (thread.get() == null || thread.get().getState() != Thread.State.WAITING)) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
