package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.apache.http.HttpHost;
import org.apache.http.NoHttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

@DisplayName("A streak of status reads that cannot connect")
class UnreachableStreakTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static SdkClientException sdk(Throwable cause) {
        return SdkClientException.builder()
                .message("Unable to execute HTTP request: " + cause.getMessage())
                .cause(cause)
                .build();
    }

    @Nested
    @DisplayName("counts as a failure to connect")
    class ConnectFailures {

        @Test
        @DisplayName("a refused connection, as the JDK and Apache HttpClient report it")
        void refused() {
            assertThat(UnreachableStreak.isConnectFailure(sdk(new ConnectException("Connection refused"))))
                    .isTrue();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new HttpHostConnectException(
                            new ConnectException("Connection refused"), new HttpHost("127.0.0.1", 1)))))
                    .isTrue();
        }

        @Test
        @DisplayName("a host name that does not resolve, and a network with no route")
        void unknownHostAndNoRoute() {
            assertThat(UnreachableStreak.isConnectFailure(sdk(new UnknownHostException("glue.nowhere.invalid"))))
                    .isTrue();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new NoRouteToHostException("No route to host"))))
                    .isTrue();
        }

        @Test
        @DisplayName("an unreachable port")
        void portUnreachable() {
            assertThat(UnreachableStreak.isConnectFailure(sdk(new PortUnreachableException("ICMP Port Unreachable"))))
                    .isTrue();
        }

        @Test
        @DisplayName("a connect timeout, as Apache HttpClient and the JDK report it")
        void connectTimeout() {
            assertThat(UnreachableStreak.isConnectFailure(sdk(new ConnectTimeoutException("Connect timed out"))))
                    .isTrue();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new SocketTimeoutException("Connect timed out"))))
                    .isTrue();
            assertThat(UnreachableStreak.isConnectTimeout(sdk(new SocketTimeoutException("connect timed out"))))
                    .isTrue();
        }
    }

    @Nested
    @DisplayName("does not count, as something answered or was connected")
    class Reached {

        @Test
        @DisplayName("a read timeout, a connection reset, no answer on an open connection")
        void brokenConnections() {
            assertThat(UnreachableStreak.isConnectFailure(sdk(new SocketTimeoutException("Read timed out"))))
                    .isFalse();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new SocketException("Connection reset"))))
                    .isFalse();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new NoHttpResponseException("failed to respond"))))
                    .isFalse();
            assertThat(UnreachableStreak.isConnectFailure(sdk(new IOException("Premature end of stream"))))
                    .isFalse();
        }

        @Test
        @DisplayName("an answer that is an error: throttling, HTTP 5xx")
        void errorAnswers() {
            AwsServiceException throttled = AwsServiceException.builder()
                    .statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("ThrottlingException")
                            .build())
                    .build();
            AwsServiceException unavailable =
                    AwsServiceException.builder().statusCode(503).build();

            assertThat(UnreachableStreak.isConnectFailure(throttled)).isFalse();
            assertThat(UnreachableStreak.isConnectFailure(unavailable)).isFalse();
        }
    }

    @Nested
    @DisplayName("ends the wait")
    class Ending {

        WaitOptions options = WaitOptions.defaults().withMaxUnreachable(3, Duration.ofSeconds(60));

        @Test
        @DisplayName("only when both bounds are reached: enough reads, and long enough since the first began")
        void bothBounds() {
            UnreachableStreak streak = new UnreachableStreak(options);

            assertThat(streak.failedToConnect(T0, T0.plusSeconds(10))).isFalse();
            assertThat(streak.failedToConnect(T0.plusSeconds(20), T0.plusSeconds(30)))
                    .isFalse();
            // the third read: enough reads, 50 s since the first began
            assertThat(streak.failedToConnect(T0.plusSeconds(40), T0.plusSeconds(50)))
                    .isFalse();
            // the fourth: 60 s
            assertThat(streak.failedToConnect(T0.plusSeconds(55), T0.plusSeconds(60)))
                    .isTrue();
            assertThat(streak.reads()).isEqualTo(4);
            assertThat(streak.length(T0.plusSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        }

        @Test
        @DisplayName("not when a read in between reached Glue: the streak starts again")
        void reachedResets() {
            UnreachableStreak streak = new UnreachableStreak(options);
            streak.failedToConnect(T0, T0);
            streak.failedToConnect(T0.plusSeconds(30), T0.plusSeconds(30));

            streak.reached();

            assertThat(streak.reads()).isZero();
            assertThat(streak.length(T0.plusSeconds(40))).isEqualTo(Duration.ZERO);
            assertThat(streak.failedToConnect(T0.plusSeconds(70), T0.plusSeconds(70)))
                    .isFalse();
            assertThat(streak.failedToConnect(T0.plusSeconds(100), T0.plusSeconds(100)))
                    .isFalse();
            assertThat(streak.failedToConnect(T0.plusSeconds(130), T0.plusSeconds(130)))
                    .isTrue();
        }
    }

    /** An exception that names itself as its cause, as some libraries' exceptions do. */
    private static final class OwnCause extends IOException {
        private static final long serialVersionUID = 1L;

        OwnCause() {
            super("its own cause");
        }

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    @Test
    @DisplayName("an exception that is its own cause is looked at once, not forever")
    void ownCause() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(UnreachableStreak.isConnectFailure(new OwnCause())).isFalse();
            assertThat(UnreachableStreak.isConnectTimeout(new OwnCause())).isFalse();
        });
    }
}
