package io.github.gluelabels.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.gluelabels.fake.FakeGlue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Suite 1, the fake's round trip: the AWS SDK's {@code startExportLabelsTaskRun} + {@code getMLTaskRun} through the
 * fake (a real export each time: the labels are written to the fake S3), against the same SDK calls to a static
 * WireMock stub that returns canned JSON (the floor WireMock allows), and a raw JDK {@code HttpClient} call to that
 * stub. Throughput in operations (one start + one get) per second; run with {@code -t 1,2,4,8}.
 */
// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoundTripBenchmark {

    static final String LABELS = "labeling_set_id,label,name,city\ns1,A,\"Zoë, the first\",東京\ns1,B,Zoe,Tokyo\n";
    static final String START_RESPONSE = "{\"TaskRunId\":\"tsk-0123456789abcdef0123456789abcdef\"}";
    static final String GET_RESPONSE =
            "{\"TransformId\":\"tfm-1\",\"TaskRunId\":\"tsk-0123456789abcdef0123456789abcdef\","
                    + "\"Status\":\"SUCCEEDED\",\"LogGroupName\":\"/aws-glue/ml-transforms\",\"Properties\":{\"TaskType\":"
                    + "\"EXPORT_LABELS\",\"ExportLabelsTaskRunProperties\":{\"OutputS3Path\":\"s3://bucket/out\"}},"
                    + "\"StartedOn\":1764504000.125,\"LastModifiedOn\":1764504000.125,\"CompletedOn\":1764504000.125,"
                    + "\"ExecutionTime\":0}";

    /** {@code fake}: glue-labels' fake; {@code stub}: a static WireMock stub with canned answers. */
    @Param({"fake", "stub"})
    public String target;

    private FakeGlue fake;
    private WireMockServer stub;
    private SdkHttpClient http;
    private GlueClient glue;
    private HttpClient jdk;
    private URI endpoint;

    @Setup(Level.Trial)
    public void start() {
        String accessKey;
        String secret;
        if (target.equals("fake")) {
            fake = FakeGlue.start();
            fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
            endpoint = fake.glueEndpoint();
            accessKey = fake.accessKeyId();
            secret = fake.secretAccessKey();
        } else {
            stub = startStub();
            endpoint = URI.create("http://127.0.0.1:" + stub.port());
            accessKey = "AKIDEXAMPLE";
            secret = "secret";
        }
        http = ApacheHttpClient.builder().maxConnections(64).build();
        glue = GlueClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
        jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The peer: WireMock configured for speed (no journal, no templating, no gzip), two canned answers. */
    static WireMockServer startStub() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .templatingEnabled(false)
                .gzipDisabled(true)
                .stubRequestLoggingDisabled(true)
                .containerThreads(32)
                .notifier(new ConsoleNotifier(false)));
        server.start();
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.StartExportLabelsTaskRun"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(START_RESPONSE)));
        server.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.GetMLTaskRun"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(GET_RESPONSE)));
        return server;
    }

    /**
     * Empties the fake's account between iterations (every 2 s) and seeds it again, as a test's account is emptied
     * between tests; with {@code -p keep=true} it keeps every export of the run instead (at 8 threads, some 600,000 task
     * runs and objects by the end), to show what a growing account costs.
     */
    @Setup(Level.Iteration)
    public void emptyTheAccount() {
        if (fake != null && !keep) {
            fake.reset();
            fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
        }
    }

    /** Whether the fake keeps every export of the run (see {@link #emptyTheAccount()}). */
    @Param({"false"})
    public boolean keep;

    @TearDown(Level.Trial)
    public void stop() {
        glue.close();
        http.close();
        if (fake != null) {
            fake.close();
        }
        if (stub != null) {
            stub.stop();
        }
    }

    /** One export as a client does it: start, then read the status. */
    @Benchmark
    public String sdkStartAndGet() {
        String runId = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://bucket/out"))
                .taskRunId();
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId)).statusAsString();
    }

    /** The same two calls with the JDK's HTTP client and no SDK: what the wire alone costs. */
    @Benchmark
    public int rawHttpStartAndGet() throws Exception {
        HttpResponse<String> start = jdk.send(
                request(
                        "AWSGlue.StartExportLabelsTaskRun",
                        "{\"TransformId\":\"tfm-1\",\"OutputS3Path\":\"s3://bucket/out\"}"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = jdk.send(
                request(
                        "AWSGlue.GetMLTaskRun",
                        "{\"TransformId\":\"tfm-1\",\"TaskRunId\":\"" + taskRunId(start.body()) + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        return get.statusCode();
    }

    private HttpRequest request(String target, String body) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String taskRunId(String startBody) {
        int at = startBody.indexOf("tsk-");
        return startBody.substring(at, startBody.indexOf('"', at));
    }
}
