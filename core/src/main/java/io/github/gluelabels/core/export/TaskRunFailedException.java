package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;

/**
 * A task run ended, but not with {@code SUCCEEDED}: {@code FAILED} (with the service's error string),
 * {@code TIMEOUT} or {@code STOPPED}.
 *
 * @since 0.1.0
 */
public class TaskRunFailedException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    private final transient TaskRunState state;

    /**
     * @param state the run as last reported
     */
    public TaskRunFailedException(TaskRunState state) {
        super(describe(state));
        this.state = state;
    }

    /** @return the run as last reported */
    public TaskRunState state() {
        return state;
    }

    private static String describe(TaskRunState s) {
        String run = "Task run " + s.taskRunId() + " of transform " + s.transformId() + " ended " + s.status();
        return switch (s.status()) {
            case "FAILED" ->
                run + ": "
                        + (s.errorString() == null || s.errorString().isBlank()
                                ? "Glue gave no error string; look in CloudWatch Logs (log group /aws-glue/ml-transforms)."
                                : s.errorString());
            case "TIMEOUT" ->
                run + ": it ran longer than the transform's timeout and Glue stopped it. Raise the "
                        + "transform's Timeout (aws glue update-ml-transform --timeout …) or try again when Glue is less busy.";
            case "STOPPED" -> run + ": it was cancelled (CancelMLTaskRun) before it finished; nothing was exported.";
            default -> run + (s.errorString() == null ? "." : ": " + s.errorString());
        };
    }
}
