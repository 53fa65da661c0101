package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.GlueLabelsException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** The words of every failure an AWS call can end in, from the SDK's own exceptions (no mock). */
@DisplayName("ErrorTranslator: what the SDK throws, in words a person can act on")
class ErrorTranslatorTest {

    private static final URI GLUE = URI.create("http://localhost:4599");
    private final ErrorTranslator translator = new ErrorTranslator(
            "eu-west-1",
            GLUE,
            URI.create("http://user:secret@localhost:4600"),
            4,
            Duration.ofSeconds(30),
            EndpointKind.FAKE);

    private static AwsServiceException service(String code, String message, int status, Integer attempts) {
        AwsServiceException.Builder builder = AwsServiceException.builder()
                .statusCode(status)
                .requestId("req-1")
                .message(message == null ? "sdk message" : message);
        if (code != null || message != null) {
            builder.awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode(code)
                    .errorMessage(message)
                    .build());
        }
        if (attempts != null) {
            builder.numAttempts(attempts);
        }
        return builder.build();
    }

    private String glue(String code, String message, int status, Integer attempts, String taskRunId) {
        GlueLabelsException e =
                translator.glue("GetMLTaskRun", "tfm-1", taskRunId, service(code, message, status, attempts));
        assertThat(e).isInstanceOf(AwsCallException.class);
        return e.getMessage();
    }

    @Nested
    @DisplayName("Glue's answers")
    class GlueAnswers {

        @Test
        void invalidInputNamesTheTransformAndTheTaskRun() {
            assertThat(glue("InvalidInputException", "Bad id", 400, null, "run-1"))
                    .isEqualTo("Glue refused GetMLTaskRun for transform tfm-1 and task run run-1 in region eu-west-1 as"
                            + " invalid input. Glue said: Bad id (GetMLTaskRun, request id req-1)");
            assertThat(glue("InvalidInputException", "Bad id", 400, null, null))
                    .isEqualTo("Glue refused GetMLTaskRun for transform tfm-1 in region eu-west-1 as invalid input."
                            + " Glue said: Bad id (GetMLTaskRun, request id req-1)");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "AccessDeniedException",
            "AccessDenied",
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "ExpiredTokenException"
        })
        void refusedCredentialsNameThePermission(String code) {
            assertThat(glue(code, "Not allowed", 403, null, null))
                    .isEqualTo("AWS refused the credentials or the permission for glue:GetMLTaskRun in region"
                            + " eu-west-1: Not allowed. Check that the credentials are current and that their IAM"
                            + " policy allows glue:GetMLTaskRun on the transform (see the README's IAM policy)."
                            + " (GetMLTaskRun, request id req-1)");
        }

        @ParameterizedTest(name = "Glue said \"{0}\"")
        @CsvSource(
                delimiterString = "|",
                value = {"Denied.|Denied.", "Denied!|Denied!", "Denied?|Denied?", "  Denied  |Denied."})
        void endsWhatGlueSaidAsOneSentence(String said, String sentence) {
            assertThat(glue("AccessDenied", said, 403, null, null)).contains(": " + sentence + " Check that");
        }

        @ParameterizedTest(name = "{0}, attempts {1}")
        @CsvSource({
            "InternalServiceException, 3, 3",
            "OperationTimeoutException, 0, 4",
            "ThrottlingException, , 4",
            "InternalServiceException, 1, 1"
        })
        void passingFailuresSayHowOftenTheyWereTried(String code, Integer attempts, int said) {
            assertThat(glue(code, "Busy", 500, attempts, null))
                    .isEqualTo("Glue kept failing with " + code + " after " + said + " attempt(s): Busy. This is"
                            + " usually passing; try again later, or raise the number of attempts."
                            + " (GetMLTaskRun, request id req-1)");
        }

        @Test
        void otherAnswersNameTheirCodeOrStatus() {
            assertThat(glue("SlowDown", "Slow down", 429, 2, null))
                    .isEqualTo("Glue kept throttling the calls (SlowDown) after 2 attempt(s): Slow down. Try again"
                            + " later. (GetMLTaskRun, request id req-1)");
            assertThat(glue("ConcurrentModificationException", "Changed", 400, null, null))
                    .isEqualTo("Glue answered ConcurrentModificationException: Changed (GetMLTaskRun, request id"
                            + " req-1)");
            assertThat(glue(null, null, 502, null, null))
                    .isEqualTo("Glue answered HTTP 502: sdk message (GetMLTaskRun, request id req-1)");
        }

        @Test
        void notFoundTellsALabelSetATaskRunAndATransformApart() {
            assertThat(glue("EntityNotFoundException", "No labelset exists for transform tfm-1", 400, null, null))
                    .isEqualTo("Transform tfm-1 has no labels to export in region eu-west-1: label records (or import"
                            + " labels with StartImportLabelsTaskRun) first. Glue said: No labelset exists for"
                            + " transform tfm-1 (GetMLTaskRun, request id req-1)");
            assertThat(glue("EntityNotFoundException", "No ML Task Run found", 400, null, "run-9"))
                    .isEqualTo("Glue has no task run run-9 for transform tfm-1 in region eu-west-1. "
                            + translator.hints().unknownTaskRun("tfm-1")
                            + " Glue said: No ML Task Run found (GetMLTaskRun, request id req-1)");
            assertThat(glue("EntityNotFoundException", "Not there", 400, null, null))
                    .isEqualTo("Glue cannot find transform tfm-1 in region eu-west-1. "
                            + translator.hints().unknownTransform("tfm-1", "eu-west-1")
                            + " Glue said: Not there (GetMLTaskRun, request id req-1)");
        }

        @Test
        void keepsTheCodeStatusAndRequestId() {
            AwsCallException e = (AwsCallException)
                    translator.glue("GetMLTaskRun", "tfm-1", null, service("InvalidInputException", "Bad", 400, null));
            assertThat(e.errorCode()).isEqualTo("InvalidInputException");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.requestId()).isEqualTo("req-1");
        }
    }

    @Nested
    @DisplayName("S3's answers")
    class S3Answers {

        private String s3(String code, String message, int status, Integer attempts) {
            return translator
                    .s3("GetObject", "s3://bucket/labels/", service(code, message, status, attempts))
                    .getMessage();
        }

        @ParameterizedTest(name = "{0} ({2})")
        @CsvSource(
                delimiterString = "|",
                value = {
                    "NoSuchBucket|404| The bucket does not exist, or is in another account.",
                    "NoSuchKey|404| The object vanished between listing and download: was the folder changed"
                            + " meanwhile?",
                    "AccessDenied|403|Check that the credentials' IAM policy allows s3:ListBucket on the bucket and"
                            + " s3:GetObject on the export's prefix.",
                    "Forbidden|403|Check that the credentials' IAM policy allows s3:ListBucket on the bucket and"
                            + " s3:GetObject on the export's prefix.",
                    "Other|403|Check that the credentials may read the export's prefix.",
                    "InternalError|500|S3 kept failing after 3 attempt(s); try again later.",
                    "SlowDown|503|S3 kept failing after 3 attempt(s); try again later.",
                    "SlowDown|429|S3 kept failing after 3 attempt(s); try again later.",
                    "InvalidRange|499|''"
                })
        void givesAdvicePerCode(String code, int status, String advice) {
            assertThat(s3(code, "It failed", status, 3))
                    .isEqualTo("S3 GetObject of s3://bucket/labels/ failed: " + code + ": It failed."
                            + (advice.isEmpty() ? "" : " " + advice)
                            + " (request id req-1)");
        }

        @Test
        void saysTheStatusWhenS3SaidNothing() {
            assertThat(s3(null, null, 404, null))
                    .isEqualTo("S3 GetObject of s3://bucket/labels/ failed: HTTP 404. (request id req-1)");
        }
    }

    @Nested
    @DisplayName("calls that got no answer")
    class NoAnswer {

        private static SdkClientException client(String message, Throwable cause) {
            return SdkClientException.builder()
                    .message(message)
                    .cause(cause)
                    .numAttempts(2)
                    .build();
        }

        @Test
        void namesTheS3EndpointWithoutItsUserInformation() {
            String message = translator
                    .s3("GetObject", "s3://bucket/labels/", client("boom", new ConnectException("refused")))
                    .getMessage();
            assertThat(message)
                    .isEqualTo("Cannot reach S3 for s3://bucket/labels/ at http://***@localhost:4600: the connection"
                            + " was refused (refused) (2 attempt(s)). Is the endpoint right, and is the service (or"
                            + " fake) running?")
                    .doesNotContain("secret");
            ErrorTranslator aws = new ErrorTranslator("eu-west-1", null, null, 4, null, EndpointKind.AWS);
            assertThat(aws.s3("GetObject", "s3://b/p", client("boom", new ConnectException("refused")))
                            .getMessage())
                    .startsWith("Cannot reach S3 for s3://b/p: the connection was refused");
        }

        @Test
        void explainsEachKindOfNetworkFailure() {
            assertThat(translator
                            .glue("GetMLTaskRun", "t", null, client("Read timed out", new SocketTimeoutException()))
                            .getMessage())
                    .isEqualTo("Glue at " + translator.hints().endpoint() + " did not answer GetMLTaskRun within the"
                            + " read timeout of 30 s (2 attempt(s)): Read timed out. Check the network, or raise the"
                            + " read timeout.");
            assertThat(translator
                            .glue("GetMLTaskRun", "t", null, client("x", new UnknownHostException("nohost")))
                            .getMessage())
                    .isEqualTo("Cannot reach Glue at " + translator.hints().endpoint() + ": the host name does not"
                            + " resolve (nohost) (2 attempt(s)). Check the endpoint and the region, or the network"
                            + " (offline?).");
            assertThat(translator
                            .glue("GetMLTaskRun", "t", null, client("Connection reset", new SocketException("reset")))
                            .getMessage())
                    .isEqualTo("The connection to Glue at " + translator.hints().endpoint() + " was lost during"
                            + " GetMLTaskRun (2 attempt(s)): Connection reset. This is usually passing (a network or"
                            + " proxy hiccup); try again.");
            assertThat(translator
                            .glue("GetMLTaskRun", "t", null, client("Odd", null))
                            .getMessage())
                    .as("the SDK's own attempt count left out: the message states it")
                    .isEqualTo("GetMLTaskRun failed before Glue at "
                            + translator.hints().endpoint() + " answered" + " (2 attempt(s)): Odd");
        }
    }

    @Nested
    @DisplayName("which failures are worth another try")
    class Transient {

        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource({
            "SlowDown, 429, true",
            "Anything, 500, true",
            "Anything, 499, false",
            "OperationTimeoutException, 400, true",
            "InternalServiceException, 400, true",
            "InvalidInputException, 400, false"
        })
        void serviceAnswers(String code, int status, boolean worthIt) {
            assertThat(ErrorTranslator.isTransient(service(code, "m", status, null)))
                    .isEqualTo(worthIt);
        }

        @Test
        void clientFailures() {
            assertThat(ErrorTranslator.isTransient(service(null, null, 400, null)))
                    .isFalse();
            assertThat(ErrorTranslator.isTransient(
                            SdkClientException.create("Unable to execute HTTP request: Connection reset")))
                    .isTrue();
            assertThat(ErrorTranslator.isTransient(SdkClientException.create(
                            "Unable to load credentials from any of the providers in the chain")))
                    .isFalse();
            assertThat(ErrorTranslator.isTransient(
                            SdkClientException.create("Profile file contained no credentials for profile 'x'")))
                    .isFalse();
            assertThat(ErrorTranslator.isTransient(SdkException.create("not a client failure", null)))
                    .isFalse();
        }
    }
}
