package io.github.gluelabels.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    @DisplayName("the warm-up runs on a daemon thread of its own")
    void warmUpStartsOneDaemonThread() throws InterruptedException {
        AwsClients.warmUpInBackground();
        // the warm-up builds clients and makes two calls: it is still running when its thread is looked for
        List<Thread> warmUps = warmUpThreads();

        assertThat(warmUps).hasSize(1);
        assertThat(warmUps.get(0).isDaemon()).isTrue();
        warmUps.get(0).join(30_000);
        assertThat(warmUps.get(0).isAlive()).isFalse();
    }

    private static List<Thread> warmUpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("glue-labels-sdk-warm-up"))
                .toList();
    }
}
