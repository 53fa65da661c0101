package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.WaitOptions;
import java.time.Duration;
import java.util.Optional;

/**
 * How a goal waits for its task run, as configured: whether to wait, for how long, how often to read the status, and
 * when to give up on a Glue that cannot be reached.
 *
 * @param waitForCompletion whether to wait
 * @param timeout e.g. {@code 30m}
 * @param pollInterval e.g. {@code 2s}
 * @param cancelOnTimeout whether to cancel the run when the timeout passes
 * @param maxUnreachableReads status reads in a row that cannot connect before giving up
 * @param maxUnreachableTime e.g. {@code 2m}
 */
record WaitParameters(
        boolean waitForCompletion,
        String timeout,
        String pollInterval,
        boolean cancelOnTimeout,
        int maxUnreachableReads,
        String maxUnreachableTime) {

    /** @return the goals' defaults */
    static WaitParameters defaults() {
        return new WaitParameters(
                true,
                GoalDefaults.TIMEOUT,
                GoalDefaults.POLL_INTERVAL,
                false,
                Integer.parseInt(GoalDefaults.MAX_UNREACHABLE_READS),
                GoalDefaults.MAX_UNREACHABLE_TIME);
    }

    /**
     * Checks the parameters, adding each problem to {@code problems}.
     *
     * @return how to wait, or empty when there is a problem
     */
    Optional<WaitOptions> read(ConfigurationProblems problems) {
        Optional<Duration> total = duration("timeout", timeout, problems, true);
        Optional<Duration> firstPoll = duration("pollInterval", pollInterval, problems, false);
        Optional<Duration> unreachableTime = duration("maxUnreachableTime", maxUnreachableTime, problems, true);
        if (maxUnreachableReads < 1) {
            problems.parameter("maxUnreachableReads", "must be 1 or more", String.valueOf(maxUnreachableReads));
        }
        if (total.isEmpty() || firstPoll.isEmpty() || unreachableTime.isEmpty() || maxUnreachableReads < 1) {
            return Optional.empty();
        }
        return Optional.of(WaitOptions.defaults()
                .withTimeout(total.get())
                .withPollInterval(firstPoll.get())
                .withCancelOnTimeout(cancelOnTimeout)
                .withMaxUnreachable(maxUnreachableReads, unreachableTime.get()));
    }

    private static Optional<Duration> duration(
            String parameter, String value, ConfigurationProblems problems, boolean zeroAllowed) {
        Optional<Duration> parsed = DurationParameter.parse(value);
        if (parsed.isEmpty()) {
            problems.parameter(parameter, "must be " + DurationParameter.FORMS, value);
        } else if (parsed.get().isNegative() || (!zeroAllowed && parsed.get().isZero())) {
            problems.parameter(parameter, "must be " + (zeroAllowed ? "0 or more" : "more than 0"), value);
            return Optional.empty();
        }
        return parsed;
    }
}
