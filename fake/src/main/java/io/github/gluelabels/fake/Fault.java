package io.github.gluelabels.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the fake can inject into the calls of an operation: a modelled error, a delay, a dropped connection,
 * or (for {@code GetObject}) a body cut short.
 *
 * @since 0.1.0
 */
public sealed interface Fault {

    /**
     * {@code InternalServiceException}, HTTP 500 (S3: {@code InternalError}, 500). The SDKs retry it.
     *
     * @return the fault
     */
    static Fault internalServiceError() {
        return new ErrorAnswer(
                "InternalServiceException",
                500,
                "An internal service error occurred.",
                "InternalError",
                500,
                "We encountered an internal error. Please try again.");
    }

    /**
     * {@code OperationTimeoutException}, HTTP 400.
     *
     * @return the fault
     */
    static Fault operationTimeout() {
        return new ErrorAnswer(
                "OperationTimeoutException",
                400,
                "The operation timed out.",
                "RequestTimeout",
                400,
                "Your socket connection to the server was not read from or written to within the timeout period.");
    }

    /**
     * {@code ThrottlingException} "Rate exceeded", HTTP 400 (S3: {@code SlowDown}, 503). The SDKs retry it.
     *
     * @return the fault
     */
    static Fault throttling() {
        return new ErrorAnswer(
                "ThrottlingException", 400, "Rate exceeded", "SlowDown", 503, "Please reduce your request rate.");
    }

    /**
     * Any error, e.g. {@code error("EntityNotFoundException", 400, "…")}. For S3 operations the type is the S3 error
     * code.
     *
     * @param type the error type (Glue exception shape name, or S3 error code)
     * @param status the HTTP status
     * @param message the message
     * @return the fault
     */
    static Fault error(String type, int status, String message) {
        return new ErrorAnswer(type, status, message, type, status, message);
    }

    /**
     * Answers normally, but only after a delay (beyond a client's read timeout, the client gives up).
     *
     * @param delay how long to wait before answering
     * @return the fault
     */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * Resets the connection without answering.
     *
     * @return the fault
     */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /**
     * For {@code GetObject}: sends the headers with the full Content-Length, then only the first bytes of the body, then
     * closes the connection — an object cut short mid-download.
     *
     * @param bytes how many bytes of the body to send
     * @return the fault
     */
    static Fault cutShort(long bytes) {
        return new CutShort(bytes);
    }

    /**
     * A modelled error.
     *
     * @param glueType the Glue exception shape
     * @param glueStatus its HTTP status
     * @param glueMessage its message
     * @param s3Code the S3 error code used when the operation is an S3 one
     * @param s3Status its HTTP status
     * @param s3Message its message
     */
    record ErrorAnswer(
            String glueType, int glueStatus, String glueMessage, String s3Code, int s3Status, String s3Message)
            implements Fault {
        /**
         * Refuses a {@code null} Glue error type or S3 error code.
         *
         * @param glueType the Glue exception shape
         * @param glueStatus its HTTP status
         * @param glueMessage its message
         * @param s3Code the S3 error code used when the operation is an S3 one
         * @param s3Status its HTTP status
         * @param s3Message its message
         */
        public ErrorAnswer {
            Objects.requireNonNull(glueType, "glueType");
            Objects.requireNonNull(s3Code, "s3Code");
        }
    }

    /** @param delay the delay before the normal answer */
    record Delay(Duration delay) implements Fault {
        /**
         * Refuses a {@code null} delay.
         *
         * @param delay the delay before the normal answer
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** A reset connection. */
    record DropConnection() implements Fault {}

    /** @param bytes how many bytes of the body are sent */
    record CutShort(long bytes) implements Fault {}
}
