package io.github.gluelabels.fake;

import java.time.Instant;

/**
 * One call the fake answered.
 *
 * @param time when it arrived
 * @param requestId the request id the fake answered with
 * @param service {@code glue} or {@code s3}
 * @param operation the operation, e.g. {@code StartExportLabelsTaskRun}; for calls the fake does not understand,
 *     {@code UnknownOperation} (Glue) or {@code Unsupported} (S3)
 * @param input the Glue request body (JSON, its first 4 KiB), preceded for an {@code UnknownOperation} by its
 *     {@code X-Amz-Target} header ({@code X-Amz-Target: AWSGlue.GetJobs {…}}); or the S3 method, path and query, with
 *     the credential, signature and session token of a presigned URL left out. Never any other header, so never a
 *     credential
 * @param status the HTTP status answered (0 when the connection was dropped)
 * @param errorCode the error type or code answered, or {@code null} on success
 * @since 0.1.0
 */
public record JournalEntry(
        Instant time, String requestId, String service, String operation, String input, int status, String errorCode) {

    /** @return whether the fake answered with an error (or dropped the connection) */
    public boolean failed() {
        return errorCode != null || status == 0 || status >= 400;
    }
}
