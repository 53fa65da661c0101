package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.text.Redaction;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the AWS SDK throws into messages a person can act on: which transform, which region, what to check. A
 * call that got an answer is explained here; one that got none (credentials, network) by {@link ClientProblems}.
 * Never puts a credential in a message: the SDK's messages carry none, and this class adds only ids, codes, file
 * names and the endpoint; the user information of any URL ({@code https://user:password@host}) is masked in every
 * message it makes.
 */
final class ErrorTranslator {

    private final String region;
    private final Hints hints;
    private final int maxAttempts;
    private final ClientProblems clientProblems;
    private final URI s3Endpoint;

    /**
     * @param region the clients' region
     * @param glueEndpoint the Glue endpoint, or {@code null} when unknown
     * @param s3Endpoint the S3 endpoint, or {@code null} when unknown (S3's public endpoints)
     * @param maxAttempts the attempts the clients make per call
     * @param readTimeout the clients' read timeout, or {@code null} when unknown
     * @param kind what the endpoint is, for the advice of messages
     */
    ErrorTranslator(
            String region, URI glueEndpoint, URI s3Endpoint, int maxAttempts, Duration readTimeout, EndpointKind kind) {
        this.region = region;
        this.maxAttempts = maxAttempts;
        this.clientProblems = new ClientProblems(readTimeout);
        this.hints = new Hints(kind, glueEndpoint);
        this.s3Endpoint = s3Endpoint;
    }

    /** @return the clients' region, as messages name it */
    String region() {
        return region;
    }

    Hints hints() {
        return hints;
    }

    GlueLabelsException glue(String operation, String transformId, String taskRunId, SdkException e) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            String said = service.awsErrorDetails() == null
                            || service.awsErrorDetails().errorMessage() == null
                    ? service.getMessage()
                    : service.awsErrorDetails().errorMessage();
            String suffix = " (" + operation + ", request id " + service.requestId() + ")";
            String message = switch (code == null ? "" : code) {
                case "EntityNotFoundException" -> notFound(transformId, taskRunId, said);
                case "InvalidInputException" ->
                    "Glue refused " + operation + " for transform " + transformId
                            + (taskRunId == null ? "" : " and task run " + taskRunId) + " in region " + region
                            + " as invalid input. Glue said: " + said;
                case "AccessDeniedException",
                        "AccessDenied",
                        "UnrecognizedClientException",
                        "InvalidSignatureException",
                        "ExpiredTokenException" ->
                    "AWS refused the credentials or the permission for glue:" + operation
                            + " in region " + region + ": " + sentence(said)
                            + " Check that the credentials are current and that their IAM "
                            + "policy allows glue:" + operation + " on the transform (see the README's IAM policy).";
                case "InternalServiceException", "OperationTimeoutException", "ThrottlingException" ->
                    "Glue kept failing with " + code + " after " + attempts(e) + " attempt(s): " + sentence(said)
                            + " This is usually passing; try again later, or raise the number of attempts.";
                default ->
                    service.isThrottlingException()
                            ? "Glue kept throttling the calls (" + code + ") after " + attempts(e) + " attempt(s): "
                                    + sentence(said) + " Try again later."
                            : "Glue answered " + (code == null ? "HTTP " + service.statusCode() : code) + ": " + said;
            };
            return new AwsCallException(
                    Redaction.text(message + suffix), operation, code, service.statusCode(), service.requestId(), e);
        }
        return new AwsCallException(
                Redaction.text(clientProblems.explain(operation, "Glue at " + hints.endpoint(), e, attempts(e))),
                operation,
                null,
                0,
                null,
                e);
    }

    GlueLabelsException s3(String operation, String location, SdkException e) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            String said = service.awsErrorDetails() == null
                            || service.awsErrorDetails().errorMessage() == null
                    ? "HTTP " + service.statusCode()
                    : service.awsErrorDetails().errorMessage();
            String advice = switch (code == null ? "" : code) {
                case "NoSuchBucket" -> " The bucket does not exist, or is in another account.";
                case "NoSuchKey" ->
                    " The object vanished between listing and download: was the folder changed meanwhile?";
                case "AccessDenied", "Forbidden" ->
                    " Check that the credentials' IAM policy allows s3:ListBucket on the "
                            + "bucket and s3:GetObject on the export's prefix.";
                default ->
                    service.statusCode() == 403
                            ? " Check that the credentials may read the export's prefix."
                            : service.statusCode() >= 500 || service.isThrottlingException()
                                    ? " S3 kept failing after " + attempts(e) + " attempt(s); try again later."
                                    : "";
            };
            return new AwsCallException(
                    Redaction.text(
                            "S3 " + operation + " of " + location + " failed: " + (code == null ? "" : code + ": ")
                                    + sentence(said) + advice + " (request id " + service.requestId() + ")"),
                    operation,
                    code,
                    service.statusCode(),
                    service.requestId(),
                    e);
        }
        return new AwsCallException(
                Redaction.text(clientProblems.explain(operation, s3Target(location), e, attempts(e))),
                operation,
                null,
                0,
                null,
                e);
    }

    private String notFound(String transformId, String taskRunId, String said) {
        if (said != null && said.startsWith("No labelset exists")) {
            return "Transform " + transformId + " has no labels to export in region " + region + ": label records (or "
                    + "import labels with StartImportLabelsTaskRun) first. Glue said: " + said;
        }
        if (said != null && said.startsWith("No ML Task Run found")) {
            return "Glue has no task run " + taskRunId + " for transform " + transformId + " in region " + region + ". "
                    + hints.unknownTaskRun(transformId) + " Glue said: " + said;
        }
        return "Glue cannot find transform " + transformId + " in region " + region + ". "
                + hints.unknownTransform(transformId, region) + " Glue said: " + said;
    }

    /** Names the S3 location, and the endpoint when it is not S3's own: a refused connection then says where. */
    private String s3Target(String location) {
        return "S3 for " + location + (s3Endpoint == null ? "" : " at " + Redaction.endpoint(s3Endpoint));
    }

    /** Ends a text from elsewhere as a sentence, without doubling its full stop. */
    private static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    private int attempts(SdkException e) {
        return e.numAttempts() != null && e.numAttempts() > 0 ? e.numAttempts() : maxAttempts;
    }

    static boolean isTransient(SdkException e) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null
                    ? ""
                    : service.awsErrorDetails().errorCode();
            return service.isThrottlingException()
                    || service.statusCode() >= 500
                    || "OperationTimeoutException".equals(code)
                    || "InternalServiceException".equals(code);
        }
        String message = String.valueOf(e.getMessage());
        return e instanceof SdkClientException
                && !message.contains("Unable to load credentials")
                && !message.contains("Profile file contained no credentials");
    }
}
