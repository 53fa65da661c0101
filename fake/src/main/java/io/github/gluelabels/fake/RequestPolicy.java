package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.http.Refusal;
import io.github.gluelabels.fake.internal.http.RequestBodies;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the HTTP front needs to know of the services: which service a request is for, the limit of its body, and the
 * modelled errors of requests the front answers itself, before or instead of their service, each journaled as a call
 * of its account. The S3 codes and messages are S3's own (the "List of error codes" of the Amazon S3 API
 * reference); Glue has no error of its own for a body that breaks off or comes too slowly, so the fake answers the ones
 * its API models for a request it cannot read ({@code SerializationException}), an operation that timed out
 * ({@code OperationTimeoutException}) and throttling ({@code ThrottlingException}, an error common to AWS APIs).
 * Control API calls are neither: they take the S3 limit ({@code --max-upload}: a seeded labeling file is as large as an
 * upload) and are refused in the control API's JSON, unjournaled ({@link ControlRefusals}).
 */
final class RequestPolicy implements RequestBodies.Policy {

    private final Function<FakeRequest, Account> accountFor;
    private final Account defaultAccount;
    private final long maxUploadBytes;

    /**
     * @param accountFor the account a request reaches
     * @param defaultAccount the account of what is not a request
     * @param maxUploadBytes the limit of an S3 request's body
     */
    RequestPolicy(Function<FakeRequest, Account> accountFor, Account defaultAccount, long maxUploadBytes) {
        this.accountFor = accountFor;
        this.defaultAccount = defaultAccount;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Glue calls are {@code POST /} with a target or a JSON 1.x body; everything else is S3. */
    static boolean isGlue(FakeRequest request) {
        return isGlue(
                request.method(),
                request.rawPath(),
                request.header("X-Amz-Target").orElse(null),
                request.header("Content-Type").orElse(null));
    }

    private static boolean isGlue(String method, String path, String target, String contentType) {
        return method.equals("POST")
                && path.equals("/")
                && (target != null || (contentType != null && contentType.startsWith("application/x-amz-json")));
    }

    @Override
    public long limit(String method, String path, String target, String contentType) {
        return isGlue(method, path, target, contentType) ? FakeGlueServer.MAX_GLUE_REQUEST_BYTES : maxUploadBytes;
    }

    @Override
    public FakeResponse refuse(FakeRequest request, long size, long limit) {
        if (ControlRefusals.isControl(request.rawPath())) {
            return ControlRefusals.tooLarge(request, size, limit);
        }
        return tooLarge(accountFor.apply(request), request, isGlue(request), size, limit);
    }

    @Override
    public FakeResponse refuse(FakeRequest request, Refusal why, String detail) {
        if (ControlRefusals.isControl(request.rawPath())) {
            return ControlRefusals.refused(request, why, detail);
        }
        return refuse(accountFor.apply(request), request, isGlue(request), why, detail);
    }

    @Override
    public FakeResponse belowHttp(int status, String reason) {
        return belowHttp(defaultAccount, status, reason);
    }

    /**
     * Refuses a request whose body is over the limit, before it is read: Glue's {@code SerializationException}, S3's
     * {@code EntityTooLarge}, both HTTP 400.
     *
     * @param size the body's announced size, or -1 when it was not announced (and turned out over the limit)
     */
    private static FakeResponse tooLarge(Account account, FakeRequest request, boolean isGlue, long size, long limit) {
        Instant arrived = account.now();
        String body = size < 0 ? "more than " + limit + " bytes" : size + " bytes";
        FakeResponse response;
        String operation;
        if (isGlue) {
            operation = account.glue.operation(request);
            response = account.glue.error(
                    request,
                    "SerializationException",
                    400,
                    "The request body is " + body + "; the " + "fake Glue reads at most " + limit
                            + " bytes of a request, far more than any Glue ML request needs.");
        } else {
            operation = account.s3.operation(request);
            response = account.s3.error(
                    request,
                    400,
                    "EntityTooLarge",
                    "Your proposed upload exceeds the maximum allowed "
                            + "object size: the request body is " + body + ", and the fake S3 takes at most " + limit
                            + " bytes in one "
                            + "request (FakeGlueServer.Builder.maxUploadBytes, --max-upload). Upload larger objects as multipart "
                            + "uploads.");
        }
        account.record(arrived, request, isGlue, operation, response);
        return response;
    }

    /** Refuses a request for a reason of the HTTP front, with the service's error for it. */
    private static FakeResponse refuse(
            Account account, FakeRequest request, boolean isGlue, Refusal why, String detail) {
        Instant arrived = account.now();
        FakeResponse response;
        String operation;
        if (isGlue) {
            operation = operation(() -> account.glue.operation(request), "UnknownOperation");
            Answer error = GLUE.get(why);
            response = account.glue.error(request, error.code(), error.status(), error.message() + ": " + detail);
        } else {
            operation = operation(() -> account.s3.operation(request), "Unsupported");
            Answer error = S3.get(why);
            response =
                    account.s3.error(request, error.status(), error.code(), error.message() + " The fake: " + detail);
        }
        account.record(arrived, request, isGlue, operation, response);
        return response;
    }

    /** Answers bytes that are not a request: S3's XML, as no service can be told (Glue calls are rarely malformed). */
    private static FakeResponse belowHttp(Account account, int status, String reason) {
        String code = switch (status) {
            case 408 -> "RequestTimeout";
            case 413 -> "EntityTooLarge";
            case 414 -> "InvalidURI";
            case 431 -> "RequestHeaderSectionTooLarge";
            default -> status >= 500 ? "InternalError" : "InvalidRequest";
        };
        FakeRequest none = new FakeRequest("GET", "/", Map.of(), new byte[0], FakeRequest.newRequestId());
        return account.s3.error(none, status, code, "The fake cannot read this as an HTTP request: " + reason);
    }

    private static String operation(Supplier<String> operation, String unknown) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            return unknown;
        }
    }

    /** An error: its type or code, its HTTP status, and the start of its message. */
    private record Answer(String code, int status, String message) {}

    private static final Map<Refusal, Answer> GLUE = Map.of(
            Refusal.INCOMPLETE_BODY, new Answer("SerializationException", 400, "The request body could not be read"),
            Refusal.BAD_REQUEST, new Answer("SerializationException", 400, "The request could not be read"),
            Refusal.BODY_TIMEOUT, new Answer("OperationTimeoutException", 400, "The request body came too slowly"),
            Refusal.BUSY, new Answer("ThrottlingException", 400, "Rate exceeded"),
            Refusal.INTERNAL,
                    new Answer(
                            "InternalServiceException",
                            500,
                            "The glue-labels fake failed on this request "
                                    + "(a bug of the fake unless it ran out of memory: please report it with the request)"));

    /** S3's own messages for its codes. */
    private static final Map<Refusal, Answer> S3 = Map.of(
            Refusal.INCOMPLETE_BODY,
                    new Answer(
                            "IncompleteBody",
                            400,
                            "You did not provide the number of bytes specified by the Content-Length HTTP header."),
            Refusal.BAD_REQUEST, new Answer("InvalidRequest", 400, "The request could not be read."),
            Refusal.BODY_TIMEOUT,
                    new Answer(
                            "RequestTimeout",
                            400,
                            "Your socket connection to the server was not read "
                                    + "from or written to within the timeout period."),
            Refusal.BUSY, new Answer("SlowDown", 503, "Please reduce your request rate."),
            Refusal.INTERNAL, new Answer("InternalError", 500, "We encountered an internal error. Please try again."));
}
