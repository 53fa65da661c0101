package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;

@DisplayName("In process: the same answers as over HTTP, without a port")
class InProcessTest {

    static final String LABELS = """
      labeling_set_id,label,name,city
      set-1,A,"Zoë, the first",東京
      set-1,A,Zoe the first,Tokyo
      set-2,B,"line one
      line two",Paris
      """;

    static FakeGlueServer overHttp;
    static FakeGlueServer inProcess;

    @BeforeAll
    static void start() {
        overHttp = FakeGlueServer.builder().rowsPerPart(2).maxUploadBytes(4096).start();
        inProcess = FakeGlueServer.builder().rowsPerPart(2).maxUploadBytes(4096).startInProcess();
    }

    @AfterAll
    static void stop() {
        overHttp.stop();
        inProcess.stop();
    }

    @Test
    @DisplayName("a session of Glue and S3 calls, errors and faults reads the same through either")
    void sameTranscript() {
        List<String> http = transcript(overHttp.newAccount(), Clients.http());
        List<String> local = transcript(inProcess.newAccount(), inProcess.inProcessHttpClient());

        assertThat(local).containsExactlyElementsOf(http);
        // and the session did what it says: not two empty or two failed transcripts
        assertThat(local)
                .contains(
                        "getMLTaskRun: SUCCEEDED EXPORT_LABELS",
                        "getMLTransform: 3 labels",
                        "getObject part 0: " + "labeling_set_id,label,name,city\nset-1,A,\"Zoë, the first\",東京\n"
                                + "set-1,A,Zoe the first,Tokyo\n",
                        "getObject missing: NoSuchKey 404 The specified key does not exist.",
                        "import: SUCCEEDED 6 labels",
                        "throttled: ThrottlingException 400 Rate exceeded",
                        "dropped: SdkClientException",
                        "cut short: SdkClientException",
                        "journal: glue GetMLTaskRun 0 ConnectionDropped");
        assertThat(local).anySatisfy(line -> assertThat(line).startsWith("putObject too large: EntityTooLarge 400"));
    }

    /** What the SDK saw of one session, with the time and UUID in the export's file names as {@code <time>}, {@code <uuid>}. */
    private static List<String> transcript(FakeGlue fake, SdkHttpClient http) {
        fake.seedLabels("tfm-1", LABELS).createBucket("labels-bucket");
        List<String> out = new ArrayList<>();
        try (GlueClient glue = Clients.glue(fake, http);
                S3Client s3 = Clients.s3(fake, http)) {
            record(
                    out,
                    "start unknown",
                    () -> glue.startExportLabelsTaskRun(
                                    r -> r.transformId("tfm-nope").outputS3Path("s3://labels-bucket/out"))
                            .taskRunId());
            record(
                    out,
                    "start invalid path",
                    () -> glue.startExportLabelsTaskRun(
                                    r -> r.transformId("tfm-1").outputS3Path("not-a-path"))
                            .taskRunId());
            String run = glue.startExportLabelsTaskRun(
                            r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/out"))
                    .taskRunId();
            record(out, "getMLTaskRun", () -> {
                var r = glue.getMLTaskRun(b -> b.transformId("tfm-1").taskRunId(run));
                return r.statusAsString() + " " + r.properties().taskTypeAsString();
            });
            record(
                    out,
                    "getMLTaskRuns",
                    () -> glue.getMLTaskRuns(b -> b.transformId("tfm-1"))
                                    .taskRuns()
                                    .size() + " runs");
            record(
                    out,
                    "getMLTransform",
                    () -> glue.getMLTransform(b -> b.transformId("tfm-1")).labelCount() + " labels");
            List<String> keys = s3.listObjectsV2(b -> b.bucket("labels-bucket").prefix("out/")).contents().stream()
                    .map(o -> o.key() + " " + o.size())
                    .toList();
            // the files are named after the run's time and a random UUID: both differ from session to session
            out.add("listObjectsV2: "
                    + String.join(", ", keys).replaceAll("_labels_[0-9_-]+_[0-9a-f-]{36}_", "_labels_<time>_<uuid>_"));
            String first = keys.get(0).substring(0, keys.get(0).indexOf(' '));
            record(
                    out,
                    "getObject part 0",
                    () -> s3.getObjectAsBytes(b -> b.bucket("labels-bucket").key(first))
                            .asString(StandardCharsets.UTF_8));
            record(
                    out,
                    "getObject range",
                    () -> s3.getObjectAsBytes(
                                    b -> b.bucket("labels-bucket").key(first).range("bytes=2-9"))
                            .asString(StandardCharsets.UTF_8));
            record(out, "headObject", () -> {
                var h = s3.headObject(b -> b.bucket("labels-bucket").key(first));
                return h.contentLength() + " " + h.eTag();
            });
            record(
                    out,
                    "getObject missing",
                    () -> s3.getObjectAsBytes(b -> b.bucket("labels-bucket").key("nope"))
                            .asUtf8String());
            record(
                    out,
                    "putObject",
                    () -> s3.putObject(
                                    b -> b.bucket("labels-bucket").key("in/labels.csv"), RequestBody.fromString(LABELS))
                            .eTag());
            record(
                    out,
                    "putObject too large",
                    () -> s3.putObject(b -> b.bucket("labels-bucket").key("big"), RequestBody.fromBytes(new byte[5000]))
                            .eTag());
            record(out, "import", () -> {
                String importRun = glue.startImportLabelsTaskRun(
                                b -> b.transformId("tfm-1").inputS3Path("s3://labels-bucket/in/labels.csv"))
                        .taskRunId();
                return glue.getMLTaskRun(b -> b.transformId("tfm-1").taskRunId(importRun))
                                .statusAsString() + " "
                        + glue.getMLTransform(b -> b.transformId("tfm-1")).labelCount() + " labels";
            });
            fake.faults().inject("GetMLTransform", 1, Fault.throttling());
            record(
                    out,
                    "throttled",
                    () -> glue.getMLTransform(b -> b.transformId("tfm-1")).labelCount() + " labels");
            fake.faults().inject("GetMLTaskRun", 1, Fault.dropConnection());
            record(
                    out,
                    "dropped",
                    () -> glue.getMLTaskRun(b -> b.transformId("tfm-1").taskRunId(run))
                            .statusAsString());
            fake.faults().inject("GetObject", 1, Fault.cutShort(10));
            record(
                    out,
                    "cut short",
                    () -> s3.getObjectAsBytes(b -> b.bucket("labels-bucket").key(first))
                            .asUtf8String());
            fake.faults().inject("GetMLTransform", 1, Fault.delay(Duration.ofMillis(50)));
            record(
                    out,
                    "delayed",
                    () -> glue.getMLTransform(b -> b.transformId("tfm-1")).labelCount() + " labels");
        }
        fake.journal()
                .entries()
                .forEach(e -> out.add(
                        "journal: " + e.service() + " " + e.operation() + " " + e.status() + " " + e.errorCode()));
        fake.close();
        return out;
    }

    private static void record(List<String> out, String what, Supplier<Object> call) {
        try {
            out.add(what + ": " + call.get());
        } catch (AwsServiceException e) {
            out.add(what + ": " + e.awsErrorDetails().errorCode() + " " + e.statusCode() + " "
                    + e.awsErrorDetails().errorMessage());
        } catch (SdkClientException e) {
            out.add(what + ": SdkClientException");
        }
    }

    @Test
    @DisplayName("listens on no port, names an endpoint that resolves nowhere, and stops")
    void noPort() {
        FakeGlueServer server = FakeGlueServer.builder().startInProcess();
        assertThat(server.isInProcess()).isTrue();
        assertThat(server.endpoint()).isEqualTo(FakeGlueServer.IN_PROCESS_ENDPOINT);
        assertThat(server.endpoint().getHost()).endsWith(".invalid");
        assertThatThrownBy(server::port)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("runs in process and listens on no port");
        assertThat(overHttp.isInProcess()).isFalse();

        server.stop();

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::inProcessHttpClient)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
    }

    @Test
    @DisplayName("listenOnDemand: the port opens when its endpoint is asked for, onto the same accounts and state")
    void listensOnDemand() throws Exception {
        FakeGlueServer server = FakeGlueServer.builder().listenOnDemand(true).startInProcess();
        try {
            FakeGlue fake = server.newAccount().seedLabels("tfm-1", LABELS).createBucket("labels-bucket");
            String run;
            try (GlueClient local =
                    Clients.glue(fake, server.inProcessHttpClient(), FakeGlueServer.IN_PROCESS_ENDPOINT)) {
                run = local.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://labels-bucket/out"))
                        .taskRunId();
            }
            assertThat(server.isInProcess())
                    .as("no port before anything asks for one")
                    .isTrue();

            URI endpoint = fake.glueEndpoint();

            assertThat(server.isInProcess()).isFalse();
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.getPort()).isEqualTo(server.port());
            assertThat(fake.s3Endpoint()).isEqualTo(endpoint);
            try (GlueClient overHttp = Clients.glue(fake);
                    S3Client s3 = Clients.s3(fake);
                    GlueClient local =
                            Clients.glue(fake, server.inProcessHttpClient(), FakeGlueServer.IN_PROCESS_ENDPOINT)) {
                // the run the in-process client started, seen over HTTP; and the in-process client still works
                assertThat(overHttp.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(run))
                                .status())
                        .isEqualTo(TaskStatusType.SUCCEEDED);
                assertThat(s3.listObjectsV2(r -> r.bucket("labels-bucket").prefix("out/"))
                                .contents())
                        .hasSize(1);
                assertThat(local.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                        .isEqualTo(3);
            }
        } finally {
            server.stop();
        }
        assertThatThrownBy(server::port)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
    }

    @Test
    @DisplayName("without listenOnDemand the port opens only on listen(), and stop() closes it")
    void listensWhenTold() throws Exception {
        FakeGlueServer server = FakeGlueServer.builder().startInProcess();
        try {
            assertThat(server.endpoint()).isEqualTo(FakeGlueServer.IN_PROCESS_ENDPOINT);

            assertThat(server.listen()).isSameAs(server.listen());

            assertThat(server.isInProcess()).isFalse();
            try (GlueClient glue = Clients.glue(server.defaultAccount())) {
                assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-none")).taskRuns())
                        .isEmpty();
            } catch (AwsServiceException e) {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityNotFoundException");
            }
        } finally {
            server.stop();
        }
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::listen)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
    }

    @Test
    @DisplayName("a read timeout: a longer delay fails as a socket's would, a shorter one is waited out")
    void readTimeout() {
        FakeGlue fake = inProcess.newAccount().seedLabels("tfm-1", LABELS);
        try (GlueClient glue = Clients.glue(
                fake, inProcess.inProcessHttpClient(Duration.ofMillis(100)), FakeGlueServer.IN_PROCESS_ENDPOINT)) {
            fake.faults().inject("GetMLTransform", 1, Fault.delay(Duration.ofSeconds(30)));
            long begin = System.nanoTime();
            assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("Read timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - begin))
                    .as("gave up at the timeout, not after the delay")
                    .isLessThan(Duration.ofSeconds(20));

            fake.faults().inject("GetMLTransform", 1, Fault.delay(Duration.ofMillis(20)));
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                    .isEqualTo(3);
        } finally {
            fake.close();
        }
    }
}
