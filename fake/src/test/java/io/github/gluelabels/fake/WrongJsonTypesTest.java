package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A member of the wrong JSON type, of every kind the fake's Glue reads (integer, boolean, number, list of structures,
 * map of strings, timestamp, structure), is the modelled {@code SerializationException}, 400, naming the member, what
 * it must be and the JSON type it is; a JSON {@code null} reads as an absent member. Sent as real requests, since no
 * SDK sends a wrong type.
 */
@DisplayName("Glue members of the wrong JSON type are a SerializationException naming member, rule and type")
@Timeout(60)
class WrongJsonTypesTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;

    @BeforeEach
    void account() {
        fake = server.defaultAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n");
    }

    @AfterEach
    void forget() {
        fake.reset();
    }

    static HttpResponse<String> glue(String target, String body) throws Exception {
        return RawHttp.glue(server.endpoint(), target, body);
    }

    static String forty(char first) {
        return first + "0".repeat(39);
    }

    static List<Arguments> wrongTypes() {
        String runs = "AWSGlue.GetMLTaskRuns";
        String create = "AWSGlue.CreateMLTransform";
        String transforms = "AWSGlue.GetMLTransforms";
        return List.of(
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":\"5\"}",
                        "MaxResults must be an integer, but is a JSON string"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":true}",
                        "MaxResults must be an integer, but is a JSON boolean"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":[5]}",
                        "MaxResults must be an integer, but is a JSON array"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":{}}",
                        "MaxResults must be an integer, but is a JSON object"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"MaxResults\":2.5}",
                        "MaxResults must be an integer, but is a JSON number"),
                Arguments.of(
                        create,
                        "{\"Parameters\":{\"FindMatchesParameters\":{\"EnforceProvidedLabels\":\"true\"}}}",
                        "Parameters.FindMatchesParameters.EnforceProvidedLabels must be a boolean, but is a JSON string"),
                Arguments.of(
                        create,
                        "{\"Parameters\":{\"FindMatchesParameters\":{\"EnforceProvidedLabels\":1}}}",
                        "Parameters.FindMatchesParameters.EnforceProvidedLabels must be a boolean, but is a JSON number"),
                Arguments.of(
                        create,
                        "{\"Parameters\":{\"FindMatchesParameters\":{\"PrecisionRecallTradeoff\":\"0.5\"}}}",
                        "Parameters.FindMatchesParameters.PrecisionRecallTradeoff must be a number, but is a JSON string"),
                Arguments.of(
                        create,
                        "{\"MaxCapacity\":1e999}",
                        "MaxCapacity must be a number a double can hold, but is a JSON number"),
                Arguments.of(
                        create,
                        "{\"InputRecordTables\":{\"DatabaseName\":\"db\"}}",
                        "InputRecordTables must be a list, but is a JSON object"),
                Arguments.of(
                        create,
                        "{\"InputRecordTables\":[{\"DatabaseName\":\"db\"},\"t\"]}",
                        "InputRecordTables[1] must be a structure, but is a JSON string"),
                Arguments.of(
                        transforms,
                        "{\"Filter\":{\"Schema\":[1]}}",
                        "Filter.Schema[0] must be a structure, but is a JSON number"),
                Arguments.of(create, "{\"Tags\":{\"team\":null}}", "Tags.team must be a string, but is a JSON null"),
                Arguments.of(
                        create, "{\"Tags\":{\"team\":false}}", "Tags.team must be a string, but is a JSON boolean"),
                Arguments.of(create, "{\"Tags\":[\"team\"]}", "Tags must be a structure, but is a JSON array"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedBefore\":\"5\"}}",
                        "Filter.StartedBefore must be a timestamp in epoch seconds, but is a JSON string"),
                Arguments.of(
                        transforms,
                        "{\"Filter\":{\"CreatedAfter\":true}}",
                        "Filter.CreatedAfter must be a timestamp in epoch seconds, but is a JSON boolean"),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedBefore\":" + forty('1') + "}}",
                        "Filter.StartedBefore must be a timestamp in epoch seconds, between -9223372036854775 and "
                                + "9223372036854775, but is " + forty('1')),
                Arguments.of(
                        runs,
                        "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedBefore\":" + forty('1') + "7}}",
                        "Filter.StartedBefore must be a timestamp in epoch seconds, between -9223372036854775 and "
                                + "9223372036854775, but is " + forty('1') + "… (41 characters)"),
                Arguments.of(runs, "[]", "Start of structure or map expected; the request body is a JSON array"),
                Arguments.of(
                        runs, "\"tfm-1\"", "Start of structure or map expected; the request body is a JSON string"),
                Arguments.of(runs, "1", "Start of structure or map expected; the request body is a JSON number"),
                Arguments.of(runs, "true", "Start of structure or map expected; the request body is a JSON boolean"),
                Arguments.of(runs, "null", "Start of structure or map expected; the request body is a JSON null"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongTypes")
    @DisplayName("is SerializationException, 400, word for word")
    void wrongType(String target, String body, String message) throws Exception {
        HttpResponse<String> answer = glue(target, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(answer.body()).isEqualTo("{\"__type\":\"SerializationException\",\"Message\":\"" + message + "\"}");
    }

    @Test
    @DisplayName("a JSON null reads as an absent member, of every type")
    void nullIsAbsent() throws Exception {
        String nulls = "{\"Name\":null,\"InputRecordTables\":null,\"Parameters\":{\"TransformType\":\"FIND_MATCHES\","
                + "\"FindMatchesParameters\":{\"PrecisionRecallTradeoff\":null,\"EnforceProvidedLabels\":null}},"
                + "\"MaxCapacity\":null,\"NumberOfWorkers\":null,\"Tags\":null}";
        String absent = "{\"Parameters\":{\"TransformType\":\"FIND_MATCHES\",\"FindMatchesParameters\":{}}}";

        HttpResponse<String> withNulls = glue("AWSGlue.CreateMLTransform", nulls);
        HttpResponse<String> without = glue("AWSGlue.CreateMLTransform", absent);

        assertThat(withNulls.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidInputException");
        assertThat(withNulls.body()).isEqualTo(without.body());
        HttpResponse<String> runs = glue(
                "AWSGlue.GetMLTaskRuns",
                "{\"TransformId\":\"tfm-1\",\"MaxResults\":null,\"Filter\":{\"StartedBefore\":null}}");
        assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
        HttpResponse<String> noFilter = glue("AWSGlue.GetMLTransforms", "{\"Filter\":null,\"Sort\":null}");
        assertThat(noFilter.statusCode()).as(noFilter.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("an absent list is no list, not an empty one")
    void absentListIsMissing() throws Exception {
        HttpResponse<String> answer = glue("AWSGlue.CreateMLTransform", "{}");

        assertThat(answer.body())
                .contains("Value null at 'inputRecordTables' failed to satisfy constraint: Member must not be null");
    }

    @Test
    @DisplayName("the furthest timestamp a long holds in milliseconds is taken")
    void furthestTimestamp() throws Exception {
        HttpResponse<String> answer = glue(
                "AWSGlue.GetMLTaskRuns",
                "{\"TransformId\":\"tfm-1\",\"Filter\":{\"StartedBefore\":9223372036854775,"
                        + "\"StartedAfter\":-9223372036854775}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
