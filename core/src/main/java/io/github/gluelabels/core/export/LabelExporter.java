package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Exports the labels of a Glue FindMatches transform: starts the export task run, waits for it, downloads what it
 * wrote and summarizes the labels — against real AWS Glue or a fake, explaining every failure in plain words.
 * Thread-safe: one exporter can run several exports at once.
 *
 * <pre>{@code
 * try (AwsClients clients = AwsClients.create(ClientSettings.builder().region("eu-west-1").build())) {
 *   ExportResult result = LabelExporter.of(clients, ExportListener.NONE).export(
 *       ExportRequest.of("tfm-0123", "s3://my-bucket/labels/"),
 *       ExportOptions.defaults().downloadingTo(Path.of("target/labels")));
 *   System.out.println(result.taskRunId() + " " + result.status() + " " + result.summary().describe());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelExporter {

    private final GlueClient glue;
    private final ExportListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ErrorTranslator errors;
    private final Downloader downloader;

    private LabelExporter(Builder b) {
        this.glue = Objects.requireNonNull(b.glue, "glue");
        this.listener = b.listener;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.errors = new ErrorTranslator(
                b.region,
                b.glueEndpoint,
                b.s3Endpoint,
                b.maxAttempts,
                b.readTimeout,
                b.endpointKind != null ? b.endpointKind : EndpointKind.of(b.glueEndpoint));
        this.downloader =
                new Downloader(Objects.requireNonNull(b.s3, "s3"), errors, listener, clock, b.downloadThreads);
    }

    /**
     * An exporter over the clients of a factory.
     *
     * @param clients the clients
     * @param listener hears progress; {@link ExportListener#NONE} for silence
     * @return the exporter
     */
    public static LabelExporter of(AwsClients clients, ExportListener listener) {
        return builder().clients(clients).listener(listener).build();
    }

    /** @return a builder, for clients made elsewhere (e.g. injected by a test extension) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the export task run. The request was validated when it was built, so an invalid one never gets here.
     *
     * @param request what to export where
     * @return the new task run's id
     * @throws AwsCallException explaining why Glue refused
     */
    public String start(ExportRequest request) {
        String taskRunId;
        try {
            taskRunId = glue.startExportLabelsTaskRun(r -> r.transformId(request.transformId())
                            .outputS3Path(request.outputS3Path().toString()))
                    .taskRunId();
        } catch (SdkException e) {
            throw errors.glue("StartExportLabelsTaskRun", request.transformId(), null, e);
        }
        listener.started(request.transformId(), taskRunId);
        return taskRunId;
    }

    /**
     * Reads a task run's status once.
     *
     * @param transformId the transform
     * @param taskRunId the task run
     * @return the run as Glue reports it now
     */
    public TaskRunState status(String transformId, String taskRunId) {
        try {
            return state(glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId)));
        } catch (SdkException e) {
            throw errors.glue("GetMLTaskRun", transformId, taskRunId, e);
        }
    }

    /**
     * Cancels a task run.
     *
     * @param transformId the transform
     * @param taskRunId the task run to cancel
     * @return the status Glue answers ({@code STOPPING} for a run that was going)
     */
    public String cancel(String transformId, String taskRunId) {
        try {
            return glue.cancelMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId))
                    .statusAsString();
        } catch (SdkException e) {
            throw errors.glue("CancelMLTaskRun", transformId, taskRunId, e);
        }
    }

    /**
     * Waits for a task run to end: reads its status at once, then at growing intervals.
     *
     * @param transformId the transform
     * @param taskRunId the run
     * @param options how long and how often
     * @return the run, {@code SUCCEEDED}
     * @throws TaskRunFailedException when it ends {@code FAILED}, {@code TIMEOUT} or {@code STOPPED}
     * @throws WaitTimeoutException when the timeout passes first (naming the run, which goes on unless cancelled)
     * @throws EndpointUnreachableException when status reads failed to connect as many times in a row, and for as long,
     *     as the options allow (naming the run, which may still be going)
     */
    public TaskRunState await(String transformId, String taskRunId, WaitOptions options) {
        return await(transformId, taskRunId, options, clock.instant());
    }

    private TaskRunState await(String transformId, String taskRunId, WaitOptions options, Instant origin) {
        Instant begin = clock.instant();
        Instant deadline = begin.plus(options.timeout());
        Duration interval = options.pollInterval();
        TaskRunState last = null;
        GlueLabelsException lastReadFailure = null;
        UnreachableStreak unreachable = new UnreachableStreak(options);
        while (true) {
            TaskRunState state = null;
            Instant readBegan = clock.instant();
            try {
                state = state(glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId)));
                unreachable.reached();
            } catch (SdkException e) {
                if (!ErrorTranslator.isTransient(e)) {
                    throw errors.glue("GetMLTaskRun", transformId, taskRunId, e);
                }
                lastReadFailure = errors.glue("GetMLTaskRun", transformId, taskRunId, e);
                if (!UnreachableStreak.isConnectFailure(e)) {
                    unreachable.reached();
                } else if (unreachable.failedToConnect(readBegan, clock.instant())) {
                    TaskRunState lastKnown = last != null ? last : unknown(transformId, taskRunId);
                    throw new EndpointUnreachableException(
                            lastKnown,
                            errors.hints().endpoint(),
                            unreachable.reads(),
                            unreachable.length(clock.instant()),
                            errors.hints().checkRunCommand(transformId, taskRunId),
                            lastReadFailure);
                }
                listener.pollFailed(transformId, taskRunId, lastReadFailure.getMessage());
            }
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
                TaskRunState lastKnown = last != null ? last : unknown(transformId, taskRunId);
                boolean cancelled = false;
                GlueLabelsException cancelFailure = null;
                if (options.cancelOnTimeout()) {
                    try {
                        cancel(transformId, taskRunId);
                        cancelled = true;
                    } catch (GlueLabelsException e) {
                        cancelFailure = e;
                    }
                }
                throw new WaitTimeoutException(
                        lastKnown,
                        Duration.between(begin, now),
                        cancelled,
                        cancelFailure,
                        last == null ? lastReadFailure : null,
                        errors.hints().checkRunCommand(transformId, taskRunId));
            }
            try {
                sleeper.sleep(interval.compareTo(remaining) < 0 ? interval : remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GlueLabelsException(
                        "Interrupted while waiting for task run " + taskRunId + " of transform " + transformId
                                + "; it was not cancelled and may still finish.",
                        e);
            }
            interval = options.next(interval);
        }
    }

    /**
     * Downloads everything under an export's output path into a folder. The folder then holds these files and those
     * glue-labels did not write: the files an earlier download into it wrote are replaced.
     *
     * @param outputS3Path the export's output path (a folder in a bucket, not a whole bucket)
     * @param directory the local folder (created if needed)
     * @return what was written, with a summary of the labels
     */
    public DownloadResult download(S3Uri outputS3Path, Path directory) {
        return download(outputS3Path, directory, true);
    }

    /**
     * Downloads everything under an export's output path into a folder, with or without a summary of the labels.
     *
     * @param outputS3Path the export's output path (a folder in a bucket, not a whole bucket)
     * @param directory the local folder (created if needed)
     * @param summarize whether to read every label, to check the parts and count them (see
     *     {@link ExportOptions#summarize()}); without, the result has no summary
     * @return what was written, with a summary of the labels if asked for
     */
    public DownloadResult download(S3Uri outputS3Path, Path directory, boolean summarize) {
        return downloader.download(outputS3Path, directory, EarlierObjects.NONE, summarize, DownloadLimits.defaults());
    }

    /**
     * Downloads everything under an export's output path into the folder of the options, as they say: with or without
     * a summary, within their download limits.
     *
     * @param outputS3Path the export's output path (a folder in a bucket, not a whole bucket)
     * @param options {@link ExportOptions#downloadTo()} (required), {@link ExportOptions#summarize()},
     *     {@link ExportOptions#downloadLimits()}
     * @return what was written
     * @since 0.1.0
     */
    public DownloadResult download(S3Uri outputS3Path, ExportOptions options) {
        Objects.requireNonNull(options.downloadTo(), "options.downloadTo()");
        return downloader.download(
                outputS3Path, options.downloadTo(), EarlierObjects.NONE, options.summarize(), options.downloadLimits());
    }

    /**
     * Exports: start, then (as the options say) wait and download. A download brings only what this export's task run
     * wrote: the objects under the output path before the run started (earlier exports to the same path) are listed
     * first and left aside, unless they changed meanwhile. A download of a whole bucket ({@code s3://bucket}) is refused
     * before the run is started.
     *
     * @param request what to export where
     * @param options whether to wait and where to download
     * @return the outcome
     * @throws AwsCallException when a call to AWS fails, explained
     * @throws TaskRunFailedException when the task run ends other than {@code SUCCEEDED}
     * @throws WaitTimeoutException when the wait's timeout passes first
     * @throws GlueLabelsException on any other failure, explained
     */
    public ExportResult export(ExportRequest request, ExportOptions options) {
        Instant startedAt = clock.instant();
        // what is under the path before the run is left aside by the download: it is what earlier exports wrote there
        EarlierObjects earlier =
                options.downloadTo() == null ? EarlierObjects.NONE : downloader.before(request.outputS3Path());
        String taskRunId = start(request);
        Instant started = clock.instant();
        Duration startDuration = Duration.between(startedAt, started);
        if (!options.waitForCompletion()) {
            return new ExportResult(request, taskRunId, null, startedAt, startDuration, Duration.ZERO, null);
        }
        TaskRunState state = await(request.transformId(), taskRunId, options.waitOptions(), startedAt);
        Duration waitDuration = Duration.between(started, clock.instant());
        DownloadResult download = options.downloadTo() == null
                ? null
                : downloader.download(
                        request.outputS3Path(),
                        options.downloadTo(),
                        earlier,
                        options.summarize(),
                        options.downloadLimits());
        return new ExportResult(request, taskRunId, state, startedAt, startDuration, waitDuration, download);
    }

    private static TaskRunState unknown(String transformId, String taskRunId) {
        return new TaskRunState(transformId, taskRunId, WaitTimeoutException.UNKNOWN, null, null, null, null);
    }

    private static TaskRunState state(GetMlTaskRunResponse r) {
        return new TaskRunState(
                r.transformId(),
                r.taskRunId(),
                r.statusAsString(),
                r.errorString(),
                r.startedOn(),
                r.completedOn(),
                r.executionTime());
    }

    /** Builds a {@link LabelExporter}. */
    public static final class Builder {
        private GlueClient glue;
        private S3Client s3;
        private String region = "the client's region";
        private URI glueEndpoint;
        private URI s3Endpoint;
        private int maxAttempts = ClientSettings.DEFAULT_MAX_ATTEMPTS;
        private Duration readTimeout;
        private ExportListener listener = ExportListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private int downloadThreads = Downloader.DEFAULT_THREADS;
        private EndpointKind endpointKind;

        private Builder() {}

        /**
         * Takes the clients of a factory, with what messages need to know of them: region, Glue endpoint, attempts and
         * read timeout.
         *
         * @param clients the clients
         * @return this builder
         * @since 0.1.0
         */
        public Builder clients(AwsClients clients) {
            return glue(clients.glue())
                    .s3(clients.s3())
                    .region(clients.region().id())
                    .glueEndpoint(clients.glueEndpoint())
                    .s3Endpoint(clients.s3Endpoint().orElse(null))
                    .maxAttempts(clients.settings().maxAttempts())
                    .readTimeout(clients.settings().readTimeout());
        }

        /**
         * What the exporter calls, so that the advice in its messages names what works there. By default a guess from
         * the Glue endpoint ({@link EndpointKind#of(URI)}): a fake when it is on this machine, else AWS.
         *
         * @param kind the kind of endpoint
         * @return this builder
         * @since 0.1.0
         */
        public Builder endpointKind(EndpointKind kind) {
            this.endpointKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * @param glue the Glue client (required)
         * @return this builder
         */
        public Builder glue(GlueClient glue) {
            this.glue = glue;
            return this;
        }

        /**
         * @param s3 the S3 client (required)
         * @return this builder
         */
        public Builder s3(S3Client s3) {
            this.s3 = s3;
            return this;
        }

        /**
         * @param region the region, for messages
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param endpoint the Glue endpoint, for messages
         * @return this builder
         */
        public Builder glueEndpoint(URI endpoint) {
            this.glueEndpoint = endpoint;
            return this;
        }

        /**
         * @param endpoint the S3 endpoint, for messages; {@code null} (the default) for S3's public endpoints
         * @return this builder
         * @since 0.1.0
         */
        public Builder s3Endpoint(URI endpoint) {
            this.s3Endpoint = endpoint;
            return this;
        }

        /**
         * @param attempts the clients' attempts per call, for messages
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * @param timeout the clients' read timeout, for messages
         * @return this builder
         * @since 0.1.0
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /**
         * @param listener hears progress
         * @return this builder
         */
        public Builder listener(ExportListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param clock the clock of timeouts and durations
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper waits between status reads
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param threads how many objects a download fetches at once; 4 by default, 1 fetches them in key order
         * @return this builder
         */
        public Builder downloadThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("downloadThreads must be at least 1, was " + threads);
            }
            this.downloadThreads = threads;
            return this;
        }

        /** @return the exporter */
        public LabelExporter build() {
            return new LabelExporter(this);
        }
    }
}
