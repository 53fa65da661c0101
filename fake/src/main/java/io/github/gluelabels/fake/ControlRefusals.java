package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.http.Refusal;

/**
 * The answers of the HTTP front to a control API call it refuses before the {@link ControlApi} sees it — a body too
 * large, broken, too slow, or over the budget: the control API's own {@code {"error": "…"}} naming the call, never an
 * S3 XML error, and never journaled, as no control call is.
 */
final class ControlRefusals {

    private ControlRefusals() {}

    /** @return whether the request is for the control API: its path starts with {@value ControlApi#PREFIX} */
    static boolean isControl(String rawPath) {
        return rawPath.startsWith(ControlApi.PREFIX);
    }

    /** A body over the limit: 413. */
    static FakeResponse tooLarge(FakeRequest request, long size, long limit) {
        String body = size < 0 ? "more than " + limit + " bytes" : size + " bytes";
        return error(
                request,
                413,
                "the body is " + body + "; the control API takes at most " + limit
                        + " bytes in one call (FakeGlueServer.Builder.maxUploadBytes, --max-upload)");
    }

    /** A body the front could not take. */
    static FakeResponse refused(FakeRequest request, Refusal why, String detail) {
        return switch (why) {
            case INCOMPLETE_BODY -> error(request, 400, "the body could not be read whole: " + detail);
            case BODY_TIMEOUT -> error(request, 408, "the body came too slowly: " + detail);
            case BUSY -> error(request, 503, "the fake holds too many request bodies now; retry: " + detail);
            case BAD_REQUEST -> error(request, 400, "the request could not be read: " + detail);
            case INTERNAL -> error(request, 500, "the glue-labels fake failed on this call (a bug): " + detail);
        };
    }

    private static FakeResponse error(FakeRequest request, int status, String why) {
        return ControlApi.json(
                status, ControlJson.object("error", request.method() + " " + request.rawPath() + ": " + why));
    }
}
