package io.github.gluelabels.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

@DisplayName("AwsClients: the Glue and S3 clients, and what they hold")
class AwsClientsTest {

    /** An HTTP client of the caller's, as a fake's in-process one; nothing is sent in these tests. */
    private static final class CallersHttpClient implements SdkHttpClient {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            throw new UnsupportedOperationException("no call is made");
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    @DisplayName("closing them closes the HTTP client they were given, once")
    void closesTheGivenHttpClient() {
        CallersHttpClient http = new CallersHttpClient();
        AwsClients clients = AwsClients.create(
                ClientSettings.builder()
                        .region("eu-west-1")
                        .credentials(Credentials.of("AKIDEXAMPLE", "not-a-secret"))
                        .build(),
                http);
        assertThat(http.closed).hasValue(0);

        clients.close();

        assertThat(http.closed).hasValue(1);
    }
}
