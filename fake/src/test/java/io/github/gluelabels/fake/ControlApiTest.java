package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/** The control API over HTTP, with the JDK's client; Glue through the AWS SDK, to see what it changes. */
@DisplayName("The control API under /__glue-labels/")
class ControlApiTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    /** A control call signed (in form) with this test's account's key, as any call reaches its account. */
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

    private static JsonNode json(HttpResponse<String> response) {
        return JsonNode.parser().parse(response.body());
    }

    private String export() {
        return glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/out"))
                .taskRunId();
    }

    private TaskStatusType read(String runId) {
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId)).status();
    }

    @Test
    void pacingSetThroughTheApiKeepsNewRunsRunningUntilTheNthRead() throws Exception {
        assertThat(call("PUT", "pacing", "{\"pacing\": \"reads:3\"}").statusCode())
                .isEqualTo(200);
        String runId = export();

        List<TaskStatusType> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(read(runId));
        }

        assertThat(seen).containsExactly(TaskStatusType.STARTING, TaskStatusType.RUNNING, TaskStatusType.SUCCEEDED);
    }

    @Test
    void outcomeOfOneTransformFailsItsRunsWithTheErrorStringGiven() throws Exception {
        fake.seedLabels("tfm-2", "labeling_set_id,label\ns1,A\n");
        HttpResponse<String> set =
                call("PUT", "outcome", "{\"transformId\": \"tfm-1\", \"outcome\": \"fail:disk full\"}");
        String failing = export();
        String other = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-2").outputS3Path("s3://bucket/two"))
                .taskRunId();

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(failing))
                        .errorString())
                .isEqualTo("disk full");
        assertThat(read(failing)).isEqualTo(TaskStatusType.FAILED);
        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-2").taskRunId(other))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
    }

    @Test
    void faultThrottlesTheNextCallsThenDeleteClearsEveryFault() throws Exception {
        call("POST", "faults", "{\"fault\": \"GetMLTransform=throttling:1\"}");
        call("POST", "faults", "{\"fault\": \"GetMLTaskRuns=500\"}");

        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .isInstanceOf(GlueException.class)
                .satisfies(e -> assertThat(((GlueException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ThrottlingException"));
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).transformId())
                .isEqualTo("tfm-1");
        assertThatThrownBy(() -> glue.getMLTaskRuns(r -> r.transformId("tfm-1")))
                .isInstanceOf(GlueException.class)
                .satisfies(e -> assertThat(((GlueException) e).statusCode()).isEqualTo(500));
        assertThat(call("DELETE", "faults", null).statusCode()).isEqualTo(200);
        assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1")).taskRuns()).isEmpty();
    }

    @Test
    void manualRunsAreListedReadAdvancedAndFinished() throws Exception {
        call("PUT", "pacing", "{\"pacing\": \"manual\"}");
        String runId = export();

        assertThat(json(call("GET", "task-runs?transformId=tfm-1", null))
                        .field("taskRuns")
                        .orElseThrow()
                        .asArray())
                .singleElement()
                .satisfies(
                        run -> assertThat(run.field("taskRunId").orElseThrow().asString())
                                .isEqualTo(runId));
        assertThat(json(call("GET", "task-runs/" + runId, null))
                        .field("status")
                        .orElseThrow()
                        .asString())
                .isEqualTo("STARTING");
        assertThat(json(call("POST", "task-runs/" + runId + "/advance", null))
                        .field("status")
                        .orElseThrow()
                        .asString())
                .isEqualTo("RUNNING");
        assertThat(read(runId)).isEqualTo(TaskStatusType.RUNNING);
        assertThat(json(call("POST", "task-runs/" + runId + "/finish", null))
                        .field("status")
                        .orElseThrow()
                        .asString())
                .isEqualTo("SUCCEEDED");
        assertThat(call("GET", "task-runs/tsk-missing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void labelsAreSeededAndReadAsTheLabelingFile() throws Exception {
        HttpResponse<String> seeded = call("PUT", "transforms/tfm-new/labels", "labeling_set_id,label\ns1,A\ns2,B\n");
        HttpResponse<String> read = call("GET", "transforms/tfm-new/labels", null);

        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        assertThat(json(seeded).field("labels").orElseThrow().asNumber()).isEqualTo("2");
        assertThat(read.body()).isEqualTo("labeling_set_id,label\ns1,A\ns2,B\n");
        assertThat(read.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(fake.labelCount("tfm-new")).isEqualTo(2);
        assertThat(call("GET", "transforms/tfm-none/labels", null).statusCode()).isEqualTo(404);
    }

    @Test
    void malformedLabelingFileIsRefusedNamingItsLineAndNothingIsSeeded() throws Exception {
        HttpResponse<String> refused = call("PUT", "transforms/tfm-bad/labels", "labeling_set_id,label,name\ns1,A\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).field("error").orElseThrow().asString())
                .startsWith("PUT /__glue-labels/transforms/tfm-bad/labels: ")
                .contains("line 2");
        assertThat(fake.labelCount("tfm-bad")).isZero();
    }

    @Test
    void journalHoldsTheServicesCallsButNotTheControlCalls() throws Exception {
        glue.getMLTransform(r -> r.transformId("tfm-1"));
        call("PUT", "pacing", "{\"pacing\": \"immediate\"}");

        JsonNode journal = json(call("GET", "journal", null));

        assertThat(journal.field("entries").orElseThrow().asArray())
                .extracting(e -> e.field("operation").orElseThrow().asString())
                .containsExactly("GetMLTransform");
        assertThat(journal.field("dropped").orElseThrow().asNumber()).isEqualTo("0");
    }

    @Test
    void resetForgetsTheAccountsTransformsRunsAndFaults() throws Exception {
        export();
        fake.faults().injectAlways("*", Fault.throttling());

        assertThat(call("POST", "reset", null).statusCode()).isEqualTo(200);

        assertThat(fake.labelCount("tfm-1")).isZero();
        assertThat(fake.taskRuns()).isEmpty();
        assertThat(fake.buckets()).isEmpty();
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .as("no throttling: the fault is gone with the transform")
                .isInstanceOf(GlueException.class)
                .satisfies(e -> assertThat(((GlueException) e).awsErrorDetails().errorCode())
                        .isEqualTo("EntityNotFoundException"));
    }

    @Test
    void badCallsAreRefusedNamingTheCallTheFieldTheRuleAndTheValue() throws Exception {
        HttpResponse<String> badPacing = call("PUT", "pacing", "{\"pacing\": \"reads:0\"}");
        assertThat(badPacing.statusCode()).isEqualTo(400);
        assertThat(json(badPacing).field("error").orElseThrow().asString())
                .isEqualTo("PUT /__glue-labels/pacing: field \"pacing\": \"reads:0\" is not "
                        + BehaviourForms.PACING_FORMS);
        assertThat(json(call("PUT", "pacing", "reads:3"))
                        .field("error")
                        .orElseThrow()
                        .asString())
                .isEqualTo("PUT /__glue-labels/pacing: the body is not JSON: \"reads:3\"");
        assertThat(json(call("PUT", "outcome", "{\"outcome\": 3}"))
                        .field("error")
                        .orElseThrow()
                        .asString())
                .isEqualTo("PUT /__glue-labels/outcome: field \"outcome\" must be a string, was 3");
        assertThat(json(call("POST", "faults", "{}"))
                        .field("error")
                        .orElseThrow()
                        .asString())
                .isEqualTo(
                        "POST /__glue-labels/faults: the body must be a JSON object with the string field \"fault\"");
        HttpResponse<String> wrongMethod = call("GET", "pacing", null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).field("error").orElseThrow().asString())
                .isEqualTo(
                        "GET /__glue-labels/pacing is not a call of the control API: /__glue-labels/pacing takes PUT");
        HttpResponse<String> unknown = call("GET", "nothing", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).field("error").orElseThrow().asString())
                .startsWith("GET /__glue-labels/nothing is not a call of the control API; its calls are PUT pacing");
        assertThat(fake.journal().entries())
                .as("control calls are not journaled")
                .isEmpty();
    }

    @Test
    void theControlPathIsNoBucketS3CouldHave() throws Exception {
        // the SDKs refuse the name before sending it; a raw request shows what the fake's S3 says
        HttpResponse<String> createBucket = HTTP.send(
                HttpRequest.newBuilder(URI.create(fake.s3Endpoint() + "/__glue-labels"))
                        .header(
                                "Authorization",
                                "AWS4-HMAC-SHA256 Credential=" + fake.accessKeyId()
                                        + "/20261206/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00")
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(createBucket.statusCode()).isEqualTo(400);
        assertThat(createBucket.body()).contains("<Code>InvalidBucketName</Code>");
        assertThat(fake.journal().entries("CreateBucket"))
                .singleElement()
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo("InvalidBucketName"));
    }
}
