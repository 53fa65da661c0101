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
 * What every builder of a task-run runner shares ({@link LabelExporter.Builder}, and an importer's beside it): the
 * Glue and S3 clients (required), what the messages say of them (region, endpoints, attempts, read timeout, kind of
 * endpoint), who hears progress, and the clock and sleeper of waits. Its {@link #errors()} and {@link #taskRuns(ErrorTranslator)} are
 * the parts a runner is made of.
 *
 * @param <B> the builder itself, which every setter returns
 */
abstract class TaskRunnerBuilder<B extends TaskRunnerBuilder<B>> {
    GlueClient glue;
    S3Client s3;
    private String region = "the client's region";
    private URI glueEndpoint;
    private URI s3Endpoint;
    private int maxAttempts = ClientSettings.DEFAULT_MAX_ATTEMPTS;
    private Duration readTimeout;
    private EndpointKind endpointKind;
    ExportListener listener = ExportListener.NONE;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.REAL;

    TaskRunnerBuilder() {}

    /** @return this builder, as its own type */
    abstract B self();

    /**
     * Takes the clients of a factory, with what messages need to know of them: region, Glue and S3 endpoints,
     * attempts and read timeout.
     *
     * @param clients the clients
     * @return this builder
     * @since 0.1.0
     */
    public B clients(AwsClients clients) {
        return glue(clients.glue())
                .s3(clients.s3())
                .region(clients.region().id())
                .glueEndpoint(clients.glueEndpoint())
                .s3Endpoint(clients.s3Endpoint().orElse(null))
                .maxAttempts(clients.settings().maxAttempts())
                .readTimeout(clients.settings().readTimeout());
    }

    /**
     * What the exporter calls, so that the advice in its messages names what works there. By default a guess from the
     * Glue endpoint ({@link EndpointKind#of(URI)}): a fake when it is on this machine, else AWS.
     *
     * @param kind the kind of endpoint
     * @return this builder
     * @since 0.1.0
     */
    public B endpointKind(EndpointKind kind) {
        this.endpointKind = Objects.requireNonNull(kind, "kind");
        return self();
    }

    /**
     * @param glue the Glue client (required)
     * @return this builder
     */
    public B glue(GlueClient glue) {
        this.glue = glue;
        return self();
    }

    /**
     * @param s3 the S3 client (required)
     * @return this builder
     */
    public B s3(S3Client s3) {
        this.s3 = s3;
        return self();
    }

    /**
     * @param region the region, for messages
     * @return this builder
     */
    public B region(String region) {
        this.region = region;
        return self();
    }

    /**
     * @param endpoint the Glue endpoint, for messages
     * @return this builder
     */
    public B glueEndpoint(URI endpoint) {
        this.glueEndpoint = endpoint;
        return self();
    }

    /**
     * @param endpoint the S3 endpoint, for messages; {@code null} (the default) for S3's public endpoints
     * @return this builder
     * @since 0.1.0
     */
    public B s3Endpoint(URI endpoint) {
        this.s3Endpoint = endpoint;
        return self();
    }

    /**
     * @param attempts the clients' attempts per call, for messages
     * @return this builder
     */
    public B maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return self();
    }

    /**
     * @param timeout the clients' read timeout, for messages
     * @return this builder
     * @since 0.1.0
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    /**
     * @param listener hears progress
     * @return this builder
     */
    public B listener(ExportListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return self();
    }

    /**
     * @param clock the clock of timeouts and durations
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param sleeper waits between status reads
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /** @return the clients' attempts per call, as set */
    int attempts() {
        return maxAttempts;
    }

    /** @return the translator of the runner's failures, as the settings describe the clients */
    ErrorTranslator errors() {
        EndpointKind kind = endpointKind != null ? endpointKind : EndpointKind.of(glueEndpoint);
        return new ErrorTranslator(region, glueEndpoint, s3Endpoint, maxAttempts, readTimeout, kind);
    }

    /** @return the runner's calls about its task runs; the Glue client is required */
    TaskRuns taskRuns(ErrorTranslator errors) {
        return new TaskRuns(Objects.requireNonNull(glue, "glue"), errors, listener);
    }
}
