package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The control calls for records, evaluation metrics and the quota, and control calls the HTTP front refuses: with the
 * JDK's client, and Glue and S3 through the AWS SDK to see what they change.
 */
@DisplayName("The control API: records, evaluation metrics, the quota, and its own refusals")
class ControlCallsTest {

    /** A small upload limit, so that a control body over it is cheap to send. */
    @RegisterExtension
    static final ServerPerClass server =
            ServerPerClass.with(FakeGlueServer.builder().maxUploadBytes(64 * 1024));

    static final HttpClient HTTP = HttpClient.newHttpClient();

    FakeGlue fake;
    GlueClient glue;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().createBucket("bucket");
        glue = Clients.glue(fake);
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        s3.close();
        fake.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.glueEndpoint() + "/__glue-labels/" + path))
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=" + fake.accessKeyId()
                                + "/20261206/us-east-1/glue/aws4_request, SignedHeaders=host, Signature=00")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) {
        return JsonNode.parser()
                .parse(response.body())
                .field("error")
                .orElseThrow()
                .asString();
    }

    @Test
    @DisplayName("PUT transforms/ID/records gives a transform the records its labeling sets are drawn from")
    void recordsSeededThroughTheApiAreWhatGenerationDrawsFrom() throws Exception {
        HttpResponse<String> put = call("PUT", "transforms/tfm-r/records", "name,city\nann,Oslo\nbob,Rome\ncid,Lima\n");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JsonNode.parser()
                        .parse(put.body())
                        .field("records")
                        .orElseThrow()
                        .asNumber())
                .isEqualTo("3");

        String runId = glue.startMLLabelingSetGenerationTaskRun(
                        r -> r.transformId("tfm-r").outputS3Path("s3://bucket/sets"))
                .taskRunId();

        String set = s3.getObjectAsBytes(r -> r.bucket("bucket").key("sets/labeling-set-" + runId + ".csv"))
                .asUtf8String();
        assertThat(set.lines().findFirst()).contains("labeling_set_id,label,name,city");
        assertThat(set).contains("ann,Oslo").contains("bob,Rome").contains("cid,Lima");
    }

    @Test
    @DisplayName("records that are not a CSV are a 400 naming the record, and nothing is seeded")
    void malformedRecordsAreRefused() throws Exception {
        HttpResponse<String> put = call("PUT", "transforms/tfm-r/records", "name,city\nann,Oslo,extra\n");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(error(put)).startsWith("PUT /__glue-labels/transforms/tfm-r/records: ");
        assertThat(fake.taskRuns()).isEmpty();
    }

    @Test
    @DisplayName("PUT transforms/ID/evaluation-metrics is what the next evaluation finds; DELETE derives them again")
    void evaluationMetricsChosenThroughTheApi() throws Exception {
        fake.seedLabels("tfm-1", LabelingLoopTest.TEN_LABELS);
        HttpResponse<String> put = call(
                "PUT",
                "transforms/tfm-1/evaluation-metrics",
                "{\"truePositives\": 8, \"falsePositives\": 2, \"trueNegatives\": 80, \"falseNegatives\": 0,"
                        + " \"columnImportances\": {\"name\": 0.9}}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        assertThat(evaluate().precision()).isEqualTo(0.8);

        assertThat(call("DELETE", "transforms/tfm-1/evaluation-metrics", null).statusCode())
                .isEqualTo(200);
        assertThat(evaluate().confusionMatrix().numTruePositives()).isEqualTo(18);
    }

    private FindMatchesMetrics evaluate() {
        String runId =
                glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")).taskRunId();
        glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
        return glue.getMLTransform(r -> r.transformId("tfm-1"))
                .evaluationMetrics()
                .findMatchesMetrics();
    }

    @Test
    @DisplayName("metrics breaking the rules are a 400 naming each member, and the choice stays as it was")
    void badMetricsAreRefused() throws Exception {
        HttpResponse<String> put = call(
                "PUT",
                "transforms/tfm-1/evaluation-metrics",
                "{\"truePositives\": -1, \"falsePositives\": 0, \"trueNegatives\": 0, \"falseNegatives\": 0}");

        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(error(put)).contains("field \"truePositives\" must be a whole number of at least 0, was -1");
    }

    @Test
    @DisplayName("PUT max-concurrent-task-runs-per-transform sets the quota; a reset restores the server's")
    void quotaSetThroughTheApi() throws Exception {
        fake.seedLabels("tfm-1", LabelingLoopTest.TEN_LABELS).pacing(Pacing.manual());
        HttpResponse<String> put =
                call("PUT", "max-concurrent-task-runs-per-transform", "{\"maxConcurrentTaskRunsPerTransform\": 1}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1"));
        assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")))
                .isInstanceOf(ConcurrentRunsExceededException.class)
                .hasMessageContaining("the quota is 1");

        assertThat(call("PUT", "max-concurrent-task-runs-per-transform", "{\"maxConcurrentTaskRunsPerTransform\": 0}")
                        .statusCode())
                .isEqualTo(400);
        fake.reset();
        fake.seedLabels("tfm-1", LabelingLoopTest.TEN_LABELS).pacing(Pacing.manual());
        for (int i = 0; i < FakeDefaults.MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM; i++) {
            glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1"));
        }
        assertThat(fake.taskRuns()).hasSize(FakeDefaults.MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM);
    }

    @Test
    @DisplayName("a control body over the limit is the control API's JSON 413, not S3's XML, and is not journaled")
    void controlBodyOverTheLimitIsAJsonErrorNotJournaled() throws Exception {
        String large = "labeling_set_id,label,name\n" + "s1,A,x\n".repeat(20_000);

        HttpResponse<String> put = call("PUT", "transforms/tfm-big/labels", large);

        assertThat(put.statusCode()).isEqualTo(413);
        assertThat(put.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(error(put))
                .startsWith("PUT /__glue-labels/transforms/tfm-big/labels: the body is " + large.length() + " bytes")
                .contains("at most 65536 bytes");
        assertThat(fake.journal().entries()).isEmpty();
        assertThat(fake.labelCount("tfm-big")).isZero();
    }

    @Test
    @DisplayName("a fault naming an operation the fake does not answer is a 400 listing those it does")
    void faultOfAnUnknownOperationIsRefused() throws Exception {
        HttpResponse<String> post = call("POST", "faults", "{\"fault\": \"GetMLTaskRunz=throttling\"}");

        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(error(post))
                .contains("\"GetMLTaskRunz\" is not an operation the fake answers; they are ")
                .contains("GetMLTaskRun, GetMLTaskRuns")
                .contains("GetObject")
                .contains("(or * for every one)");
    }
}
