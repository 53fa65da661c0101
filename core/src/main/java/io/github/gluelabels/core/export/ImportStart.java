package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Starts an import task run once, never twice. {@code StartImportLabelsTaskRun} takes no idempotency token: a start
 * whose answer is lost (a read timeout, a dropped connection, a 5xx) may have started an import, and a blind retry —
 * what the SDK does by itself — would start another, importing an add's labels twice. So the start goes out with the
 * SDK's retries off, whatever the client's are; after a failure that leaves it unknown whether Glue started the run,
 * {@link ImportRunLookup} asks {@code GetMLTaskRuns} for it: found, it is adopted (the listener hears so); not found,
 * the start is sent again, up to the clients' attempts. A refusal ({@code EntityNotFoundException},
 * {@code InvalidInputException}, {@code ConcurrentRunsExceededException}, credentials) is final; throttling and a
 * connection never made, which Glue never acted on, are sent again after a pause. Thread-safe.
 */
final class ImportStart {

    static final String OPERATION = "StartImportLabelsTaskRun";
    /** The first pause between attempts; it doubles up to {@link #MAX_BACKOFF}. */
    static final Duration BACKOFF = Duration.ofSeconds(1);

    static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
    /** How long a start without an answer is given to show in {@code GetMLTaskRuns} before it is looked for. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** One attempt for the request it is added to, whatever retry strategy the client has. */
    private static final SdkPlugin ONE_ATTEMPT =
            config -> config.overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));

    private final GlueClient glue;
    private final ErrorTranslator errors;
    private final ExportListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int attempts;

    /**
     * @param attempts how many starts are sent at most, each after a failure that started no run (the clients'
     *     attempts)
     */
    ImportStart(
            GlueClient glue,
            ErrorTranslator errors,
            ExportListener listener,
            Clock clock,
            Sleeper sleeper,
            int attempts) {
        this.glue = glue;
        this.errors = errors;
        this.listener = listener;
        this.clock = clock;
        this.sleeper = sleeper;
        this.attempts = Math.max(1, attempts);
    }

    /**
     * @return the id of the import task run started (or adopted), which the listener has heard
     * @throws AwsCallException when Glue refused the start, or when no run could be started: its message says whether
     *     one may have started, and how to look
     */
    String start(String transformId, String inputS3Path, boolean replaceAllLabels) {
        ImportRunLookup lookup = new ImportRunLookup(glue, transformId, inputS3Path, replaceAllLabels, clock.instant());
        SdkException last = null;
        boolean anyUnanswered = false;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(backoff(attempt), lookup, transformId, inputS3Path, anyUnanswered);
            }
            try {
                String taskRunId = send(transformId, inputS3Path, replaceAllLabels);
                listener.started(transformId, taskRunId);
                return taskRunId;
            } catch (SdkException e) {
                last = e;
                StartFailure failure = StartFailure.of(e);
                if (failure == StartFailure.REFUSED) {
                    // e.g. ConcurrentRunsExceededException because of the run an unanswered attempt started
                    throw anyUnanswered
                            ? StartMessages.refusedAfterUnanswered(errors, lookup, transformId, inputS3Path, e)
                            : errors.glue(OPERATION, transformId, null, e);
                }
                if (failure == StartFailure.UNKNOWN) {
                    anyUnanswered = true;
                    pause(SETTLE, lookup, transformId, inputS3Path, true);
                    ImportRunLookup.Found found;
                    try {
                        found = lookup.find();
                    } catch (SdkException lookupFailure) {
                        throw StartMessages.mayHaveStarted(errors, lookup, transformId, inputS3Path, e, lookupFailure);
                    }
                    if (found.taskRunId() != null) {
                        listener.info(StartMessages.adopted(transformId, inputS3Path, found));
                        if (!found.others().isEmpty()) {
                            listener.warning(StartMessages.several(transformId, inputS3Path, found));
                        }
                        listener.started(transformId, found.taskRunId());
                        return found.taskRunId();
                    }
                }
            }
        }
        throw StartMessages.notStarted(errors, lookup, transformId, attempts, anyUnanswered, last);
    }

    private void pause(
            Duration pause, ImportRunLookup lookup, String transformId, String inputS3Path, boolean mayHaveStarted) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GlueLabelsException(
                    "Interrupted while starting the import of " + inputS3Path + " into transform " + transformId
                            + (mayHaveStarted
                                    ? ": an import MAY HAVE STARTED (a start got no answer). Look with: "
                                            + lookup.command(errors.region())
                                    : "; no import was started."),
                    e);
        }
    }

    private String send(String transformId, String inputS3Path, boolean replaceAllLabels) {
        return glue.startImportLabelsTaskRun(r -> r.transformId(transformId)
                        .inputS3Path(inputS3Path)
                        .replaceAllLabels(replaceAllLabels)
                        .overrideConfiguration(o -> o.addPlugin(ONE_ATTEMPT)))
                .taskRunId();
    }

    /** @return the pause before an attempt: 1 s, 2 s, 4 s… up to 20 s */
    static Duration backoff(int attempt) {
        int doublings = Math.min(attempt - 2, 5);
        Duration pause = BACKOFF.multipliedBy(1L << Math.max(0, doublings));
        return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
    }

    /** What a failed start says of the run it was to start. */
    enum StartFailure {
        /** Glue refused it (a 4xx other than throttling), or it was never sent (no credentials): sending it again
         * would fail again. */
        REFUSED,
        /** Glue did not act on it (throttled; no connection made): it may be sent again. */
        NOT_STARTED,
        /** No answer came after it was sent (a timeout, a lost connection), or a 5xx: a run may have started. */
        UNKNOWN;

        static StartFailure of(SdkException e) {
            if (e instanceof AwsServiceException service) {
                if (service.isThrottlingException()) {
                    return NOT_STARTED;
                }
                return ErrorTranslator.isTransient(e) ? UNKNOWN : REFUSED;
            }
            if (!ErrorTranslator.isTransient(e)) {
                return REFUSED;
            }
            // no connection made (refused, unknown host, no route, connect timeout): Glue never saw the start
            return UnreachableStreak.isConnectFailure(e) ? NOT_STARTED : UNKNOWN;
        }
    }
}
