package io.github.gluelabels.fake;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.gluelabels.fake.internal.glue.GlueService;
import io.github.gluelabels.fake.internal.http.BodyBudget;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.http.InProcessHttpClient;
import io.github.gluelabels.fake.internal.http.RequestBodies;
import io.github.gluelabels.fake.internal.http.WireMockFront;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * A running fake of AWS Glue (ML task runs) and S3 on one port, built on WireMock. Glue calls are {@code POST /} with
 * an {@code X-Amz-Target} header; everything else is S3, path style. Both services answer on the same endpoint.
 *
 * <p>The server holds accounts: requests signed with an account's access key reach that account's state only. Any
 * other access key reaches the {@linkplain #defaultAccount() default account}, which is what the AWS CLI, boto3 or a
 * program with its own credentials talks to. {@link #newAccount()} makes an isolated account, so that tests running
 * in parallel can share one server.
 *
 * <p>It listens on 127.0.0.1 and a free port unless told otherwise. {@link Builder#startInProcess()} starts it with no
 * port at all, for AWS SDK clients in the same JVM that call it through {@link #inProcessHttpClient()}.
 *
 * <p>Request bodies are held in memory while a request is answered, so they are limited: a Glue request to
 * {@value #MAX_GLUE_REQUEST_BYTES} bytes (no Glue ML request comes near), an S3 request to
 * {@link Builder#maxUploadBytes(long)}. A larger one is refused with the service's error before its body is read
 * ({@code SerializationException}, or S3's {@code EntityTooLarge}) when its {@code Content-Length} says so, and as soon
 * as it passes the limit otherwise. Over HTTP, all bodies in flight share one memory budget
 * ({@link Builder#bodyBudgetBytes(long)}), and a body must arrive whole within {@link Builder#bodyReadTimeout}; a body
 * that is slow to come holds none of the server's threads. Every error is answered with the service's modelled error,
 * never with a server page.
 *
 * @since 0.1.0
 */
public final class FakeGlueServer implements AutoCloseable {

    /** The access key of the default account. */
    public static final String DEFAULT_ACCESS_KEY_ID = "FAKEGLUEDEFAULTKEY00";

    /** The secret key every fake account uses; the fake does not check signatures. Not a secret. */
    public static final String FAKE_SECRET_ACCESS_KEY = "glue-labels-fake-secret-key";

    /** The endpoint of a server in process: a reserved name ({@code .invalid}) that no request can reach over a network. */
    public static final URI IN_PROCESS_ENDPOINT = URI.create("http://in-process.glue-labels-fake.invalid");

    /** The largest body of a Glue request the fake reads: 1 MiB. */
    public static final long MAX_GLUE_REQUEST_BYTES = 1L << 20;

    /** The largest body of an S3 request the fake reads by default: 64 MiB, or a quarter of the heap if less. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;

    /**
     * The most bytes all request bodies in flight hold together by default: 256 MiB, or half the heap if less (but never
     * less than twice the upload limit).
     *
     * @since 0.1.0
     */
    public static final long DEFAULT_BODY_BUDGET_BYTES = 256L << 20;

    /**
     * How long a request body may take to arrive whole by default: 60 seconds.
     *
     * @since 0.1.0
     */
    public static final java.time.Duration DEFAULT_BODY_READ_TIMEOUT = java.time.Duration.ofSeconds(60);

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Settings settings;
    private final Path dataDir;
    /** The data folder the server made for itself, locked while it runs; null when one was given. */
    private final DataFolders.Owned ownedDataDir;

    private final boolean ownsDataDir;
    private final ScheduledExecutorService scheduler;
    private final BodyBudget bodyBudget;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Account defaultAccount;
    /** The HTTP front; null in process. */
    private volatile WireMockServer wireMock;

    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

    private FakeGlueServer(Settings settings) {
        this.settings = settings;
        try {
            this.ownsDataDir = settings.dataDirectory == null;
            this.ownedDataDir = ownsDataDir ? DataFolders.create() : null;
            this.dataDir = ownsDataDir ? ownedDataDir.folder() : Files.createDirectories(settings.dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the fake's data folder", e);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glue-labels-fake-pacing");
            t.setDaemon(true);
            return t;
        });
        this.bodyBudget = new BodyBudget(settings.bodyBudgetBytes);
        this.defaultAccount = newAccountState(DEFAULT_ACCESS_KEY_ID);
    }

    /** @return a builder of a server; {@link Builder#start()} starts it */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a server with the defaults: 127.0.0.1, a free port, region us-east-1.
     *
     * @return the running server
     */
    public static FakeGlueServer start() {
        return builder().start();
    }

    private FakeGlueServer startServer() {
        wireMock = startWireMock();
        running = true;
        return this;
    }

    private WireMockServer startWireMock() {
        WireMockServer server = WireMockFront.start(
                new WireMockFront.Listening(
                        settings.port,
                        settings.bindAddress,
                        settings.containerThreads,
                        settings.idleTimeout == null ? null : settings.idleTimeout.toMillis()),
                new RequestBodies(requestPolicy(), bodyBudget, settings.bodyReadTimeout.toMillis()),
                this::route);
        if (!Exposure.isLoopback(settings.bindAddress)) {
            settings.warnings.accept(Exposure.warning(settings.bindAddress, server.port()));
        }
        return server;
    }

    /**
     * Opens the port of a fake {@linkplain Builder#startInProcess() started in process}, so that clients elsewhere (a
     * client built with {@link #endpoint()}, another process, the AWS CLI) reach the same accounts and state; clients
     * of {@link #inProcessHttpClient()} go on as before. Does nothing when the port is open already.
     *
     * @return this server
     * @throws IllegalStateException when the server is stopped, or the port cannot be opened
     * @since 0.1.0
     */
    public synchronized FakeGlueServer listen() {
        requireRunning();
        if (wireMock == null) {
            try {
                wireMock = startWireMock();
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "Cannot open the fake Glue server's port on " + settings.bindAddress + ":" + settings.port
                                + ": " + e.getMessage(),
                        e);
            }
        }
        return this;
    }

    /**
     * An AWS SDK HTTP client that hands requests to this fake in the same JVM, without a socket: give it to the SDK's
     * client builders ({@code httpClient(…)}) with any endpoint, such as {@link #endpoint()}. Answers are those the
     * fake gives over HTTP; a dropped connection is an {@link java.io.IOException}. Closing it closes nothing.
     *
     * @return the client
     */
    public SdkHttpClient inProcessHttpClient() {
        return inProcessHttpClient(null);
    }

    /**
     * {@link #inProcessHttpClient()} with a read timeout, as a socket client has: an answer the fake delays (a
     * {@link Fault#delay} fault) by more than {@code readTimeout} makes the client wait {@code readTimeout} and then fail
     * with a {@link java.net.SocketTimeoutException}, as the AWS SDK's Apache client does.
     *
     * @param readTimeout the longest wait for an answer; {@code null} to wait as long as the fake delays
     * @return the client
     * @since 0.1.0
     */
    public SdkHttpClient inProcessHttpClient(java.time.Duration readTimeout) {
        requireRunning();
        return new InProcessHttpClient(this::route, requestPolicy(), readTimeout);
    }

    private FakeResponse route(FakeRequest request) {
        return accountFor(request).handle(request, RequestPolicy.isGlue(request));
    }

    private RequestPolicy requestPolicy() {
        return new RequestPolicy(this::accountFor, defaultAccount, settings.maxUploadBytes);
    }

    private Account accountFor(FakeRequest request) {
        String credential = request.header("Authorization").orElse(null);
        String accessKey = null;
        if (credential != null) {
            Matcher m = CREDENTIAL.matcher(credential);
            if (m.find()) {
                accessKey = m.group(1);
            }
        } else {
            accessKey = request.queryValue("X-Amz-Credential")
                    .map(c -> c.split("/", -1)[0])
                    .orElse(null);
        }
        Account account = accessKey == null ? null : accounts.get(accessKey);
        return account == null ? defaultAccount : account;
    }

    private Account newAccountState(String accessKeyId) {
        String folder = accessKeyId.toLowerCase(Locale.ROOT);
        Account account = new Account(
                accessKeyId,
                dataDir.resolve(folder),
                new GlueService.Settings(
                        settings.region, settings.accountId, settings.rowsPerPart, settings.importLimitBytes),
                settings.clock,
                scheduler,
                settings.journalCapacity);
        accounts.put(accessKeyId, account);
        return account;
    }

    /** @return the account that every request reaches unless it is signed with another account's access key */
    public FakeGlue defaultAccount() {
        return new FakeGlue(this, defaultAccount, false);
    }

    /**
     * Makes an isolated account with its own access key: its transforms, runs, buckets, faults and journal are its own.
     * Close it to forget it.
     *
     * @return the account
     */
    public FakeGlue newAccount() {
        requireRunning();
        String key;
        do {
            key = "FAKEGLUE"
                    + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
        } while (accounts.containsKey(key));
        return new FakeGlue(this, newAccountState(key), false);
    }

    /** Gives an account a new access key; requests signed with the old one reach the default account from now on. */
    void renew(Account account) {
        requireRunning();
        if (account == defaultAccount) {
            throw new IllegalStateException(
                    "The default account keeps its access key; only accounts from newAccount() " + "can be renewed");
        }
        String key;
        do {
            key = "FAKEGLUE"
                    + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
        } while (accounts.putIfAbsent(key, account) != null);
        accounts.remove(account.accessKeyId, account);
        account.accessKeyId = key;
    }

    void forget(Account account) {
        if (account != defaultAccount && accounts.remove(account.accessKeyId) != null) {
            account.shutdown();
            account.deleteData();
        }
    }

    /**
     * @return the port the server listens on; in process with {@link Builder#listenOnDemand(boolean)}, the port this
     *     call opens
     * @throws IllegalStateException when it runs {@linkplain Builder#startInProcess() in process}, on no port (and not
     *     listening on demand)
     */
    public int port() {
        requireRunning();
        if (wireMock == null && settings.listenOnDemand) {
            listen();
        }
        if (wireMock == null) {
            throw new IllegalStateException(
                    "The fake Glue server runs in process and listens on no port; call it through "
                            + "inProcessHttpClient()");
        }
        return wireMock.port();
    }

    /**
     * @return whether the server runs in process with no port open, reached only through {@link
     *     #inProcessHttpClient()} (until {@link #listen()})
     */
    public boolean isInProcess() {
        return wireMock == null;
    }

    /**
     * @return the endpoint of both Glue and S3, e.g. {@code http://127.0.0.1:41234}; in process, {@link
     *     #IN_PROCESS_ENDPOINT}, a name that resolves nowhere — or, with {@link Builder#listenOnDemand(boolean)}, the
     *     endpoint of the port this call opens
     */
    public URI endpoint() {
        if (isInProcess() && settings.listenOnDemand && running) {
            listen();
        }
        if (isInProcess()) {
            return IN_PROCESS_ENDPOINT;
        }
        return URI.create("http://" + Exposure.endpointHost(settings.bindAddress) + ":" + port());
    }

    /** For tests: the bytes request bodies in flight hold in the body budget now. */
    long bodyBytesHeld() {
        return bodyBudget.taken();
    }

    /** @return the region of the fake's transforms and of buckets created without a location */
    public String region() {
        return settings.region;
    }

    /** @return the account id the fake's messages name */
    public String accountId() {
        return settings.accountId;
    }

    /** @return whether the server is running */
    public boolean isRunning() {
        return running;
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException("The fake Glue server is not running (it was stopped, or never started)");
        }
    }

    /** Stops the server and deletes what it stored; also cleans up after a start that failed. Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        running = false;
        synchronized (this) {
            if (wireMock != null && wireMock.isRunning()) {
                wireMock.stop();
            }
        }
        scheduler.shutdownNow();
        accounts.values().forEach(Account::shutdown);
        if (ownsDataDir) {
            accounts.values().forEach(Account::deleteData);
            ownedDataDir.delete();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private record Settings(
            int port,
            String bindAddress,
            String region,
            String accountId,
            int rowsPerPart,
            long importLimitBytes,
            long maxUploadBytes,
            long bodyBudgetBytes,
            java.time.Duration bodyReadTimeout,
            java.time.Duration idleTimeout,
            int journalCapacity,
            int containerThreads,
            Path dataDirectory,
            Clock clock,
            boolean listenOnDemand,
            java.util.function.Consumer<String> warnings) {}

    /** Configures a {@link FakeGlueServer}. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private int rowsPerPart = 10_000;
        private long importLimitBytes = 500L * 1024 * 1024;
        /** 0: the default, which depends on the heap. */
        private long maxUploadBytes;
        /** 0: the default, which depends on the heap and the upload limit. */
        private long bodyBudgetBytes;

        private java.time.Duration bodyReadTimeout = DEFAULT_BODY_READ_TIMEOUT;
        /** null: WireMock's, 30 s. */
        private java.time.Duration idleTimeout;

        private int journalCapacity = 1_000;
        private int containerThreads = 32;
        private Path dataDirectory;
        private Clock clock = Clock.systemUTC();
        private boolean listenOnDemand;
        private java.util.function.Consumer<String> warnings = Builder::logWarning;

        private Builder() {}

        private static void logWarning(String warning) {
            System.getLogger(FakeGlueServer.class.getName()).log(System.Logger.Level.WARNING, warning);
        }

        /** Where warnings go (the standalone fake prints them); the {@link System.Logger} of this class by default. */
        Builder warnings(java.util.function.Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /**
         * @param port the port, 0 for a free one (the default)
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
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
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /**
         * @param region the region of the fake's transforms; us-east-1 by default
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * @param accountId the account id in the service's messages; 123456789012 by default
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * @param rowsPerPart the most labels an export writes into one part file; 10,000 by default
         * @return this builder
         */
        public Builder rowsPerPart(int rowsPerPart) {
            if (rowsPerPart < 1) {
                throw new IllegalArgumentException("rowsPerPart must be at least 1, was " + rowsPerPart);
            }
            this.rowsPerPart = rowsPerPart;
            return this;
        }

        /**
         * @param bytes the largest labeling file an import takes; 500 MB by default
         * @return this builder
         */
        public Builder importLimitBytes(long bytes) {
            this.importLimitBytes = bytes;
            return this;
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
        public Builder maxUploadBytes(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "maxUploadBytes must be 1 to " + (Integer.MAX_VALUE - 8) + ", was " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
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
        public Builder bodyBudgetBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("bodyBudgetBytes must be at least 1, was " + bytes);
            }
            this.bodyBudgetBytes = bytes;
            return this;
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
        public Builder bodyReadTimeout(java.time.Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("bodyReadTimeout must be more than zero, was " + timeout);
            }
            this.bodyReadTimeout = timeout;
            return this;
        }

        /** For tests: how long a connection may be idle (no byte either way) before Jetty closes it; WireMock's 30 s. */
        Builder idleTimeout(java.time.Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        /**
         * @param entries how many calls each account's journal keeps; 1,000 by default, 0 turns it off
         * @return this builder
         */
        public Builder journalCapacity(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("journalCapacity must be 0 or more, was " + entries);
            }
            this.journalCapacity = entries;
            return this;
        }

        /**
         * @param threads how many requests the server answers at once; 32 by default
         * @return this builder
         */
        public Builder containerThreads(int threads) {
            if (threads < 4) {
                throw new IllegalArgumentException("containerThreads must be at least 4, was " + threads);
            }
            this.containerThreads = threads;
            return this;
        }

        /**
         * @param folder where objects and labels are kept; by default a folder {@code glue-labels-fake-…} in the temporary
         *     folder, deleted at stop; the folders of fakes that were killed instead are deleted by the next fake started
         * @return this builder
         */
        public Builder dataDirectory(Path folder) {
            this.dataDirectory = folder;
            return this;
        }

        /**
         * @param clock the clock of timestamps and pacing; the system clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * For a fake {@linkplain #startInProcess() started in process}: open its port (see {@link FakeGlueServer#listen()})
         * the first time anything asks for it — {@link FakeGlueServer#endpoint()}, {@link FakeGlueServer#port()}, an
         * account's {@link FakeGlue#glueEndpoint()} or {@link FakeGlue#s3Endpoint()} — instead of answering with {@link
         * #IN_PROCESS_ENDPOINT}. Code that only uses {@link FakeGlueServer#inProcessHttpClient()} never pays for a port;
         * code that builds its own clients from the endpoint still reaches the fake. Off by default.
         *
         * @param listenOnDemand whether to open the port when asked for it
         * @return this builder
         * @since 0.1.0
         */
        public Builder listenOnDemand(boolean listenOnDemand) {
            this.listenOnDemand = listenOnDemand;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server
         */
        public FakeGlueServer start() {
            FakeGlueServer server = newServer();
            try {
                return server.startServer();
            } catch (RuntimeException e) {
                server.stop();
                throw new IllegalStateException(
                        "Cannot start the fake Glue server on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
            }
        }

        /**
         * Starts the fake without HTTP: no port, no WireMock, reached only through {@link
         * FakeGlueServer#inProcessHttpClient()} by AWS SDK clients in this JVM. The same accounts, state, pacing, faults
         * and journal as a server on a port, and a start about a second faster in a cold JVM, where nothing else
         * (the AWS CLI, boto3, another process) needs to call it. {@code port} and {@code bindAddress} are not used.
         *
         * @return the running fake
         */
        public FakeGlueServer startInProcess() {
            FakeGlueServer server = newServer();
            server.running = true;
            return server;
        }

        private FakeGlueServer newServer() {
            long heap = Runtime.getRuntime().maxMemory();
            long uploadLimit = maxUploadBytes > 0 ? maxUploadBytes : Math.min(DEFAULT_MAX_UPLOAD_BYTES, heap / 4);
            if (bodyBudgetBytes > 0 && bodyBudgetBytes < uploadLimit) {
                throw new IllegalArgumentException("bodyBudgetBytes (" + bodyBudgetBytes
                        + ") must be at least the upload " + "limit, maxUploadBytes (" + uploadLimit
                        + "), or no upload of the largest size could ever be taken");
            }
            long budget = bodyBudgetBytes > 0
                    ? bodyBudgetBytes
                    : Math.max(2 * uploadLimit, Math.min(DEFAULT_BODY_BUDGET_BYTES, heap / 2));
            return new FakeGlueServer(new Settings(
                    port,
                    bindAddress,
                    region,
                    accountId,
                    rowsPerPart,
                    importLimitBytes,
                    uploadLimit,
                    budget,
                    bodyReadTimeout,
                    idleTimeout,
                    journalCapacity,
                    containerThreads,
                    dataDirectory,
                    clock,
                    listenOnDemand,
                    warnings));
        }
    }
}
