package io.github.gluelabels.core.export;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds a {@link LabelExporter}: the clients it calls (required), what its messages say of them, who hears its
 * progress, and how many objects a download fetches at once.
 *
 * @since 0.1.0
 */
public final class LabelExporterBuilder {
    private GlueClient glue;
    private S3Client s3;
    private String region = "the client's region";
    private URI glueEndpoint;
    private int maxAttempts = ClientSettings.DEFAULT_MAX_ATTEMPTS;
    private Duration readTimeout;
    private ExportListener listener = ExportListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private int downloadThreads = Downloader.DEFAULT_THREADS;
    private EndpointKind endpointKind;

    LabelExporterBuilder() {}

    /**
     * Takes the clients of a factory, with what messages need to know of them: region, Glue endpoint, attempts and
     * read timeout.
     *
     * @param clients the clients
     * @return this builder
     * @since 0.1.0
     */
    public LabelExporterBuilder clients(AwsClients clients) {
        return glue(clients.glue())
                .s3(clients.s3())
                .region(clients.region().id())
                .glueEndpoint(clients.glueEndpoint())
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
    public LabelExporterBuilder endpointKind(EndpointKind kind) {
        this.endpointKind = Objects.requireNonNull(kind, "kind");
        return this;
    }

    /**
     * @param glue the Glue client (required)
     * @return this builder
     */
    public LabelExporterBuilder glue(GlueClient glue) {
        this.glue = glue;
        return this;
    }

    /**
     * @param s3 the S3 client (required)
     * @return this builder
     */
    public LabelExporterBuilder s3(S3Client s3) {
        this.s3 = s3;
        return this;
    }

    /**
     * @param region the region, for messages
     * @return this builder
     */
    public LabelExporterBuilder region(String region) {
        this.region = region;
        return this;
    }

    /**
     * @param endpoint the Glue endpoint, for messages
     * @return this builder
     */
    public LabelExporterBuilder glueEndpoint(URI endpoint) {
        this.glueEndpoint = endpoint;
        return this;
    }

    /**
     * @param attempts the clients' attempts per call, for messages
     * @return this builder
     */
    public LabelExporterBuilder maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    /**
     * @param timeout the clients' read timeout, for messages
     * @return this builder
     * @since 0.1.0
     */
    public LabelExporterBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    /**
     * @param listener hears progress
     * @return this builder
     */
    public LabelExporterBuilder listener(ExportListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * @param clock the clock of timeouts and durations
     * @return this builder
     */
    public LabelExporterBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param sleeper waits between status reads
     * @return this builder
     */
    public LabelExporterBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * @param threads how many objects a download fetches at once; 4 by default, 1 fetches them in key order
     * @return this builder
     */
    public LabelExporterBuilder downloadThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("downloadThreads must be at least 1, was " + threads);
        }
        this.downloadThreads = threads;
        return this;
    }

    /** @return the exporter */
    public LabelExporter build() {
        Objects.requireNonNull(glue, "glue");
        EndpointKind kind = endpointKind != null ? endpointKind : EndpointKind.of(glueEndpoint);
        ErrorTranslator errors = new ErrorTranslator(region, glueEndpoint, maxAttempts, readTimeout, kind);
        Downloader downloader =
                new Downloader(Objects.requireNonNull(s3, "s3"), errors, listener, clock, downloadThreads);
        return new LabelExporter(new TaskRuns(glue, errors, listener), downloader, errors, listener, clock, sleeper);
    }
}
