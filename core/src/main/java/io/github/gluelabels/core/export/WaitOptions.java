package io.github.gluelabels.core.export;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task run: the first status read comes at once, then reads come after {@code pollInterval},
 * growing by half each time up to {@code maxPollInterval}, until the run ends or {@code timeout} passes — or until
 * Glue cannot be reached: when {@code maxUnreachableReads} status reads in a row failed to connect (connection
 * refused, unknown host, connect timeout), the first of them at least {@code maxUnreachableTime} ago, the wait ends
 * with {@link EndpointUnreachableException}. Answers, even errors such as throttling or HTTP 5xx, show that Glue is
 * there: they never count, and a long but healthy run is waited for until {@code timeout}.
 *
 * @param timeout how long to wait in all
 * @param pollInterval the first interval between status reads
 * @param maxPollInterval the longest interval between status reads
 * @param cancelOnTimeout whether to cancel the run when the timeout passes (by default it keeps running)
 * @param maxUnreachableReads how many status reads in a row must fail to connect before the wait ends (at least 1)
 * @param maxUnreachableTime how long the status reads must have failed to connect, from the first of them, before
 *     the wait ends; both bounds must be reached, so that a network blip of a few quick reads is ridden out
 * @since 0.1.0
 */
public record WaitOptions(
        Duration timeout,
        Duration pollInterval,
        Duration maxPollInterval,
        boolean cancelOnTimeout,
        int maxUnreachableReads,
        Duration maxUnreachableTime) {

    /** The default overall timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** The default first poll interval. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    /** The default longest poll interval. */
    public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(30);

    /**
     * The default number of status reads in a row that must fail to connect before the wait ends: with reads every 2
     * to 30 seconds, a blip of a few reads passes.
     */
    public static final int DEFAULT_MAX_UNREACHABLE_READS = 5;

    /** The default time status reads must have failed to connect before the wait ends. */
    public static final Duration DEFAULT_MAX_UNREACHABLE_TIME = Duration.ofMinutes(2);

    /**
     * Refuses a negative timeout, a poll interval that is not positive and unreachable bounds below their minimum;
     * raises a longest poll interval below the first to it.
     *
     * @param timeout how long to wait in all
     * @param pollInterval the first interval between status reads
     * @param maxPollInterval the longest interval between status reads
     * @param cancelOnTimeout whether to cancel the run when the timeout passes (by default it keeps running)
     * @param maxUnreachableReads status reads in a row that must fail to connect before the wait ends, at least 1
     * @param maxUnreachableTime how long status reads must have failed to connect before the wait ends
     */
    public WaitOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxUnreachableTime, "maxUnreachableTime");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(maxPollInterval, "maxPollInterval");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
        if (maxPollInterval.compareTo(pollInterval) < 0) {
            maxPollInterval = pollInterval;
        }
        if (maxUnreachableReads < 1) {
            throw new IllegalArgumentException("maxUnreachableReads must be at least 1, was " + maxUnreachableReads);
        }
        if (maxUnreachableTime.isNegative()) {
            throw new IllegalArgumentException("maxUnreachableTime must not be negative, was " + maxUnreachableTime);
        }
    }

    /**
     * Options with the default bounds of an unreachable endpoint.
     *
     * @param timeout how long to wait in all
     * @param pollInterval the first interval between status reads
     * @param maxPollInterval the longest interval between status reads
     * @param cancelOnTimeout whether to cancel the run when the timeout passes
     */
    public WaitOptions(Duration timeout, Duration pollInterval, Duration maxPollInterval, boolean cancelOnTimeout) {
        this(
                timeout,
                pollInterval,
                maxPollInterval,
                cancelOnTimeout,
                DEFAULT_MAX_UNREACHABLE_READS,
                DEFAULT_MAX_UNREACHABLE_TIME);
    }

    /**
     * @return 30 min timeout, polls from 2 s growing to 30 s, no cancel; giving up on an endpoint that 5 reads in a row
     *     and 2 min could not reach
     */
    public static WaitOptions defaults() {
        return new WaitOptions(DEFAULT_TIMEOUT, DEFAULT_POLL_INTERVAL, DEFAULT_MAX_POLL_INTERVAL, false);
    }

    /**
     * @param newTimeout how long to wait at most
     * @return these options with another timeout
     */
    public WaitOptions withTimeout(Duration newTimeout) {
        return new WaitOptions(
                newTimeout, pollInterval, maxPollInterval, cancelOnTimeout, maxUnreachableReads, maxUnreachableTime);
    }

    /**
     * @param interval the first poll interval, positive
     * @return these options with another first poll interval (the cap grows to it if smaller)
     */
    public WaitOptions withPollInterval(Duration interval) {
        return new WaitOptions(
                timeout, interval, maxPollInterval, cancelOnTimeout, maxUnreachableReads, maxUnreachableTime);
    }

    /**
     * @param interval the longest poll interval
     * @return these options with another longest poll interval
     */
    public WaitOptions withMaxPollInterval(Duration interval) {
        return new WaitOptions(
                timeout, pollInterval, interval, cancelOnTimeout, maxUnreachableReads, maxUnreachableTime);
    }

    /**
     * @param cancel whether to cancel the run when the timeout passes
     * @return these options, cancelling the run (or not) when the timeout passes
     */
    public WaitOptions withCancelOnTimeout(boolean cancel) {
        return new WaitOptions(timeout, pollInterval, maxPollInterval, cancel, maxUnreachableReads, maxUnreachableTime);
    }

    /**
     * @param reads how many status reads in a row must fail to connect before the wait ends (at least 1)
     * @param time how long they must have failed, from the first of them
     * @return these options with other bounds for an unreachable endpoint
     * @since 0.1.0
     */
    public WaitOptions withMaxUnreachable(int reads, Duration time) {
        return new WaitOptions(timeout, pollInterval, maxPollInterval, cancelOnTimeout, reads, time);
    }

    /** The interval after {@code previous}: half as long again, capped. */
    Duration next(Duration previous) {
        Duration grown = previous.plus(previous.dividedBy(2));
        return grown.compareTo(maxPollInterval) > 0 ? maxPollInterval : grown;
    }
}
