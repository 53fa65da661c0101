package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;

/**
 * A call to AWS failed, explained in plain words. Keeps what support needs: the operation, the error code, the HTTP
 * status and the request id.
 *
 * @since 0.1.0
 */
public class AwsCallException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /** The AWS operation that failed. */
    private final String operation;
    /** The service's error code, or {@code null}. */
    private final String errorCode;
    /** The HTTP status, 0 when no answer came. */
    private final int statusCode;
    /** The AWS request id, or {@code null}. */
    private final String requestId;

    /**
     * @param message the explanation
     * @param operation e.g. {@code StartExportLabelsTaskRun}
     * @param errorCode e.g. {@code EntityNotFoundException}, or {@code null} when no answer came
     * @param statusCode the HTTP status, 0 when no answer came
     * @param requestId the AWS request id, or {@code null}
     * @param cause the SDK's exception
     */
    public AwsCallException(
            String message, String operation, String errorCode, int statusCode, String requestId, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.errorCode = errorCode;
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    /** @return the AWS operation that failed, e.g. {@code StartExportLabelsTaskRun} */
    public String operation() {
        return operation;
    }

    /** @return the service's error code, e.g. {@code EntityNotFoundException}; {@code null} when no answer came */
    public String errorCode() {
        return errorCode;
    }

    /** @return the HTTP status of the answer, 0 when no answer came */
    public int statusCode() {
        return statusCode;
    }

    /** @return the AWS request id of the answer, or {@code null} */
    public String requestId() {
        return requestId;
    }
}
