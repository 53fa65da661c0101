package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fake listens on loopback only unless told otherwise: from another address of this machine, which is what
 * another machine on the network would reach, a connection is refused; with {@code bindAddress} (the standalone's
 * {@code --bind}) it is accepted.
 */
@DisplayName("The fake listens on loopback only unless told otherwise")
class LoopbackOnlyTest {

    static InetAddress otherAddress;

    @BeforeAll
    static void findAnAddressOfThisMachineThatIsNotLoopback() throws SocketException {
        otherAddress = nonLoopbackAddress().orElse(null);
    }

    static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address
                            && !address.isLoopbackAddress()
                            && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String get(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: fake\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("by default: answers on 127.0.0.1, refuses a connection to another address of this machine")
    void byDefault() throws IOException {
        assumeTrue(otherAddress != null, "this machine has no address but loopback");
        try (FakeGlueServer server = FakeGlueServer.start()) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(get(InetAddress.getLoopbackAddress(), server.port()))
                    .startsWith("HTTP/1.1 200 ")
                    .contains("<ListAllMyBucketsResult");

            assertThatThrownBy(() -> get(otherAddress, server.port())).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    @DisplayName("with bindAddress 0.0.0.0: answers on another address of this machine too")
    void boundToEveryInterface() throws IOException {
        assumeTrue(otherAddress != null, "this machine has no address but loopback");
        try (FakeGlueServer server =
                FakeGlueServer.builder().bindAddress("0.0.0.0").start()) {
            assertThat(get(otherAddress, server.port())).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    @DisplayName("the standalone fake: refused from another address by default, answered with --bind 0.0.0.0")
    void standaloneBind() throws IOException {
        assumeTrue(otherAddress != null, "this machine has no address but loopback");
        List<FakeGlueServer> started = new ArrayList<>();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        FakeGlueMain.Launch byDefault = FakeGlueMain.launch(new String[0], quiet, quiet, started::add);
        FakeGlueMain.Launch everywhere =
                FakeGlueMain.launch(new String[] {"--bind", "0.0.0.0"}, quiet, quiet, started::add);
        try {
            assertThatThrownBy(() -> get(otherAddress, byDefault.server().port()))
                    .isInstanceOf(ConnectException.class);
            assertThat(get(otherAddress, everywhere.server().port())).startsWith("HTTP/1.1 200 ");
        } finally {
            started.forEach(FakeGlueServer::stop);
        }
    }
}
