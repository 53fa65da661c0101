package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The AWS JSON 1.1 envelope of the fake Glue: which operation a request's {@code X-Amz-Target} names, what a request
 * must be for its body to be read (a POST of JSON), and how outputs and modelled errors are sent back. What each
 * operation does is the business of its {@link Operation}.
 */
final class GlueProtocol {

    static final String TARGET_PREFIX = "AWSGlue.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** The name {@link #operation} gives a request for an operation the fake does not answer. */
    static final String UNKNOWN_OPERATION = "UnknownOperation";
    /** The media types of a JSON 1.x body; parameters such as {@code charset} are ignored, as Smithy requires. */
    private static final Set<String> JSON_CONTENT_TYPES = Set.of(CONTENT_TYPE, "application/x-amz-json-1.0");

    private final Map<String, Operation> operations;

    /** @param operations every operation the fake answers, by name */
    GlueProtocol(Map<String, Operation> operations) {
        this.operations = Map.copyOf(operations);
    }

    /** @return the operation, e.g. {@code GetMLTaskRun}; {@value #UNKNOWN_OPERATION} when it is not one of ours */
    String operation(FakeRequest r) {
        String target = r.header("X-Amz-Target").orElse("");
        String op = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
        return operations.containsKey(op) ? op : UNKNOWN_OPERATION;
    }

    /** @return the operation's output, or the modelled error it or the envelope answers with */
    FakeResponse handle(FakeRequest r, String operation) {
        try {
            requireReadableBody(r);
            if (operation.equals(UNKNOWN_OPERATION)) {
                throw unknownOperation(r.header("X-Amz-Target").orElse(null));
            }
            Operation answering = operations.get(operation);
            if (answering == null) {
                throw new IllegalStateException(
                        "No operation " + operation + "; the fake answers " + operations.keySet());
            }
            return ok(r, answering.answer(JsonIn.parse(r.body())));
        } catch (GlueError e) {
            return error(r, e.type(), e.status(), e.getMessage());
        }
    }

    /** @return an error response as the service sends it */
    FakeResponse error(FakeRequest r, String type, int status, String message) {
        byte[] body =
                new JsonOut().string("__type", type).string("Message", message).bytes();
        return FakeResponse.status(status)
                .body(body)
                .header("Content-Type", CONTENT_TYPE)
                .header("x-amzn-RequestId", r.requestId())
                .header("x-amzn-ErrorType", type)
                .errorCode(type);
    }

    private static void requireReadableBody(FakeRequest r) {
        if (!r.method().equals("POST")) {
            throw GlueError.serialization("AWS JSON 1.1 requests are POST requests; this one is " + r.method());
        }
        String contentType = r.header("Content-Type").orElse(null);
        if (contentType != null
                && !JSON_CONTENT_TYPES.contains(
                        contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))) {
            throw GlueError.serialization("The request's Content-Type is \"" + contentType + "\": an AWS JSON 1.1 "
                    + "request is " + CONTENT_TYPE + ", and the fake cannot read the body as anything else.");
        }
    }

    private GlueError unknownOperation(String target) {
        return new GlueError(
                "UnknownOperationException",
                400,
                target == null
                        ? "The request has no X-Amz-Target header: the fake cannot tell which Glue operation it asks for."
                        : "The fake Glue of glue-labels does not implement " + target + ". It answers "
                                + operations.keySet().stream()
                                        .sorted()
                                        .map(o -> TARGET_PREFIX + o)
                                        .toList() + ".");
    }

    private static FakeResponse ok(FakeRequest r, byte[] body) {
        return FakeResponse.status(200)
                .body(body)
                .header("Content-Type", CONTENT_TYPE)
                .header("x-amzn-RequestId", r.requestId());
    }
}
