package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.aws.AwsClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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

    private final TaskRuns runs;
    private final Downloader downloader;
    private final ErrorTranslator errors;
    private final ExportListener listener;
    private final Clock clock;
    private final Sleeper sleeper;

    private LabelExporter(
            TaskRuns runs,
            Downloader downloader,
            ErrorTranslator errors,
            ExportListener listener,
            Clock clock,
            Sleeper sleeper) {
        this.runs = runs;
        this.downloader = downloader;
        this.errors = errors;
        this.listener = listener;
        this.clock = clock;
        this.sleeper = sleeper;
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

    /** An exporter of parts made elsewhere: the backup of a {@link LabelImporter}, which shares its parts. */
    static LabelExporter of(
            TaskRuns runs,
            Downloader downloader,
            ErrorTranslator errors,
            ExportListener listener,
            Clock clock,
            Sleeper sleeper) {
        return new LabelExporter(runs, downloader, errors, listener, clock, sleeper);
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
        return runs.start(request);
    }

    /**
     * Reads a task run's status once.
     *
     * @param transformId the transform
     * @param taskRunId the task run
     * @return the run as Glue reports it now
     */
    public TaskRunState status(String transformId, String taskRunId) {
        return runs.status(transformId, taskRunId);
    }

    /**
     * Cancels a task run.
     *
     * @param transformId the transform
     * @param taskRunId the task run to cancel
     * @return the status Glue answers ({@code STOPPING} for a run that was going)
     */
    public String cancel(String transformId, String taskRunId) {
        return runs.cancel(transformId, taskRunId);
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
        return new TaskRunWait(runs, errors, listener, clock, sleeper, options, transformId, taskRunId).await(origin);
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
        String taskRunId = runs.start(request);
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

    /** Builds a {@link LabelExporter}: the settings every task-run runner takes, and the download's threads. */
    public static final class Builder extends TaskRunnerBuilder<Builder> {
        private int downloadThreads = Downloader.DEFAULT_THREADS;

        private Builder() {}

        @Override
        Builder self() {
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
            Objects.requireNonNull(glue, "glue");
            ErrorTranslator errors = errors();
            Downloader downloader =
                    new Downloader(Objects.requireNonNull(s3, "s3"), errors, listener, clock, downloadThreads);
            return new LabelExporter(taskRuns(errors), downloader, errors, listener, clock, sleeper);
        }
    }
}
