package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One wait for a task run to end, as {@link WaitOptions} say: reads its status at once, then at growing intervals;
 * tells the listener of every change of status and of every read that failed but may pass; and ends with the run
 * {@code SUCCEEDED}, or with an exception that says why not — the run failed, the timeout passed (after cancelling the
 * run, if asked), or Glue could not be reached for too long. Not thread-safe: one per wait.
 */
final class TaskRunWait {

    private final TaskRuns runs;
    private final ErrorTranslator errors;
    private final ExportListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WaitOptions options;
    private final String transformId;
    private final String taskRunId;
    private final UnreachableStreak unreachable;
    /** The run as last read, {@code null} until a read succeeds. */
    private TaskRunState last;
    /** Why the last read failed, if one did. */
    private GlueLabelsException lastReadFailure;

    TaskRunWait(
            TaskRuns runs,
            ErrorTranslator errors,
            ExportListener listener,
            Clock clock,
            Sleeper sleeper,
            WaitOptions options,
            String transformId,
            String taskRunId) {
        this.runs = runs;
        this.errors = errors;
        this.listener = listener;
        this.clock = clock;
        this.sleeper = sleeper;
        this.options = options;
        this.transformId = transformId;
        this.taskRunId = taskRunId;
        this.unreachable = new UnreachableStreak(options);
    }

    /**
     * @param origin when the export began, for the elapsed time the listener hears with each status
     * @return the run, {@code SUCCEEDED}
     * @throws TaskRunFailedException when it ends {@code FAILED}, {@code TIMEOUT} or {@code STOPPED}
     * @throws WaitTimeoutException when the timeout passes first
     * @throws EndpointUnreachableException when status reads failed to connect as many times in a row, and for as long,
     *     as the options allow
     */
    TaskRunState await(Instant origin) {
        Instant begin = clock.instant();
        Instant deadline = begin.plus(options.timeout());
        Duration interval = options.pollInterval();
        while (true) {
            TaskRunState state = read();
            if (state != null) {
                if (last == null || !last.status().equals(state.status())) {
                    listener.statusChanged(state, Duration.between(origin, clock.instant()));
                }
                last = state;
                if (state.succeeded()) {
                    return state;
                }
                if (state.isTerminal()) {
                    throw new TaskRunFailedException(state);
                }
            }
            Instant now = clock.instant();
            Duration remaining = Duration.between(now, deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw timedOut(Duration.between(begin, now));
            }
            sleep(interval.compareTo(remaining) < 0 ? interval : remaining);
            interval = options.next(interval);
        }
    }

    /** @return the run as Glue reports it now, or {@code null} when the read failed in a way that may pass */
    private TaskRunState read() {
        Instant readBegan = clock.instant();
        try {
            TaskRunState state = runs.read(transformId, taskRunId);
            unreachable.reached();
            return state;
        } catch (SdkException e) {
            if (!ErrorTranslator.isTransient(e)) {
                throw errors.glue("GetMLTaskRun", transformId, taskRunId, e);
            }
            lastReadFailure = errors.glue("GetMLTaskRun", transformId, taskRunId, e);
            if (!UnreachableStreak.isConnectFailure(e)) {
                unreachable.reached();
            } else if (unreachable.failedToConnect(readBegan, clock.instant())) {
                throw new EndpointUnreachableException(
                        lastKnown(),
                        errors.hints().endpoint(),
                        unreachable.reads(),
                        unreachable.length(clock.instant()),
                        errors.hints().checkRunCommand(transformId, taskRunId),
                        lastReadFailure);
            }
            listener.pollFailed(transformId, taskRunId, lastReadFailure.getMessage());
            return null;
        }
    }

    /** Cancels the run if the options say so, and says how long the wait took and how it ended. */
    private WaitTimeoutException timedOut(Duration waited) {
        TaskRunState lastKnown = lastKnown();
        boolean cancelled = false;
        GlueLabelsException cancelFailure = null;
        if (options.cancelOnTimeout()) {
            try {
                runs.cancel(transformId, taskRunId);
                cancelled = true;
            } catch (GlueLabelsException e) {
                cancelFailure = e;
            }
        }
        return new WaitTimeoutException(
                lastKnown,
                waited,
                cancelled,
                cancelFailure,
                last == null ? lastReadFailure : null,
                errors.hints().checkRunCommand(transformId, taskRunId));
    }

    private void sleep(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GlueLabelsException(
                    "Interrupted while waiting for task run " + taskRunId + " of transform " + transformId
                            + "; it was not cancelled and may still finish.",
                    e);
        }
    }

    /** @return the run as last read, or a run of unknown status when no read succeeded */
    private TaskRunState lastKnown() {
        return last != null
                ? last
                : new TaskRunState(transformId, taskRunId, WaitTimeoutException.UNKNOWN, null, null, null, null);
    }
}
