package io.github.gluelabels.junit5;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * A running fake server and the HTTP client that the clients injected for its accounts share: in process, a client that
 * calls the fake in this JVM (the fake opens its port only when something asks for its endpoint); over HTTP, a
 * connection pool to 127.0.0.1. Neither keeps state of any account. Kept in the store of the context that started it,
 * which closes it when that context ends.
 *
 * <p>Accounts that tests are done with are reset and kept for the next test, with their clients: making an account
 * is cheap, but building two AWS SDK clients for it is not, and a suite of many short tests pays that once per thread
 * instead of once per test.
 */
final class ServerResource implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final FakeGlueServer server;
    private final boolean inProcess;
    private final ConcurrentLinkedDeque<AccountResource> idle = new ConcurrentLinkedDeque<>();
    private SdkHttpClient http;

    private ServerResource(FakeGlueServer server, boolean inProcess) {
        this.server = server;
        this.inProcess = inProcess;
    }

    static ServerResource start(Settings.ServerSettings settings) {
        FakeGlueServer.Builder builder =
                FakeGlueServer.builder().region(settings.region()).rowsPerPart(settings.rowsPerPart());
        if (settings.transport() == Transport.IN_PROCESS) {
            return new ServerResource(builder.listenOnDemand(true).startInProcess(), true);
        }
        // the SDK's classes load on another core while WireMock starts
        AwsClients.warmUpInBackground();
        return new ServerResource(builder.start(), false);
    }

    FakeGlueServer server() {
        return server;
    }

    /** @return an account no test uses: a reset one from an earlier test, or a new one */
    AccountResource acquire() {
        AccountResource account = idle.poll();
        return account != null ? account : new AccountResource(server.newAccount(), this);
    }

    /** Takes back an account a test is done with: reset to nothing, it waits for the next test. */
    void release(AccountResource account) {
        try {
            account.recycle();
        } catch (RuntimeException e) {
            account.close();
            throw e;
        }
        idle.push(account);
    }

    /** @return where the injected clients of an account send their requests */
    URI clientEndpoint(FakeGlue account) {
        return inProcess ? FakeGlueServer.IN_PROCESS_ENDPOINT : account.glueEndpoint();
    }

    // ApacheHttpClient, deprecated in newer SDKs for apache5-client, is the client every SDK version we support has
    @SuppressWarnings("deprecation")
    synchronized SdkHttpClient http() {
        if (http == null && inProcess) {
            // the same read timeout as the socket client's below
            http = server.inProcessHttpClient(READ_TIMEOUT);
        }
        if (http == null) {
            // timeouts that a fake on 127.0.0.1 never needs, but that stop a test from hanging if something goes wrong;
            // a test that injects a longer delay than the socket timeout sees the client give up, as it would with AWS
            http = ApacheHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(READ_TIMEOUT)
                    .connectionAcquisitionTimeout(Duration.ofSeconds(30))
                    .maxConnections(128)
                    .build();
        }
        return http;
    }

    @Override
    public synchronized void close() {
        for (AccountResource account = idle.poll(); account != null; account = idle.poll()) {
            account.closeInjected();
        }
        try {
            if (http != null) {
                http.close();
                http = null;
            }
        } finally {
            server.stop();
        }
    }
}
