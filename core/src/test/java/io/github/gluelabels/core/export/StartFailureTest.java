package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.export.ImportStart.StartFailure;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** What a failed StartImportLabelsTaskRun says of the run: may it be sent again, or may a run have started? */
@DisplayName("StartFailure: refused, not started, or unknown, from the SDK's exception")
class StartFailureTest {

    private static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage("m")
                        .build())
                .message("m")
                .build();
    }

    private static SdkException client(String message, Throwable cause) {
        return SdkClientException.builder().message(message).cause(cause).build();
    }

    @Test
    @DisplayName("Glue's refusal (a 4xx) would fail again: refused")
    void refused() {
        assertThat(StartFailure.of(service(400, "InvalidInputException"))).isEqualTo(StartFailure.REFUSED);
        assertThat(StartFailure.of(service(404, "EntityNotFoundException"))).isEqualTo(StartFailure.REFUSED);
    }

    @Test
    @DisplayName("throttled: Glue did not act on it, it may be sent again")
    void throttled() {
        assertThat(StartFailure.of(service(400, "ThrottlingException"))).isEqualTo(StartFailure.NOT_STARTED);
        assertThat(StartFailure.of(service(429, "TooManyRequests"))).isEqualTo(StartFailure.NOT_STARTED);
    }

    @Test
    @DisplayName("a 5xx or Glue's own timeout: a run may have started")
    void serverTrouble() {
        assertThat(StartFailure.of(service(500, "InternalServiceException"))).isEqualTo(StartFailure.UNKNOWN);
        assertThat(StartFailure.of(service(400, "OperationTimeoutException"))).isEqualTo(StartFailure.UNKNOWN);
    }

    @Test
    @DisplayName("never sent, for want of credentials: refused")
    void noCredentials() {
        assertThat(StartFailure.of(client("Unable to load credentials from any of the providers", null)))
                .isEqualTo(StartFailure.REFUSED);
    }

    @Test
    @DisplayName("no connection made: not started; sent and no answer: unknown")
    void connection() {
        assertThat(StartFailure.of(client("Unable to execute HTTP request", new ConnectException("refused"))))
                .isEqualTo(StartFailure.NOT_STARTED);
        assertThat(StartFailure.of(
                        client("Unable to execute HTTP request", new SocketTimeoutException("Read timed out"))))
                .isEqualTo(StartFailure.UNKNOWN);
    }
}
