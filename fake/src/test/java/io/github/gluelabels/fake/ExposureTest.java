package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listening on more than loopback is deliberate: the fake checks no credentials, so it says so, and the endpoint it
 * prints is one a client can connect to — never {@code http://0.0.0.0:…} or {@code http://[::]:…}.
 */
@DisplayName("Exposure is deliberate: a warning off loopback, and an endpoint clients can reach")
class ExposureTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<FakeGlueServer> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(FakeGlueServer::stop);
    }

    FakeGlueServer launch(String... args) {
        FakeGlueMain.Launch launch = FakeGlueMain.launch(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                started::add);
        assertThat(launch.server()).as(err.toString(StandardCharsets.UTF_8)).isNotNull();
        return launch.server();
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static String warning(String where, int port) {
        return "glue-labels fake: WARNING: the fake Glue + S3 listens on " + where + ", port " + port + ", not on "
                + "loopback only: anyone who can reach this machine on that port can read, change and delete its labels and "
                + "buckets, for the fake checks no credentials. Listen on 127.0.0.1 (the default) unless other machines "
                + "must reach it.";
    }

    @SuppressWarnings("AddressSelection") // a literal address: no host name is resolved
    static boolean ipv6Loopback() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String listBuckets(URI endpoint) throws IOException {
        return LoopbackOnlyTest.get(InetAddress.getByName(endpoint.getHost()), endpoint.getPort());
    }

    @Test
    @DisplayName("--bind 0.0.0.0: one warning on standard error; the endpoint is http://127.0.0.1:port, and answers")
    void everyIpv4Interface() throws IOException {
        FakeGlueServer server = launch("--bind", "0.0.0.0");

        String endpoint = "http://127.0.0.1:" + server.port();
        assertThat(stderr())
                .isEqualTo(warning("every network interface (0.0.0.0)", server.port()) + System.lineSeparator());
        assertThat(stdout())
                .contains("Glue endpoint: " + endpoint + "\n", "export AWS_ENDPOINT_URL=" + endpoint + "\n")
                .doesNotContain("0.0.0.0");
        assertThat(listBuckets(server.endpoint())).startsWith("HTTP/1.1 200 ");
    }

    @Test
    @DisplayName("--bind ::  one warning; the endpoint is http://[::1]:port, never http://[::]:port, and answers")
    void everyInterface() throws IOException {
        assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback");
        FakeGlueServer server = launch("--bind", "::");

        String endpoint = "http://[::1]:" + server.port();
        assertThat(stderr()).isEqualTo(warning("every network interface (::)", server.port()) + System.lineSeparator());
        assertThat(stdout())
                .contains("Glue endpoint: " + endpoint + "\n", "export AWS_ENDPOINT_URL=" + endpoint + "\n")
                .doesNotContain("[::]");
        assertThat(listBuckets(server.endpoint())).startsWith("HTTP/1.1 200 ");
    }

    @Test
    @DisplayName("--bind with an address of this machine other than loopback: a warning; the endpoint is that address")
    void anotherAddress() throws IOException {
        InetAddress other = LoopbackOnlyTest.nonLoopbackAddress().orElse(null);
        assumeTrue(other != null, "this machine has no address but loopback");
        FakeGlueServer server = launch("--bind", other.getHostAddress());

        assertThat(stderr()).isEqualTo(warning(other.getHostAddress(), server.port()) + System.lineSeparator());
        assertThat(stdout()).contains("Glue endpoint: http://" + other.getHostAddress() + ":" + server.port() + "\n");
    }

    @ParameterizedTest(name = "--bind {0}")
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1"})
    @DisplayName("loopback: no warning")
    void loopbackIsQuiet(String address) {
        assumeTrue(!address.equals("::1") || ipv6Loopback(), "this machine has no IPv6 loopback");
        launch("--bind", address);

        assertThat(stderr()).isEmpty();
    }

    @Test
    @DisplayName("the default: loopback, no warning")
    void byDefault() {
        launch();

        assertThat(stderr()).isEmpty();
    }

    @Test
    @DisplayName("FakeGlueServer.Builder.bindAddress(\"0.0.0.0\") warns through its warnings, and names 127.0.0.1")
    void builder() throws IOException {
        List<String> warnings = new ArrayList<>();
        FakeGlueServer server = FakeGlueServer.builder()
                .bindAddress("0.0.0.0")
                .warnings(warnings::add)
                .start();
        started.add(server);

        assertThat(warnings)
                .containsExactly(warning("every network interface (0.0.0.0)", server.port())
                        .substring("glue-labels fake: WARNING: ".length()));
        assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
        assertThat(listBuckets(server.endpoint())).startsWith("HTTP/1.1 200 ");
    }

    @Test
    @DisplayName("FakeGlueServer.Builder on loopback, in process then listening: no warning")
    void builderOnLoopback() {
        List<String> warnings = new ArrayList<>();
        FakeGlueServer server = FakeGlueServer.builder().warnings(warnings::add).startInProcess();
        started.add(server);
        server.listen();

        assertThat(warnings).isEmpty();
    }
}
