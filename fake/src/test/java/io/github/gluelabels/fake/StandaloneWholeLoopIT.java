package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole FindMatches loop on the standalone jar, from the AWS SDK for Java, the AWS CLI and boto3, each on a
 * transform it creates: create, give it records (control API), generate a labeling set, fill its labels, import,
 * choose the evaluation's metrics (control API), evaluate, export, compare the export with the import. And the
 * {@code --records} and {@code --max-concurrent-task-runs-per-transform} options, on a jar of their own.
 */
@DisplayName("The whole labeling loop on the standalone jar, from the SDK, the AWS CLI and boto3")
class StandaloneWholeLoopIT {

    static final String BUCKET = "whole-loop";
    static final String RECORDS = "name,city\nAnn,Oslo\nann,Oslo\nBob,Rome\nbob,Rome\nCy,Lima\nDee,Kyiv\n";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;

    static StandaloneProcess fake;
    static Commands commands;
    static Path records;

    @BeforeAll
    static void startTheJar() throws Exception {
        records = Files.writeString(folder.resolve("people.csv"), RECORDS, StandardCharsets.UTF_8);
        fake = StandaloneProcess.start(List.of(), "--bucket", BUCKET);
        commands = Commands.forAws("us-east-1", folder);
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    /** A control call, unsigned: it reaches the default account, the one the CLI and boto3 reach. */
    static JsonNode control(URI endpoint, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint + "/__glue-labels/" + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonNode.parser().parse(response.body());
    }

    /** Labels a generated set as a person would: a record's label is its name in lower case. */
    static List<String> fill(String set) {
        List<String> filled = new ArrayList<>();
        for (String line : set.lines().skip(1).toList()) {
            String[] fields = line.split(",", -1);
            assertThat(fields[1]).as("a generated label is empty: " + line).isEmpty();
            fields[1] = fields[2].toLowerCase(java.util.Locale.ROOT);
            filled.add(String.join(",", fields));
        }
        return filled;
    }

    static final String METRICS =
            "{\"truePositives\": 9, \"falsePositives\": 1, \"trueNegatives\": 40, \"falseNegatives\": 3}";

    @Test
    void theSdkDrivesTheWholeLoop() throws Exception {
        StaticCredentialsProvider any =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("FAKEGLUEDEFAULTKEY00", "any"));
        try (GlueClient glue = GlueClient.builder()
                        .endpointOverride(fake.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(any)
                        .httpClient(Clients.http())
                        .build();
                S3Client s3 = S3Client.builder()
                        .endpointOverride(fake.endpoint())
                        .region(Region.US_EAST_1)
                        .forcePathStyle(true)
                        .credentialsProvider(any)
                        .httpClient(Clients.http())
                        .build()) {
            String id = glue.createMLTransform(r -> r.name("sdk-loop")
                            .role("GlueServiceRole")
                            .inputRecordTables(GlueTable.builder()
                                    .databaseName("crm")
                                    .tableName("people")
                                    .build())
                            .parameters(p -> p.transformType("FIND_MATCHES")))
                    .transformId();
            control(fake.endpoint(), "PUT", "transforms/" + id + "/records", RECORDS);

            String generation = glue.startMLLabelingSetGenerationTaskRun(
                            r -> r.transformId(id).outputS3Path("s3://" + BUCKET + "/sdk/sets/"))
                    .taskRunId();
            assertThat(glue.getMLTaskRun(r -> r.transformId(id).taskRunId(generation))
                            .status())
                    .isEqualTo(TaskStatusType.SUCCEEDED);
            S3Object set = s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("sdk/sets/"))
                    .contents()
                    .get(0);
            String setText =
                    s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(set.key())).asUtf8String();
            List<String> filled = fill(setText);
            String header = setText.lines().findFirst().orElseThrow();
            s3.putObject(
                    r -> r.bucket(BUCKET).key("sdk/labeled/labels.csv"),
                    RequestBody.fromString(header + "\n" + String.join("\n", filled) + "\n"));
            String imported = glue.startImportLabelsTaskRun(r -> r.transformId(id)
                            .inputS3Path("s3://" + BUCKET + "/sdk/labeled/labels.csv")
                            .replaceAllLabels(true))
                    .taskRunId();
            assertThat(glue.getMLTaskRun(r -> r.transformId(id).taskRunId(imported))
                            .status())
                    .isEqualTo(TaskStatusType.SUCCEEDED);

            control(fake.endpoint(), "PUT", "transforms/" + id + "/evaluation-metrics", METRICS);
            String evaluation =
                    glue.startMLEvaluationTaskRun(r -> r.transformId(id)).taskRunId();
            glue.getMLTaskRun(r -> r.transformId(id).taskRunId(evaluation));
            FindMatchesMetrics metrics = glue.getMLTransform(r -> r.transformId(id))
                    .evaluationMetrics()
                    .findMatchesMetrics();
            assertThat(metrics.precision()).isCloseTo(0.9, within(1e-9));
            assertThat(metrics.recall()).isCloseTo(0.75, within(1e-9));

            String export = glue.startExportLabelsTaskRun(
                            r -> r.transformId(id).outputS3Path("s3://" + BUCKET + "/sdk/export/"))
                    .taskRunId();
            assertThat(glue.getMLTaskRun(r -> r.transformId(id).taskRunId(export))
                            .status())
                    .isEqualTo(TaskStatusType.SUCCEEDED);
            List<String> exported = new ArrayList<>();
            for (S3Object part : s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("sdk/export/"))
                    .contents()) {
                exported.addAll(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(part.key()))
                        .asUtf8String()
                        .lines()
                        .skip(1)
                        .toList());
            }
            assertThat(filled).hasSize(6);
            assertThat(exported).containsExactlyInAnyOrderElementsOf(filled);
        }
    }

    @Test
    void theAwsCliDrivesTheWholeLoop() throws Exception {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here");
        String id = text(awsOk(
                "glue",
                "create-ml-transform",
                "--name",
                "cli-loop",
                "--role",
                "GlueServiceRole",
                "--input-record-tables",
                "[{\"DatabaseName\":\"crm\",\"TableName\":\"people\"}]",
                "--parameters",
                "{\"TransformType\":\"FIND_MATCHES\"}",
                "--query",
                "TransformId",
                "--output",
                "text"));
        assertThat(text(awsOk(
                        "glue", "get-ml-transform", "--transform-id", id, "--query", "Status", "--output", "text")))
                .isEqualTo("NOT_READY");
        control(fake.endpoint(), "PUT", "transforms/" + id + "/records", RECORDS);

        String generation = text(awsOk(
                "glue",
                "start-ml-labeling-set-generation-task-run",
                "--transform-id",
                id,
                "--output-s3-path",
                "s3://" + BUCKET + "/cli/sets/",
                "--query",
                "TaskRunId",
                "--output",
                "text"));
        assertThat(status(id, generation)).isEqualTo("SUCCEEDED");
        Path sets = folder.resolve("cli-sets");
        awsOk("s3", "cp", "s3://" + BUCKET + "/cli/sets/", sets.toString(), "--recursive");
        Path setFile;
        try (Stream<Path> files = Files.list(sets)) {
            setFile = files.findFirst().orElseThrow();
        }
        String setText = Files.readString(setFile);
        List<String> filled = fill(setText);
        Path labeled = Files.writeString(
                folder.resolve("cli-labeled.csv"),
                setText.lines().findFirst().orElseThrow() + "\n" + String.join("\n", filled) + "\n");
        awsOk("s3", "cp", labeled.toString(), "s3://" + BUCKET + "/cli/labeled/labels.csv");
        String imported = text(awsOk(
                "glue",
                "start-import-labels-task-run",
                "--transform-id",
                id,
                "--input-s3-path",
                "s3://" + BUCKET + "/cli/labeled/labels.csv",
                "--replace-all-labels",
                "--query",
                "TaskRunId",
                "--output",
                "text"));
        assertThat(status(id, imported)).isEqualTo("SUCCEEDED");

        control(fake.endpoint(), "PUT", "transforms/" + id + "/evaluation-metrics", METRICS);
        String evaluation = text(awsOk(
                "glue",
                "start-ml-evaluation-task-run",
                "--transform-id",
                id,
                "--query",
                "TaskRunId",
                "--output",
                "text"));
        assertThat(status(id, evaluation)).isEqualTo("SUCCEEDED");
        assertThat(Double.parseDouble(text(awsOk(
                        "glue",
                        "get-ml-transform",
                        "--transform-id",
                        id,
                        "--query",
                        "EvaluationMetrics.FindMatchesMetrics.Precision",
                        "--output",
                        "text"))))
                .isCloseTo(0.9, within(1e-9));

        String export = text(awsOk(
                "glue",
                "start-export-labels-task-run",
                "--transform-id",
                id,
                "--output-s3-path",
                "s3://" + BUCKET + "/cli/export/",
                "--query",
                "TaskRunId",
                "--output",
                "text"));
        assertThat(status(id, export)).isEqualTo("SUCCEEDED");
        Path exportFolder = folder.resolve("cli-export");
        awsOk("s3", "cp", "s3://" + BUCKET + "/cli/export/", exportFolder.toString(), "--recursive");
        List<String> exported = new ArrayList<>();
        try (Stream<Path> files = Files.list(exportFolder)) {
            for (Path file : files.toList()) {
                exported.addAll(Files.readAllLines(file).stream().skip(1).toList());
            }
        }
        assertThat(exported).containsExactlyInAnyOrderElementsOf(filled).hasSize(6);
    }

    @Test
    void boto3DrivesTheWholeLoop() throws Exception {
        assumeTrue(Commands.works("python3", "-c", "import boto3"), "python3 with boto3 is not installed here");
        Path script = folder.resolve("boto3_whole_loop.py");
        try (InputStream in = StandaloneWholeLoopIT.class.getResourceAsStream("boto3_whole_loop.py")) {
            Files.copy(in, script);
        }
        Commands.Result result =
                commands.run("python3", script.toString(), fake.endpoint().toString(), BUCKET, records.toString());
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        JsonNode seen = JsonNode.parser().parse(result.stdout());

        assertThat(field(seen, "created").asString()).isEqualTo("NOT_READY");
        assertThat(field(seen, "records").asNumber()).isEqualTo("6");
        assertThat(field(seen, "generation").asString()).isEqualTo("SUCCEEDED");
        assertThat(field(seen, "emptyLabels").asBoolean()).isTrue();
        assertThat(field(seen, "import").asString()).isEqualTo("SUCCEEDED");
        assertThat(field(seen, "ready").asString()).isEqualTo("READY");
        assertThat(field(seen, "evaluation").asString()).isEqualTo("SUCCEEDED");
        assertThat(Double.parseDouble(field(seen, "precision").asNumber())).isCloseTo(0.9, within(1e-9));
        assertThat(Double.parseDouble(field(seen, "recall").asNumber())).isCloseTo(0.75, within(1e-9));
        assertThat(field(seen, "export").asString()).isEqualTo("SUCCEEDED");
        assertThat(field(seen, "labeled").asNumber()).isEqualTo("6");
        assertThat(field(seen, "exportMatchesImport").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("--records seeds what generation draws from; --max-concurrent-task-runs-per-transform is the quota")
    void recordsAndQuotaOptions() throws Exception {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here");
        try (StandaloneProcess own = StandaloneProcess.start(
                List.of(),
                "--records",
                "tfm-q=" + records,
                "--max-concurrent-task-runs-per-transform",
                "1",
                "--pacing",
                "manual",
                "--bucket",
                BUCKET)) {
            String[] generate = {
                "glue",
                "start-ml-labeling-set-generation-task-run",
                "--transform-id",
                "tfm-q",
                "--output-s3-path",
                "s3://" + BUCKET + "/q/",
                "--endpoint-url",
                own.endpoint().toString()
            };
            Commands.Result first = commands.run(
                    Stream.concat(Stream.of("aws"), Stream.of(generate)).toArray(String[]::new));
            assertThat(first.exitCode()).as(first.describe()).isZero();
            String runId = JsonNode.parser()
                    .parse(first.stdout())
                    .field("TaskRunId")
                    .orElseThrow()
                    .asString();

            Commands.Result second = commands.run(
                    Stream.concat(Stream.of("aws"), Stream.of(generate)).toArray(String[]::new));
            assertThat(second.exitCode()).isNotZero();
            assertThat(second.stderr())
                    .contains("ConcurrentRunsExceededException")
                    .contains("the quota is 1");

            control(own.endpoint(), "POST", "task-runs/" + runId + "/finish", "");
            Commands.Result set = commands.run(
                    "aws",
                    "s3",
                    "cp",
                    "s3://" + BUCKET + "/q/labeling-set-" + runId + ".csv",
                    "-",
                    "--endpoint-url",
                    own.endpoint().toString());
            assertThat(set.exitCode()).as(set.describe()).isZero();
            assertThat(set.stdout())
                    .startsWith("labeling_set_id,label,name,city\n")
                    .contains(",,Dee,Kyiv");
        }
    }

    private static JsonNode field(JsonNode root, String name) {
        return root.field(name).orElseThrow(() -> new AssertionError("no " + name + " in " + root));
    }

    private String status(String id, String runId) {
        return text(awsOk(
                "glue",
                "get-ml-task-run",
                "--transform-id",
                id,
                "--task-run-id",
                runId,
                "--query",
                "Status",
                "--output",
                "text"));
    }

    private static String text(Commands.Result result) {
        return result.stdout().trim();
    }

    private static Commands.Result awsOk(String... args) {
        Commands.Result result = commands.run(Stream.concat(
                        Stream.of("aws"),
                        Stream.concat(
                                Stream.of(args),
                                Stream.of("--endpoint-url", fake.endpoint().toString())))
                .toArray(String[]::new));
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        return result;
    }
}
