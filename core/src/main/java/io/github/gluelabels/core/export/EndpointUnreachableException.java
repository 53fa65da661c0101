package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Duration;

/**
 * The wait for a task run ended because Glue could not be reached: several status reads in a row failed to connect
 * (connection refused, unknown host, connect timeout), for longer than {@link WaitOptions#maxUnreachableTime()}. The
 * run itself may still be going. The last read's failure is the cause.
 *
 * @since 0.1.0
 */
public class EndpointUnreachableException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    private final transient TaskRunState lastState;
    private final int reads;
    private final Duration unreachableFor;

    /**
     * @param lastState the run as last reported, with status {@link WaitTimeoutException#UNKNOWN} when no read
     *     succeeded
     * @param endpoint the endpoint that could not be reached, as it may be shown (no user information)
     * @param reads how many status reads in a row failed to connect
     * @param unreachableFor how long, from the first of them
     * @param checkCommand the command that shows the run's status, or {@code null} when nothing outlives the export to
     *     ask (an embedded fake)
     * @param lastFailure why the last read failed
     */
    public EndpointUnreachableException(
            TaskRunState lastState,
            String endpoint,
            int reads,
            Duration unreachableFor,
            String checkCommand,
            GlueLabelsException lastFailure) {
        super(describe(lastState, endpoint, reads, unreachableFor, checkCommand, lastFailure), lastFailure);
        this.lastState = lastState;
        this.reads = reads;
        this.unreachableFor = unreachableFor;
    }

    private static String describe(
            TaskRunState s,
            String endpoint,
            int reads,
            Duration unreachableFor,
            String checkCommand,
            GlueLabelsException lastFailure) {
        String status = WaitTimeoutException.UNKNOWN.equals(s.status()) ? "" : " (last seen " + s.status() + ")";
        return "Gave up waiting for task run " + s.taskRunId() + " of transform " + s.transformId() + ": Glue at "
                + endpoint + " cannot be reached — " + reads + " status reads in a row failed to connect over "
                + Durations.describe(unreachableFor) + ". The last one: " + lastFailure.getMessage() + " The task run "
                + s.taskRunId() + " of transform " + s.transformId() + " may still be running" + status
                + "; it was not "
                + "cancelled"
                + (checkCommand == null ? "." : ": check it with '" + checkCommand + "' once Glue can be reached.")
                + " To wait out longer outages, raise maxUnreachableReads and maxUnreachableTime.";
    }

    /** @return the run as last reported; its status is {@link WaitTimeoutException#UNKNOWN} when no read succeeded */
    public TaskRunState lastState() {
        return lastState;
    }

    /** @return how many status reads in a row failed to connect */
    public int reads() {
        return reads;
    }

    /** @return how long they failed, from the first of them */
    public Duration unreachableFor() {
        return unreachableFor;
    }
}
