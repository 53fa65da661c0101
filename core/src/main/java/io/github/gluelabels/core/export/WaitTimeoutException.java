package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Duration;

/**
 * The wait for a task run ran out of time while the run was still going. The run was not cancelled unless asked.
 *
 * @since 0.1.0
 */
public class WaitTimeoutException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /** The status of {@link #lastState()} when no status read succeeded. */
    public static final String UNKNOWN = "UNKNOWN";

    private final transient TaskRunState lastState;
    /** Whether the run was cancelled because of the timeout. */
    private final boolean cancelled;

    /**
     * @param lastState the run as last reported, with status {@link #UNKNOWN} when no read succeeded
     * @param waited how long it was waited for
     * @param cancelled whether it was cancelled because of the timeout
     */
    public WaitTimeoutException(TaskRunState lastState, Duration waited, boolean cancelled) {
        this(lastState, waited, cancelled, null);
    }

    /**
     * @param lastState the run as last reported, with status {@link #UNKNOWN} when no read succeeded
     * @param waited how long it was waited for
     * @param cancelled whether it was cancelled because of the timeout
     * @param cancelFailure why cancelling it failed, or {@code null} when it was not tried or worked; kept as
     *     suppressed
     * @since 0.1.0
     */
    public WaitTimeoutException(
            TaskRunState lastState, Duration waited, boolean cancelled, GlueLabelsException cancelFailure) {
        this(lastState, waited, cancelled, cancelFailure, null);
    }

    /**
     * @param lastState the run as last reported, with status {@link #UNKNOWN} when no read succeeded
     * @param waited how long it was waited for
     * @param cancelled whether it was cancelled because of the timeout
     * @param cancelFailure why cancelling it failed, or {@code null} when it was not tried or worked; kept as
     *     suppressed
     * @param readFailure why the last status read failed, when no read succeeded, or {@code null}; named in the
     *     message and kept as the cause
     * @since 0.1.0
     */
    public WaitTimeoutException(
            TaskRunState lastState,
            Duration waited,
            boolean cancelled,
            GlueLabelsException cancelFailure,
            GlueLabelsException readFailure) {
        this(
                lastState,
                waited,
                cancelled,
                cancelFailure,
                readFailure,
                "aws glue get-ml-task-run --transform-id " + lastState.transformId() + " --task-run-id "
                        + lastState.taskRunId());
    }

    /**
     * @param lastState the run as last reported, with status {@link #UNKNOWN} when no read succeeded
     * @param waited how long it was waited for
     * @param cancelled whether it was cancelled because of the timeout
     * @param cancelFailure why cancelling it failed, or {@code null} when it was not tried or worked; kept as
     *     suppressed
     * @param readFailure why the last status read failed, when no read succeeded, or {@code null}; named in the
     *     message and kept as the cause
     * @param checkCommand the command that shows the run's status, e.g. {@code aws glue get-ml-task-run …}, or
     *     {@code null} when nothing outlives the export to ask (an embedded fake, which ends with the export and takes
     *     the run with it)
     * @since 0.1.0
     */
    public WaitTimeoutException(
            TaskRunState lastState,
            Duration waited,
            boolean cancelled,
            GlueLabelsException cancelFailure,
            GlueLabelsException readFailure,
            String checkCommand) {
        super(describe(lastState, waited, cancelled, cancelFailure, readFailure, checkCommand), readFailure);
        this.lastState = lastState;
        this.cancelled = cancelled;
        if (cancelFailure != null) {
            addSuppressed(cancelFailure);
        }
    }

    private static String describe(
            TaskRunState s,
            Duration waited,
            boolean cancelled,
            GlueLabelsException failure,
            GlueLabelsException readFailure,
            String checkCommand) {
        String run = "task run " + s.taskRunId() + " of transform " + s.transformId();
        String where = UNKNOWN.equals(s.status())
                ? run + " may still be going: no status read succeeded, so its status is unknown. "
                        + (readFailure == null ? "" : "The last read failed: " + readFailure.getMessage() + " ")
                : run + " is still " + s.status() + ". ";
        String check = "check it with '" + checkCommand + "'";
        String next;
        if (cancelled) {
            next = "It was cancelled (cancelOnTimeout).";
        } else if (checkCommand == null) {
            next =
                    "The fake it ran on ends with the export, and the run with it: wait longer (raise the timeout), or make "
                            + "the fake's runs faster."
                            + (failure == null
                                    ? ""
                                    : " Cancelling it (cancelOnTimeout) failed: " + failure.getMessage());
        } else if (failure != null) {
            next = "Cancelling it (cancelOnTimeout) failed, so it may still be running: " + failure.getMessage() + ". "
                    + capitalized(check) + ", and cancel it with 'aws glue cancel-ml-task-run' if needed.";
        } else {
            next = "It was not cancelled and may still finish: " + check + ", or wait longer (raise the timeout).";
        }
        return "Gave up waiting after " + Durations.describe(waited) + ": " + where + next;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** @return the run as last reported; its status is {@link #UNKNOWN} when no status read succeeded */
    public TaskRunState lastState() {
        return lastState;
    }

    /** @return whether the run was cancelled */
    public boolean cancelled() {
        return cancelled;
    }
}
