package io.github.gluelabels.core.export;

import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task run: the first status read comes at once, then reads come after {@code pollInterval},
 * growing by half each time up to {@code maxPollInterval}, until the run ends or {@code timeout} passes.
 *
 * @param timeout how long to wait in all
 * @param pollInterval the first interval between status reads
 * @param maxPollInterval the longest interval between status reads
 * @param cancelOnTimeout whether to cancel the run when the timeout passes (by default it keeps running)
 * @since 0.1.0
 */
public record WaitOptions(Duration timeout, Duration pollInterval, Duration maxPollInterval,
    boolean cancelOnTimeout) {

  /** The default overall timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  /** The default first poll interval. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  /** The default longest poll interval. */
  public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(30);

  /**
   * Refuses a negative timeout and a poll interval that is not positive; raises a longest poll interval below the
   * first to it.
   *
   * @param timeout how long to wait in all
   * @param pollInterval the first interval between status reads
   * @param maxPollInterval the longest interval between status reads
   * @param cancelOnTimeout whether to cancel the run when the timeout passes (by default it keeps running)
   */
  public WaitOptions {
    Objects.requireNonNull(timeout, "timeout");
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
  }

  /** @return 30 min timeout, polls from 2 s growing to 30 s, no cancel */
  public static WaitOptions defaults() {
    return new WaitOptions(DEFAULT_TIMEOUT, DEFAULT_POLL_INTERVAL, DEFAULT_MAX_POLL_INTERVAL, false);
  }

  /**
   * @param newTimeout how long to wait at most
   * @return these options with another timeout
   */
  public WaitOptions withTimeout(Duration newTimeout) {
    return new WaitOptions(newTimeout, pollInterval, maxPollInterval, cancelOnTimeout);
  }

  /**
   * @param interval the first poll interval, positive
   * @return these options with another first poll interval (the cap grows to it if smaller)
   */
  public WaitOptions withPollInterval(Duration interval) {
    return new WaitOptions(timeout, interval, maxPollInterval, cancelOnTimeout);
  }

  /**
   * @param interval the longest poll interval
   * @return these options with another longest poll interval
   */
  public WaitOptions withMaxPollInterval(Duration interval) {
    return new WaitOptions(timeout, pollInterval, interval, cancelOnTimeout);
  }

  /**
   * @param cancel whether to cancel the run when the timeout passes
   * @return these options, cancelling the run (or not) when the timeout passes
   */
  public WaitOptions withCancelOnTimeout(boolean cancel) {
    return new WaitOptions(timeout, pollInterval, maxPollInterval, cancel);
  }

  /** The interval after {@code previous}: half as long again, capped. */
  Duration next(Duration previous) {
    Duration grown = previous.plus(previous.dividedBy(2));
    return grown.compareTo(maxPollInterval) > 0 ? maxPollInterval : grown;
  }
}
