package io.github.gluelabels.fake.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * When the fake itself fails while answering — an {@link OutOfMemoryError}, any exception — the HTTP front answers
 * with the refusal its policy words for {@link Refusal#INTERNAL}, never with Jetty's HTML page and stack trace. The
 * handler here throws on purpose: nothing else makes the JVM run out of memory on cue. (What the policy of the real
 * fake words, S3's {@code InternalError} and Glue's {@code InternalServiceException}, is in {@code Refusals}.)
 */
@DisplayName("A failure of the fake while answering is the policy's internal error, not an HTML page")
@Timeout(30)
class FailuresOfTheFakeTest {

    static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    static WireMockServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Words every refusal as a small XML error naming the refusal and the detail. */
    static final class NamingPolicy implements RequestBodies.Policy {
        @Override
        public long limit(String method, String path, String target, String contentType) {
            return 1 << 20;
        }

        @Override
        public FakeResponse refuse(FakeRequest request, long size, long limit) {
            return refuse(request, Refusal.BAD_REQUEST, "too large");
        }

        @Override
        public FakeResponse refuse(FakeRequest request, Refusal why, String detail) {
            return FakeResponse.status(why == Refusal.INTERNAL ? 500 : 400)
                    .body(
                            "<Error><Code>" + why + "</Code><Message>" + detail + "</Message></Error>",
                            "application/xml");
        }

        @Override
        public FakeResponse belowHttp(int status, String reason) {
            return FakeResponse.status(status).body("<Error><Code>below</Code></Error>", "application/xml");
        }
    }

    @BeforeAll
    static void start() {
        Function<FakeRequest, FakeResponse> failing = request -> {
            Throwable failure = FAILURE.get();
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        };
        server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .httpServerFactory(new FakeHttpServerFactory(
                        new RequestBodies(new NamingPolicy(), new BodyBudget(1 << 20), 5_000), failing))
                .extensions(new Dispatcher()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> put() throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bucket/key"))
                        .PUT(HttpRequest.BodyPublishers.ofString("body"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("out of memory: 500, the policy's INTERNAL error saying so")
    void outOfMemory() throws Exception {
        FAILURE.set(new OutOfMemoryError("Java heap space"));

        HttpResponse<String> answer = put();

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(answer.body())
                .startsWith("<Error><Code>INTERNAL</Code><Message>it ran out of memory (Java heap space; "
                        + "the JVM's heap is ")
                .doesNotContain("<html")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("an exception: 500, the policy's INTERNAL error naming it")
    void exception() throws Exception {
        FAILURE.set(new IllegalStateException("broken on purpose"));

        HttpResponse<String> answer = put();

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body())
                .isEqualTo("<Error><Code>INTERNAL</Code><Message>java.lang.IllegalStateException: "
                        + "broken on purpose</Message></Error>");
    }
}
