package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Scripts as users write them — a shell script polling with the AWS CLI, a boto3 loop — against the standalone jar,
 * made to see {@code RUNNING}, then {@code SUCCEEDED}, {@code FAILED}, {@code TIMEOUT} and throttling: once through the
 * command line's options, once through the control API. Each test starts its own jar, so that no fault or setting of
 * one reaches another.
 */
@DisplayName("The standalone jar driven by scripts: RUNNING, outcomes and throttling")
class StandaloneScriptsIT {

    static final String BUCKET = "scripts-bucket";

    /** The behaviour the tests want, as options; the control-API tests set the same through the API. */
    static final List<String> OPTIONS = List.of(
            "--pacing", "reads:3",
            "--outcome", "tfm-fail=fail:disk full",
            "--outcome", "tfm-timeout=TIMEOUT",
            "--fault", "GetMLTaskRun=throttling:1");

    @TempDir
    Path folder;

    static Path shellScript;
    static Path pythonScript;

    @BeforeAll
    static void copyTheScripts(@TempDir Path scripts) throws Exception {
        shellScript = copy(scripts, "wait_for_export.sh");
        pythonScript = copy(scripts, "poll_task_runs.py");
    }

    private static Path copy(Path folder, String name) throws Exception {
        Path script = folder.resolve(name);
        try (InputStream in = StandaloneScriptsIT.class.getResourceAsStream(name)) {
            Files.copy(in, script);
        }
        return script;
    }

    private StandaloneProcess start(List<String> options) throws Exception {
        StandaloneLabels.write(folder.resolve("labels.csv"), 6);
        List<String> args = new ArrayList<>(options);
        for (String transform : List.of("tfm-ok", "tfm-fail", "tfm-timeout")) {
            args.addAll(List.of("--seed", transform + "=" + folder.resolve("labels.csv")));
        }
        args.addAll(List.of("--bucket", BUCKET));
        return StandaloneProcess.start(List.of(), args.toArray(String[]::new));
    }

    /** The AWS CLI and boto3 as a user's shell runs them, at the endpoint the fake printed; retries as configured. */
    private Commands commands(StandaloneProcess fake, int maxAttempts) {
        return Commands.forAws("us-east-1", folder)
                .with("AWS_ENDPOINT_URL", fake.endpoint().toString())
                .with("AWS_MAX_ATTEMPTS", Integer.toString(maxAttempts))
                .with("AWS_RETRY_MODE", "standard");
    }

    // ---------------------------------------------------------------- the AWS CLI and a shell script

    @Test
    void shellScriptSeesEachOutcomeGivenAsOptionsAndTheJournalFileHasEveryCall() throws Exception {
        Path journal = folder.resolve("journal.jsonl");
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("--journal", journal.toString()));
        try (StandaloneProcess fake = start(options)) {
            assertThatTheShellScriptSeesEachOutcome(fake);

            List<JsonNode> lines = Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                    .map(line -> JsonNode.parser().parse(line))
                    .toList();
            assertThat(lines)
                    .filteredOn(e -> e.field("errorCode").orElseThrow().isString())
                    .extracting(e -> e.field("operation").orElseThrow().asString() + " "
                            + e.field("status").orElseThrow().asNumber() + " "
                            + e.field("errorCode").orElseThrow().asString())
                    .containsExactly("GetMLTaskRun 400 ThrottlingException");
            assertThat(lines)
                    .extracting(e -> e.field("operation").orElseThrow().asString())
                    .filteredOn("StartExportLabelsTaskRun"::equals)
                    .hasSize(3);
        }
    }

    @Test
    void shellScriptSeesEachOutcomeSetThroughTheControlApiWithCurl() throws Exception {
        try (StandaloneProcess fake = start(List.of())) {
            Commands shell = commands(fake, 1);
            String api = fake.endpoint() + "/__glue-labels/";
            for (String[] call : List.of(
                    new String[] {"PUT", "pacing", "{\"pacing\": \"reads:3\"}"},
                    new String[] {"PUT", "outcome", "{\"transformId\": \"tfm-fail\", \"outcome\": \"fail:disk full\"}"},
                    new String[] {"PUT", "outcome", "{\"transformId\": \"tfm-timeout\", \"outcome\": \"TIMEOUT\"}"},
                    new String[] {"POST", "faults", "{\"fault\": \"GetMLTaskRun=throttling:1\"}"})) {
                Commands.Result curl =
                        shell.run("curl", "-sS", "--fail-with-body", "-X", call[0], "--data", call[2], api + call[1]);
                assertThat(curl.exitCode()).as(curl.describe()).isZero();
            }

            assertThatTheShellScriptSeesEachOutcome(fake);

            Commands.Result journal = shell.run("curl", "-sS", "--fail-with-body", api + "journal");
            assertThat(JsonNode.parser()
                            .parse(journal.stdout())
                            .field("entries")
                            .orElseThrow()
                            .asArray())
                    .filteredOn(e -> e.field("errorCode").orElseThrow().isString())
                    .extracting(e -> e.field("errorCode").orElseThrow().asString())
                    .containsExactly("ThrottlingException");
        }
    }

    /** The CLI retries the one throttled read (two attempts), so the script never sees it; the journals do. */
    private void assertThatTheShellScriptSeesEachOutcome(StandaloneProcess fake) {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here; CI has it");
        Commands shell = commands(fake, 2);

        Commands.Result ok = shell.run("sh", shellScript.toString(), "tfm-ok", "s3://" + BUCKET + "/ok");
        Commands.Result failed = shell.run("sh", shellScript.toString(), "tfm-fail", "s3://" + BUCKET + "/fail");
        Commands.Result timedOut = shell.run("sh", shellScript.toString(), "tfm-timeout", "s3://" + BUCKET + "/to");

        assertThat(ok.stdout()).as(ok.describe() + fake.describe()).isEqualTo("STARTING\nRUNNING\nSUCCEEDED\n");
        assertThat(ok.exitCode()).isZero();
        assertThat(failed.stdout()).as(failed.describe()).isEqualTo("STARTING\nRUNNING\nFAILED\nerror: disk full\n");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(timedOut.stdout()).as(timedOut.describe()).isEqualTo("STARTING\nRUNNING\nTIMEOUT\nerror: None\n");
        assertThat(timedOut.exitCode()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- boto3

    @Test
    void boto3LoopSeesEachOutcomeGivenAsOptions() throws Exception {
        try (StandaloneProcess fake = start(OPTIONS)) {
            assertThatTheBoto3LoopSeesEachOutcome(runBoto3(fake));
        }
    }

    @Test
    void boto3LoopSeesEachOutcomeSetThroughTheControlApi() throws Exception {
        try (StandaloneProcess fake = start(List.of())) {
            JsonNode seen = runBoto3(fake, "--control");

            assertThatTheBoto3LoopSeesEachOutcome(seen);
            assertThat(seen.field("journal").orElseThrow().asArray())
                    .extracting(e -> e.asArray().get(0).asString() + " "
                            + (e.asArray().get(1).isNull()
                                    ? "-"
                                    : e.asArray().get(1).asString()))
                    .startsWith("StartExportLabelsTaskRun -", "GetMLTaskRun ThrottlingException", "GetMLTaskRun -");
        }
    }

    private JsonNode runBoto3(StandaloneProcess fake, String... more) {
        assumeTrue(Commands.works("python3", "-c", "import boto3"), "python3 with boto3 is not installed here");
        Commands.Result result = commands(fake, 1)
                .run(Stream.concat(
                                Stream.of(
                                        "python3",
                                        pythonScript.toString(),
                                        fake.endpoint().toString(),
                                        BUCKET),
                                Stream.of(more))
                        .toArray(String[]::new));
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        return JsonNode.parser().parse(result.stdout());
    }

    /** boto3 with retries off: the loop sees the throttled read itself, and goes on. */
    private static void assertThatTheBoto3LoopSeesEachOutcome(JsonNode seen) {
        assertThat(statuses(seen, "tfm-ok")).containsExactly("throttled", "STARTING", "RUNNING", "SUCCEEDED");
        assertThat(statuses(seen, "tfm-fail")).containsExactly("STARTING", "RUNNING", "FAILED");
        assertThat(seen.field("tfm-fail")
                        .orElseThrow()
                        .field("error")
                        .orElseThrow()
                        .asString())
                .isEqualTo("disk full");
        assertThat(statuses(seen, "tfm-timeout")).containsExactly("STARTING", "RUNNING", "TIMEOUT");
    }

    private static List<String> statuses(JsonNode seen, String transform) {
        return seen.field(transform).orElseThrow().field("statuses").orElseThrow().asArray().stream()
                .map(JsonNode::asString)
                .toList();
    }
}
