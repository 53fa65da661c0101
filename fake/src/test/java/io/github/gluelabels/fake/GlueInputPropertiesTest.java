package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.validation.DocumentedConstraints;
import io.github.gluelabels.core.validation.Values;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

@Label("Any TransformId sent raw over HTTP gets the answer the documented constraints imply")
class GlueInputPropertiesTest {

    static FakeGlue fake;
    static HttpClient http;

    @BeforeContainer
    static void start() {
        fake = FakeGlue.start();
        http = HttpClient.newHttpClient();
    }

    @AfterContainer
    static void stop() {
        fake.close();
    }

    @Property(tries = 10_000)
    @Label("GetMLTransform: InvalidInputException exactly for invalid ids, else EntityNotFoundException")
    void answersAsTheConstraintsImply(@ForAll("identifiers") String transformId)
            throws IOException, InterruptedException {
        boolean valid = DocumentedConstraints.isValidHashString(transformId);
        Statistics.collect(valid ? "valid" : "invalid");
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(fake.glueEndpoint() + "/"))
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AWSGlue.GetMLTransform")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"TransformId\":" + jsonString(transformId) + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType"))
                .as("for %s: %s", Values.describe(transformId), response.body())
                .hasValue(valid ? "EntityNotFoundException" : "InvalidInputException");
    }

    @Provide
    Arbitrary<String> identifiers() {
        return DocumentedConstraints.identifiers();
    }

    /** JSON string literal with every non-ASCII or control character escaped, so that lone surrogates survive. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7E) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
