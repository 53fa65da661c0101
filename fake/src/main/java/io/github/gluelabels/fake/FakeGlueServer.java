package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.BodyBudget;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.http.InProcessHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
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
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(60);

    // a façade: the accounts live in an AccountRegistry, the port in a ServerPort (over the HTTP front)
    private final ServerSettings settings;
    private final BodyBudget bodyBudget;
    private final AccountRegistry accounts;
    private final RequestPolicy requestPolicy;
    private final ServerPort serverPort;

    private volatile boolean running;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private FakeGlueServer(ServerSettings settings) {
        this.settings = settings;
        this.accounts = new AccountRegistry(settings);
        this.bodyBudget = new BodyBudget(settings.bodyBudgetBytes());
        this.requestPolicy =
                new RequestPolicy(accounts::accountFor, accounts.defaultAccount(), settings.maxUploadBytes());
        this.serverPort =
                new ServerPort(settings, requestPolicy, bodyBudget, new ControlApi(accounts::accountFor, this::route));
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
        serverPort.openIfClosed();
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
    public SdkHttpClient inProcessHttpClient(Duration readTimeout) {
        requireRunning();
        return new InProcessHttpClient(this::route, requestPolicy, readTimeout);
    }

    private FakeResponse route(FakeRequest request) {
        return accounts.accountFor(request).handle(request, RequestPolicy.isGlue(request));
    }

    /** @return the account that every request reaches unless it is signed with another account's access key */
    public FakeGlue defaultAccount() {
        return new FakeGlue(this, accounts.defaultAccount(), false);
    }

    /**
     * Makes an isolated account with its own access key: its transforms, runs, buckets, faults and journal are its own.
     * Close it to forget it.
     *
     * @return the account
     */
    public FakeGlue newAccount() {
        requireRunning();
        return new FakeGlue(this, accounts.create(), false);
    }

    /** Gives an account a new access key; requests signed with the old one reach the default account from now on. */
    void renew(Account account) {
        requireRunning();
        accounts.renew(account);
    }

    void forget(Account account) {
        accounts.forget(account);
    }

    /**
     * @return the port the server listens on; in process with {@link Builder#listenOnDemand(boolean)}, the port this
     *     call opens
     * @throws IllegalStateException when it runs {@linkplain Builder#startInProcess() in process}, on no port (and not
     *     listening on demand)
     */
    public int port() {
        requireRunning();
        if (serverPort.isClosed() && settings.listenOnDemand()) {
            listen();
        }
        return serverPort.port();
    }

    /**
     * @return whether the server runs in process with no port open, reached only through {@link
     *     #inProcessHttpClient()} (until {@link #listen()})
     */
    public boolean isInProcess() {
        return serverPort.isClosed();
    }

    /**
     * @return the endpoint of both Glue and S3, e.g. {@code http://127.0.0.1:41234}; in process, {@link
     *     #IN_PROCESS_ENDPOINT}, a name that resolves nowhere — or, with {@link Builder#listenOnDemand(boolean)}, the
     *     endpoint of the port this call opens
     */
    public URI endpoint() {
        if (isInProcess() && settings.listenOnDemand() && running) {
            listen();
        }
        if (isInProcess()) {
            return IN_PROCESS_ENDPOINT;
        }
        return URI.create("http://" + Exposure.endpointHost(settings.bindAddress()) + ":" + port());
    }

    /** For tests: the bytes request bodies in flight hold in the body budget now. */
    long bodyBytesHeld() {
        return bodyBudget.taken();
    }

    /** @return the region of the fake's transforms and of buckets created without a location */
    public String region() {
        return settings.region();
    }

    /** @return the account id the fake's messages name */
    public String accountId() {
        return settings.accountId();
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
            serverPort.close();
        }
        accounts.shutdown();
    }

    @Override
    public void close() {
        stop();
    }

    /** Configures a {@link FakeGlueServer}. */
    public static final class Builder extends ServerOptions {
        // the options and their checks are in ServerOptions, a file of their own; here are the ways to start

        private Builder() {}

        /**
         * Starts the server.
         *
         * @return the running server
         */
        public FakeGlueServer start() {
            ServerSettings settings = settings();
            FakeGlueServer server = new FakeGlueServer(settings);
            try {
                server.serverPort.open();
                server.running = true;
                return server;
            } catch (RuntimeException e) {
                server.stop();
                throw new IllegalStateException(
                        "Cannot start the fake Glue server on " + settings.bindAddress() + ":" + settings.port() + ": "
                                + e.getMessage(),
                        e);
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
            FakeGlueServer server = new FakeGlueServer(settings());
            server.running = true;
            return server;
        }
    }
}
