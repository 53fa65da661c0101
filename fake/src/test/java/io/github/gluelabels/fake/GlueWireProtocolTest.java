package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AWS JSON 1.1 on the wire, as any client sees it")
class GlueWireProtocolTest {

    static FakeGlue fake;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fake = FakeGlue.start();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static HttpResponse<String> post(String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.glueEndpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithTheJson11ContentTypeAndARequestId() throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", "{\"TransformId\":\"tfm-1\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(response.headers().firstValue("x-amzn-RequestId"))
                .get()
                .asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.body()).contains("\"LabelCount\":1").containsPattern("\"CreatedOn\":\\d+\\.\\d{3}[,}]");
    }

    @Test
    void anUnknownOperationIsUnknownOperationException() throws Exception {
        HttpResponse<String> response = post("AWSGlue.CreateJob", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(response.body())
                .startsWith("{\"__type\":\"UnknownOperationException\",\"Message\":")
                .contains("AWSGlue.CreateJob");
        assertThat(fake.journal().entries("UnknownOperation"))
                .singleElement()
                .satisfies(e -> assertThat(e.input()).isEqualTo("X-Amz-Target: AWSGlue.CreateJob {}"));
    }

    @Test
    void aRequestWithoutTargetIsUnknownOperationException() throws Exception {
        HttpResponse<String> response = post(null, "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UnknownOperationException").contains("X-Amz-Target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "{\"TransformId\":}", "[1,2]", "\"text\""})
    void malformedJsonIsSerializationException(String body) throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"__type\":\"SerializationException\"");
    }

    @Test
    void aMemberOfTheWrongTypeIsSerializationException() throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", "{\"TransformId\":42}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("SerializationException").contains("TransformId must be a string");
    }

    @Test
    void anEmptyBodyIsTheEmptyObject() throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("InvalidInputException")
                .contains("Value null at 'transformId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void controlCharactersSentRawAreRefusedByThePattern() throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", "{\"TransformId\":\"a\\u0000b\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("InvalidInputException")
                .contains("Member must satisfy regular expression pattern");
    }

    @Test
    void aValidIdOfAnUnknownTransformIsEntityNotFound() throws Exception {
        HttpResponse<String> response = post("AWSGlue.GetMLTransform", "{\"TransformId\":\"\\ud83d\\ude00\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("EntityNotFoundException");
        assertThat(software.amazon.awssdk.protocols.jsoncore.JsonNode.parser()
                        .parse(response.body())
                        .field("Message")
                        .orElseThrow()
                        .asString())
                .endsWith("with handle 😀.");
    }
}
