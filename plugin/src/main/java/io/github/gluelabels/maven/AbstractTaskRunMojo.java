package io.github.gluelabels.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of a goal that starts a Glue task run and waits for it: whether to wait, how long, how often to read
 * its status and when to give up on Glue. A goal that starts task runs extends it and so waits as {@code export}
 * does, with the same parameters and properties.
 */
abstract class AbstractTaskRunMojo extends AbstractAwsMojo {

    /**
     * Whether to wait for the task run to end. Without waiting, {@code export} only starts the export and reports its
     * {@code TaskRunId} (status {@code STARTED}); nothing is downloaded. {@code import} always waits and refuses
     * {@code false}: Glue says whether it took the files only when the run ends, the input path must stay as it is
     * until then, and the label count after the import is read then. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.wait", defaultValue = "true")
    private boolean wait;

    /**
     * How long to wait for the task run in all, e.g. {@code 30m}, {@code 90s}, {@code 2h}, {@code 1h30m} or ISO-8601
     * {@code PT30M}. When it passes, the build fails naming the task run, which keeps running unless
     * {@code cancelOnTimeout} is set. Default: {@code 30m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.timeout", defaultValue = GoalDefaults.TIMEOUT)
    private String timeout;

    /**
     * The first interval between two status reads (same forms as {@code timeout}); it grows by half after each read, up
     * to 30 seconds or this interval if longer. Default: {@code 2s}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.pollInterval", defaultValue = GoalDefaults.POLL_INTERVAL)
    private String pollInterval;

    /**
     * Whether to cancel the task run when {@code timeout} passes. Default: {@code false} — the run goes on and may
     * still finish.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.cancelOnTimeout", defaultValue = "false")
    private boolean cancelOnTimeout;

    /**
     * How many status reads in a row must fail to connect to Glue (connection refused, unknown host, connect timeout)
     * before the wait gives up on an endpoint that is gone, also for at least {@code maxUnreachableTime}. Answers that
     * are errors (throttling, HTTP 5xx) never count: Glue is there. The build then fails naming the endpoint and the
     * task run, which may still be running. Default: {@code 5}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxUnreachableReads", defaultValue = GoalDefaults.MAX_UNREACHABLE_READS)
    private int maxUnreachableReads;

    /**
     * How long status reads must have failed to connect, from the first of them, before the wait gives up (with
     * {@code maxUnreachableReads}, both must be reached, so a network blip is ridden out); same forms as
     * {@code timeout}. Default: {@code 2m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxUnreachableTime", defaultValue = GoalDefaults.MAX_UNREACHABLE_TIME)
    private String maxUnreachableTime;

    /** @param settingsDecrypter decrypts the password of {@code serverId} */
    protected AbstractTaskRunMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /** @return how to wait, as configured */
    protected final WaitParameters waitParameters() {
        return new WaitParameters(
                wait, timeout, pollInterval, cancelOnTimeout, maxUnreachableReads, maxUnreachableTime);
    }
}
