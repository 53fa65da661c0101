package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

@DisplayName("The standalone fake's startup, in process")
class FakeGlueMainTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<FakeGlueServer> started = new ArrayList<>();

    private FakeGlueMain.Launch launch(String... args) {
        return FakeGlueMain.launch(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                started::add);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        FakeGlueMain.Launch launch = launch("--help");

        assertThat(launch.server()).isNull();
        assertThat(launch.exitStatus()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: java -jar glue-labels-fake-")
                .contains(
                        "--seed TRANSFORM_ID=FILE",
                        "--bucket NAME",
                        "--port N",
                        "--bind ADDRESS",
                        "--region REGION",
                        "--rows-per-part N");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badArgumentIsOneLineOnStandardErrorAndExitStatus2() {
        FakeGlueMain.Launch launch = launch("--port", "http");

        assertThat(launch.server()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("glue-labels fake: --port \"http\" is not a port "
                        + "number from 0 to 65535 (0 picks a free port); run with --help for usage"
                        + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void malformedLabelingFileIsABadArgumentNamingTheFileAndLine() throws Exception {
        Path labels = Files.writeString(folder.resolve("broken.csv"), "labeling_set_id,label,name\ns1,A,x\ns1,B\n");

        FakeGlueMain.Launch launch = launch("--seed", "tfm-1=" + labels);

        assertThat(launch.server()).isNull();
        assertThat(launch.exitStatus()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("glue-labels fake: --seed \"tfm-1=" + labels + "\": " + labels + " line 3: ")
                .endsWith("; run with --help for usage" + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(started)
                .singleElement()
                .satisfies(server -> assertThat(server.isRunning()).isFalse());
    }

    @Test
    void portInUseCannotStartWithExitStatus1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            FakeGlueMain.Launch launch = launch("--port", Integer.toString(taken.getLocalPort()));

            assertThat(launch.server()).isNull();
            assertThat(launch.exitStatus()).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("glue-labels fake: cannot listen on 127.0.0.1 port " + taken.getLocalPort() + ": ");
        }
    }

    @Test
    void startedFakePrintsEndpointsCredentialsAndExportsThenTheReadyLineLast() throws Exception {
        Path labels = Files.writeString(folder.resolve("labels.csv"), "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n");

        FakeGlueMain.Launch launch =
                launch("--seed", "tfm-1=" + labels, "--bucket", "labels-bucket", "--region", "eu-west-1");
        try (FakeGlueServer server = launch.server()) {
            assertThat(server).isNotNull();
            assertThat(started).containsExactly(server);
            String endpoint = "http://127.0.0.1:" + server.port();
            assertThat(outLines())
                    .contains(
                            "Glue endpoint: " + endpoint,
                            "S3 endpoint:   " + endpoint + " (path style)",
                            "Region:        eu-west-1",
                            "Transform:     tfm-1 (2 labels from " + labels + ")",
                            "Bucket:        s3://labels-bucket",
                            "export AWS_ENDPOINT_URL=" + endpoint,
                            "export AWS_ACCESS_KEY_ID=" + FakeGlueServer.DEFAULT_ACCESS_KEY_ID,
                            "export AWS_SECRET_ACCESS_KEY=" + FakeGlueServer.FAKE_SECRET_ACCESS_KEY,
                            "export AWS_DEFAULT_REGION=eu-west-1",
                            "export AWS_REGION=eu-west-1");
            assertThat(outLines()).last().isEqualTo("glue-labels fake ready");
            assertThat(outLines())
                    .filteredOn(line -> line.startsWith("Credentials:"))
                    .singleElement()
                    .asString()
                    .contains("not secrets");
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

            FakeGlue account = server.defaultAccount();
            try (GlueClient glue = Clients.glue(account);
                    S3Client s3 = Clients.s3(account)) {
                assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                        .isEqualTo(2);
                assertThat(s3.headBucket(r -> r.bucket("labels-bucket")).bucketRegion())
                        .isEqualTo("eu-west-1");
            }
        }
    }

    @Test
    void bodyLimitsReachTheServer() throws Exception {
        FakeGlueMain.Launch launch =
                launch("--bucket", "bucket", "--max-upload", "1KiB", "--body-budget", "1KiB", "--body-timeout", "1s");
        try (FakeGlueServer server = launch.server();
                RawExchange slow = new RawExchange(server.port(), 20_000)) {
            String tooLarge = new RawExchange(server.port(), 20_000)
                    .send("PUT /bucket/big HTTP/1.1\r\nHost: f\r\n" + "Content-Length: 2048\r\n\r\nx")
                    .answer();
            assertThat(tooLarge).contains("<Code>EntityTooLarge</Code>").contains("at most 1024 bytes");

            slow.send("PUT /bucket/slow HTTP/1.1\r\nHost: f\r\nContent-Length: 1000\r\n\r\nx");
            for (int wait = 0; wait < 2_000 && server.bodyBytesHeld() != 1000; wait++) {
                Thread.sleep(10); // a bounded wait for the slow body's hold, not a timing assertion
            }
            String busy = new RawExchange(server.port(), 20_000)
                    .send("PUT /bucket/other HTTP/1.1\r\nHost: f\r\n" + "Content-Length: 100\r\n\r\nx")
                    .answer();
            assertThat(busy).contains("<Code>SlowDown</Code>").contains("hold 1000 of the 1024 bytes");
            assertThat(slow.answer())
                    .contains("<Code>RequestTimeout</Code>")
                    .contains("within the body read timeout of 1000 ms");
        }
    }

    @Test
    void behaviourOptionsReachTheDefaultAccountAndAreSaidAtStartup() throws Exception {
        Path labels = Files.writeString(folder.resolve("labels.csv"), "labeling_set_id,label\ns1,A\n");
        Path journal = folder.resolve("calls.jsonl");

        FakeGlueMain.Launch launch = launch(
                "--seed",
                "tfm-1=" + labels,
                "--bucket",
                "bucket",
                "--pacing",
                "reads:2",
                "--outcome",
                "tfm-1=fail:disk full",
                "--fault",
                "GetMLTransform=throttling:1",
                "--journal",
                journal.toString());
        try (FakeGlueServer server = launch.server();
                GlueClient glue = Clients.glue(server.defaultAccount())) {
            String runId = glue.startExportLabelsTaskRun(
                            r -> r.transformId("tfm-1").outputS3Path("s3://bucket/o"))
                    .taskRunId();
            List<String> statuses = new ArrayList<>();
            for (int read = 0; read < 2; read++) {
                statuses.add(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId))
                        .statusAsString());
            }

            assertThat(statuses).containsExactly("STARTING", "FAILED");
            assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId))
                            .errorString())
                    .isEqualTo("disk full");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> glue.getMLTransform(r -> r.transformId("tfm-1"))))
                    .isInstanceOf(software.amazon.awssdk.services.glue.model.ThrottlingException.class);
            assertThat(Files.readAllLines(journal))
                    .hasSize(5)
                    .allSatisfy(
                            line -> assertThat(line).startsWith("{\"time\":\"").endsWith("}"))
                    .last()
                    .asString()
                    .contains(
                            "\"operation\":\"GetMLTransform\"",
                            "\"status\":400",
                            "\"errorCode\":\"ThrottlingException\"");
            assertThat(outLines())
                    .contains(
                            "Journal:       " + journal + " (one JSON object a line)",
                            "Pacing:        runs end at status read 2",
                            "Outcome:       runs of tfm-1 FAILED with \"disk full\"",
                            "Fault:         GetMLTransform: throttling, next 1 calls",
                            "Control API:   http://127.0.0.1:" + server.port()
                                    + "/__glue-labels/ (see the fake's README)");
        }
    }
}
