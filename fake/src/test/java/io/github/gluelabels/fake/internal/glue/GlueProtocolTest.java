package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The envelope around the fake's operations: a registered operation is named and answered, anything else is refused as
 * the service refuses it. The table of real operations is tested through {@link GlueService} in {@code fake}'s tests.
 */
class GlueProtocolTest {

    private final GlueProtocol protocol = new GlueProtocol(Map.of(
            "EchoThing", in -> new JsonOut().string("Echo", in.string("Thing")).bytes(),
            "FailThing",
                    in -> {
                        throw GlueError.entityNotFound("No thing " + in.string("Thing") + ".");
                    }));

    @Test
    void namesAndAnswersARegisteredOperation() {
        FakeRequest request = post("AWSGlue.EchoThing", "{\"Thing\":\"t-1\"}");

        String operation = protocol.operation(request);
        FakeResponse response = protocol.handle(request, operation);

        assertThat(operation).isEqualTo("EchoThing");
        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("{\"Echo\":\"t-1\"}");
        assertThat(response.headers())
                .contains(
                        Map.entry("Content-Type", "application/x-amz-json-1.1"),
                        Map.entry("x-amzn-RequestId", "request-1"));
    }

    @Test
    void answersTheModelledErrorAnOperationThrows() {
        FakeRequest request = post("AWSGlue.FailThing", "{\"Thing\":\"t-2\"}");

        FakeResponse response = protocol.handle(request, protocol.operation(request));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("EntityNotFoundException");
        assertThat(response.headers()).contains(Map.entry("x-amzn-ErrorType", "EntityNotFoundException"));
        assertThat(body(response)).isEqualTo("{\"__type\":\"EntityNotFoundException\",\"Message\":\"No thing t-2.\"}");
    }

    @Test
    void refusesAnOperationNotRegisteredNamingTheOnesThatAre() {
        FakeRequest request = post("AWSGlue.CreateMLTransform", "{}");

        String operation = protocol.operation(request);
        FakeResponse response = protocol.handle(request, operation);

        assertThat(operation).isEqualTo(GlueProtocol.UNKNOWN_OPERATION);
        assertThat(response.errorCode()).isEqualTo("UnknownOperationException");
        assertThat(body(response))
                .contains("does not implement AWSGlue.CreateMLTransform. It answers [AWSGlue.EchoThing, "
                        + "AWSGlue.FailThing].");
    }

    @Test
    void refusesATargetOfAnotherService() {
        FakeRequest request = post("AWSShine.EchoThing", "{}");

        assertThat(protocol.operation(request)).isEqualTo(GlueProtocol.UNKNOWN_OPERATION);
    }

    @Test
    void refusesABodyThatIsNotJsonBeforeTheOperationSeesIt() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-Amz-Target", List.of("AWSGlue.EchoThing"));
        headers.put("Content-Type", List.of("text/plain"));
        FakeRequest request = new FakeRequest("POST", "/", headers, "{}".getBytes(StandardCharsets.UTF_8), "request-1");

        FakeResponse response = protocol.handle(request, protocol.operation(request));

        assertThat(response.errorCode()).isEqualTo("SerializationException");
        assertThat(body(response)).contains("Content-Type is \\\"text/plain\\\"");
    }

    private static FakeRequest post(String target, String json) {
        return new FakeRequest(
                "POST",
                "/",
                Map.of("X-Amz-Target", List.of(target), "Content-Type", List.of("application/x-amz-json-1.1")),
                json.getBytes(StandardCharsets.UTF_8),
                "request-1");
    }

    private static String body(FakeResponse response) {
        try (InputStream in = response.openBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
