package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.FakeGlueServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.glue.GlueClient;

@DisplayName("A server's accounts share one HTTP client of its transport, and are handed on to later tests")
@SuppressWarnings("deprecation") // ApacheHttpClient, deprecated in newer SDKs, is the one the extension builds
class ServerResourceTest {

    private static ServerResource start(Transport transport) {
        return ServerResource.start(
                new Settings.ServerSettings(FakeDefaults.REGION, FakeDefaults.ROWS_PER_PART, transport));
    }

    @Test
    void overHttpTheAccountsShareOneSocketClient() {
        ServerResource server = start(Transport.HTTP);
        try {
            AccountResource first = server.acquire();
            AccountResource second = server.acquire();

            SdkHttpClient http = first.http();
            assertThat(http).isInstanceOf(ApacheHttpClient.class).isSameAs(second.http());
            assertThat(first.clientEndpoint()).isEqualTo(first.fake().glueEndpoint());
        } finally {
            server.close();
        }
    }

    @Test
    void inProcessTheAccountsShareOneInProcessClient() {
        ServerResource server = start(Transport.IN_PROCESS);
        try {
            AccountResource first = server.acquire();
            AccountResource second = server.acquire();

            SdkHttpClient http = first.http();
            assertThat(http).isNotNull().isNotInstanceOf(ApacheHttpClient.class).isSameAs(second.http());
            assertThat(first.clientEndpoint()).isEqualTo(FakeGlueServer.IN_PROCESS_ENDPOINT);
        } finally {
            server.close();
        }
    }

    @Test
    void anAccountHandedBackIsTheNextOneHandedOut() {
        ServerResource server = start(Transport.IN_PROCESS);
        try {
            AccountResource first = server.acquire();
            AccountResource second = server.acquire();
            assertThat(second).isNotSameAs(first);

            first.release();

            assertThat(server.acquire()).isSameAs(first);
            assertThat(server.acquire()).isNotSameAs(first).isNotSameAs(second);
        } finally {
            server.close();
        }
    }

    @Test
    void closingTheServerClosesTheSocketClientOfItsAccounts() {
        ServerResource server = start(Transport.HTTP);
        GlueClient glue;
        try {
            AccountResource account = server.acquire();
            account.fake().createTransform("tfm-1");
            glue = account.injected(GlueClient.class);
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).transformId())
                    .isEqualTo("tfm-1");
            account.release();
        } finally {
            server.close();
        }

        assertThat(server.server().isRunning()).isFalse();
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .hasStackTraceContaining("Connection pool shut down");
    }
}
