package io.github.gluelabels.core.export;

import java.time.Duration;

/**
 * Waits between status reads. Tests replace it to wait no real time.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep}. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis(), 0);

    /**
     * @param duration how long
     * @throws InterruptedException when the thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
