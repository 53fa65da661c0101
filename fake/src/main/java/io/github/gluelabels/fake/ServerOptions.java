package io.github.gluelabels.fake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The options of a {@link FakeGlueServer}, each checked as it is set, and the {@link ServerSettings} they resolve to:
 * the public setters of {@link FakeGlueServer.Builder}, which adds the ways to start.
 */
abstract sealed class ServerOptions permits FakeGlueServer.Builder {

    private int port;
    private String bindAddress = "127.0.0.1";
    private String region = FakeDefaults.REGION;
    private String accountId = FakeDefaults.ACCOUNT_ID;
    private int rowsPerPart = FakeDefaults.ROWS_PER_PART;
    private long importLimitBytes = 500L * 1024 * 1024;
    private int maxConcurrentTaskRunsPerTransform = FakeDefaults.MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM;
    /** 0: the default, which depends on the heap. */
    private long maxUploadBytes;
    /** 0: the default, which depends on the heap and the upload limit. */
    private long bodyBudgetBytes;

    private Duration bodyReadTimeout = FakeGlueServer.DEFAULT_BODY_READ_TIMEOUT;
    /** null: WireMock's, 30 s. */
    private Duration idleTimeout;

    private int journalCapacity = FakeDefaults.JOURNAL_CAPACITY;
    private int containerThreads = 32;
    private Path dataDirectory;
    private Clock clock = Clock.systemUTC();
    private boolean listenOnDemand;
    private Consumer<String> warnings = ServerOptions::logWarning;

    ServerOptions() {}

    private static void logWarning(String warning) {
        System.getLogger(FakeGlueServer.class.getName()).log(System.Logger.Level.WARNING, warning);
    }

    /** Where warnings go (the standalone fake prints them); the {@link System.Logger} of this class by default. */
    FakeGlueServer.Builder warnings(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        return self();
    }

    /**
     * @param port the port, 0 for a free one (the default)
     * @return this builder
     */
    public FakeGlueServer.Builder port(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        this.port = port;
        return self();
    }

    /**
     * The address to listen on. The fake checks no credentials, so any address but loopback lets every machine that
     * reaches the port read and change its labels and buckets: starting on one logs a warning (level
     * {@code WARNING}, through {@link System.Logger}). For {@code 0.0.0.0} or {@code ::} (every interface),
     * {@link FakeGlueServer#endpoint()} names loopback of the same family, {@code 127.0.0.1} or {@code [::1]}.
     *
     * @param bindAddress the address to listen on; 127.0.0.1 by default, 0.0.0.0 for every interface
     * @return this builder
     */
    public FakeGlueServer.Builder bindAddress(String bindAddress) {
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
        return self();
    }

    /**
     * @param region the region of the fake's transforms; us-east-1 by default
     * @return this builder
     */
    public FakeGlueServer.Builder region(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return self();
    }

    /**
     * @param accountId the account id in the service's messages; 123456789012 by default
     * @return this builder
     */
    public FakeGlueServer.Builder accountId(String accountId) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        return self();
    }

    /**
     * @param rowsPerPart the most labels an export writes into one file; no limit by default (one file per export, as
     *     Glue writes it)
     * @return this builder
     */
    public FakeGlueServer.Builder rowsPerPart(int rowsPerPart) {
        if (rowsPerPart < 1) {
            throw new IllegalArgumentException("rowsPerPart must be at least 1, was " + rowsPerPart);
        }
        this.rowsPerPart = rowsPerPart;
        return self();
    }

    /**
     * @param bytes the largest labeling file an import takes; 500 MB by default
     * @return this builder
     */
    public FakeGlueServer.Builder importLimitBytes(long bytes) {
        this.importLimitBytes = bytes;
        return self();
    }

    /**
     * Glue's quota of concurrent task runs per transform: while a transform has this many runs that have not ended
     * (of any type), {@code StartMLLabelingSetGenerationTaskRun} and {@code StartMLEvaluationTaskRun} answer
     * {@code ConcurrentRunsExceededException}, as their model says they may.
     *
     * @param runs the quota, at least 1; by default Glue's, {@link FakeDefaults#MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM}
     * @return this builder
     * @since 0.1.0
     */
    public FakeGlueServer.Builder maxConcurrentTaskRunsPerTransform(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("maxConcurrentTaskRunsPerTransform must be at least 1, was " + runs);
        }
        this.maxConcurrentTaskRunsPerTransform = runs;
        return self();
    }

    /**
     * The largest body of an S3 request ({@code PutObject}, {@code UploadPart}, …) the fake takes; a larger one is
     * refused with S3's {@code EntityTooLarge} before it is read. The body of a request is held in memory while it
     * is answered, so at most {@link #containerThreads(int)} times this much heap goes to bodies; objects themselves
     * are kept on disk. Upload larger objects as multipart uploads, as the AWS CLI does from 8 MB.
     *
     * @param bytes the limit, 1 to 2 GiB; by default 64 MiB, or a quarter of the heap when that is less (so that a
     *     fake run with {@code -Xmx64m} refuses a body before it runs out of memory)
     * @return this builder
     * @since 0.1.0
     */
    public FakeGlueServer.Builder maxUploadBytes(long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "maxUploadBytes must be 1 to " + (Integer.MAX_VALUE - 8) + ", was " + bytes);
        }
        this.maxUploadBytes = bytes;
        return self();
    }

    /**
     * The memory budget of all request bodies in flight over HTTP together (the in-process client's callers are this
     * JVM's own code): a request whose body does not fit in what is left is refused at once, before its body is read,
     * with S3's {@code SlowDown} (HTTP 503) or Glue's {@code ThrottlingException} — errors the AWS SDKs and CLI retry
     * after a pause. So however many clients upload at once, bodies never hold more heap than this.
     *
     * @param bytes the budget, at least {@link #maxUploadBytes(long)}; by default 256 MiB, or half the heap when that
     *     is less, and never less than twice the upload limit (a body sent without a {@code Content-Length}, in chunks,
     *     is held twice for a moment while its chunks are put together; under such a budget the largest ones are
     *     refused)
     * @return this builder
     * @since 0.1.0
     */
    public FakeGlueServer.Builder bodyBudgetBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bodyBudgetBytes must be at least 1, was " + bytes);
        }
        this.bodyBudgetBytes = bytes;
        return self();
    }

    /**
     * How long a request body may take to arrive whole, from the moment the fake starts reading it. A body that has
     * not arrived by then is answered with S3's {@code RequestTimeout} or Glue's {@code OperationTimeoutException}
     * (HTTP 400) and its connection closed. A body that is slow to come holds none of the server's threads while it
     * comes, so slow clients never keep others waiting; this bounds how long they hold a connection and their bytes.
     *
     * @param timeout the timeout, more than zero; 60 seconds by default
     * @return this builder
     * @since 0.1.0
     */
    public FakeGlueServer.Builder bodyReadTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("bodyReadTimeout must be more than zero, was " + timeout);
        }
        this.bodyReadTimeout = timeout;
        return self();
    }

    /** For tests: how long a connection may be idle (no byte either way) before Jetty closes it; WireMock's 30 s. */
    FakeGlueServer.Builder idleTimeout(Duration timeout) {
        this.idleTimeout = timeout;
        return self();
    }

    /**
     * @param entries how many calls each account's journal keeps; 1,000 by default, 0 turns it off
     * @return this builder
     */
    public FakeGlueServer.Builder journalCapacity(int entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("journalCapacity must be 0 or more, was " + entries);
        }
        this.journalCapacity = entries;
        return self();
    }

    /**
     * @param threads how many requests the server answers at once; 32 by default
     * @return this builder
     */
    public FakeGlueServer.Builder containerThreads(int threads) {
        if (threads < 4) {
            throw new IllegalArgumentException("containerThreads must be at least 4, was " + threads);
        }
        this.containerThreads = threads;
        return self();
    }

    /**
     * @param folder where objects and labels are kept; by default a folder {@code glue-labels-fake-…} in the temporary
     *     folder, deleted at stop; the folders of fakes that were killed instead are deleted by the next fake started
     * @return this builder
     */
    public FakeGlueServer.Builder dataDirectory(Path folder) {
        this.dataDirectory = folder;
        return self();
    }

    /**
     * @param clock the clock of timestamps and pacing; the system clock by default
     * @return this builder
     */
    public FakeGlueServer.Builder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * For a fake {@linkplain FakeGlueServer.Builder#startInProcess() started in process}: open its port (see {@link FakeGlueServer#listen()})
     * the first time anything asks for it — {@link FakeGlueServer#endpoint()}, {@link FakeGlueServer#port()}, an
     * account's {@link FakeGlue#glueEndpoint()} or {@link FakeGlue#s3Endpoint()} — instead of answering with {@link
     * FakeGlueServer#IN_PROCESS_ENDPOINT}. Code that only uses {@link FakeGlueServer#inProcessHttpClient()} never pays for a port;
     * code that builds its own clients from the endpoint still reaches the fake. Off by default.
     *
     * @param listenOnDemand whether to open the port when asked for it
     * @return this builder
     * @since 0.1.0
     */
    public FakeGlueServer.Builder listenOnDemand(boolean listenOnDemand) {
        this.listenOnDemand = listenOnDemand;
        return self();
    }

    private FakeGlueServer.Builder self() {
        return (FakeGlueServer.Builder) this;
    }

    /**
     * @return the settings of these options, with the body limits sized to this JVM's heap
     * @throws IllegalArgumentException when the body budget is below the upload limit
     */
    final ServerSettings settings() {
        long heap = Runtime.getRuntime().maxMemory();
        long uploadLimit =
                maxUploadBytes > 0 ? maxUploadBytes : Math.min(FakeGlueServer.DEFAULT_MAX_UPLOAD_BYTES, heap / 4);
        if (bodyBudgetBytes > 0 && bodyBudgetBytes < uploadLimit) {
            throw new IllegalArgumentException("bodyBudgetBytes (" + bodyBudgetBytes
                    + ") must be at least the upload limit, maxUploadBytes (" + uploadLimit
                    + "), or no upload of the largest size could ever be taken");
        }
        long budget = bodyBudgetBytes > 0
                ? bodyBudgetBytes
                : Math.max(2 * uploadLimit, Math.min(FakeGlueServer.DEFAULT_BODY_BUDGET_BYTES, heap / 2));
        return new ServerSettings(
                port,
                bindAddress,
                region,
                accountId,
                rowsPerPart,
                importLimitBytes,
                maxConcurrentTaskRunsPerTransform,
                uploadLimit,
                budget,
                bodyReadTimeout,
                idleTimeout,
                journalCapacity,
                containerThreads,
                dataDirectory,
                clock,
                listenOnDemand,
                warnings);
    }
}
