package io.github.gluelabels.fake.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.Function;

/**
 * The fake's HTTP front, the one place that starts and stops WireMock: a WireMock server configured for the fake — its
 * filters ({@link RequestBodies}, {@link DirectAnswers}), its error pages ({@link ModelledErrors}), its faults
 * ({@link Dispatcher}), and nothing the fake does not use. Nothing outside this package sees a WireMock or Jetty type.
 */
public final class HttpFront {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Where and how the front listens.
     *
     * @param port the port, 0 for a free one
     * @param bindAddress the address
     * @param containerThreads Jetty's threads
     * @param idleTimeoutMillis how long a connection may be idle, or null for WireMock's 30 s
     */
    public record Listening(int port, String bindAddress, int containerThreads, Long idleTimeoutMillis) {}

    private final WireMockServer server;

    private HttpFront(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts a front.
     *
     * @param listening where and how
     * @param bodies the filter every request goes through
     * @param handler answers the fake's requests
     * @return the running front
     */
    public static HttpFront start(
            Listening listening, RequestBodies bodies, Function<FakeRequest, FakeResponse> handler) {
        WireMockServer server = new WireMockServer(options(listening, bodies, handler));
        try {
            server.start();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        } catch (RuntimeException e) {
            if (server.isRunning()) {
                server.stop();
            }
            throw e;
        }
        return new HttpFront(server);
    }

    /** @return the port it listens on */
    public int port() {
        return server.port();
    }

    /** Stops listening, if it still does. */
    public void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    private static WireMockConfiguration options(
            Listening listening, RequestBodies bodies, Function<FakeRequest, FakeResponse> handler) {
        String admin = Long.toHexString(RANDOM.nextLong());
        return WireMockConfiguration.options()
                .port(listening.port())
                .bindAddress(listening.bindAddress())
                .disableRequestJournal()
                .maxLoggedResponseSize(0)
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .templatingEnabled(false)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                // AWS endpoints speak no cleartext HTTP/2; and Jetty's h2c upgrade of a request with a chunked body
                // cuts
                // the body short, which stored a truncated object with a 200
                .http2PlainDisabled(true)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                .containerThreads(listening.containerThreads())
                .jettyIdleTimeout(listening.idleTimeoutMillis())
                .basicAdminAuthenticator(admin, admin + admin)
                .notifier(new ConsoleNotifier(false))
                // WireMock builds a proxying HTTP client (with TLS trust managers) and a file-based mappings source at
                // start-up;
                // the fake never proxies and keeps no mapping files, so both are skipped: a faster start
                .httpClientFactory((options, trustAll, trustedHosts, useSystemProperties) -> request -> {
                    throw new IOException("the fake Glue server never proxies requests");
                })
                .mappingSource(NoMappings.INSTANCE)
                .httpServerFactory(new FakeHttpServerFactory(bodies, handler))
                .extensions(new Dispatcher());
    }

    /** No stub mapping files: the fake's one stub is made in code. */
    private enum NoMappings implements MappingsSource {
        INSTANCE;

        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        @SuppressWarnings("removal") // the interface still declares it abstract
        public void remove(StubMapping stubMapping) {}

        @Override
        public void removeAll() {}
    }
}
