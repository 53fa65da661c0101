package io.github.gluelabels.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests no SDK sends (a wrong JSON type, a negative max-keys, odd headers), for the tests that need them. */
final class RawHttp {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {}

    /** @return the answer, its body as text; the request times out after 20 seconds */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a Glue request as the SDK frames it (AWS JSON 1.1), whatever its body.
     *
     * @param target the {@code X-Amz-Target}, e.g. {@code AWSGlue.GetMLTransform}
     */
    static HttpResponse<String> glue(URI endpoint, String target, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
