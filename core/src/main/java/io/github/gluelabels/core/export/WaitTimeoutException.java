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

  private final transient TaskRunState lastState;
  private final boolean cancelled;

  /**
   * @param lastState the run as last reported
   * @param waited how long it was waited for
   * @param cancelled whether it was cancelled because of the timeout
   */
  public WaitTimeoutException(TaskRunState lastState, Duration waited, boolean cancelled) {
    super("Gave up waiting after " + Durations.describe(waited) + ": task run " + lastState.taskRunId()
        + " of transform " + lastState.transformId() + " is still " + lastState.status() + ". "
        + (cancelled ? "It was cancelled (cancelOnTimeout)."
            : "It was not cancelled and may still finish: check it with 'aws glue get-ml-task-run --transform-id "
                + lastState.transformId() + " --task-run-id " + lastState.taskRunId()
                + "', or wait longer (raise the timeout)."));
    this.lastState = lastState;
    this.cancelled = cancelled;
  }

  /** @return the run as last reported */
  public TaskRunState lastState() {
    return lastState;
  }

  /** @return whether the run was cancelled */
  public boolean cancelled() {
    return cancelled;
  }
}
