package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * A transform's whole lifecycle on the standalone jar, from the AWS CLI and from boto3: create, get ({@code NOT_READY}),
 * import labels from S3, get ({@code READY}), list, update, delete.
 */
@DisplayName("The lifecycle of a transform on the standalone jar, from the AWS CLI and boto3")
class StandaloneTransformLifecycleIT {

    static final String BUCKET = "lifecycle-bucket";

    @TempDir
    static Path folder;

    static StandaloneProcess fake;
    static Commands aws;
    static Path labels;

    @BeforeAll
    static void startTheJar() throws Exception {
        labels = folder.resolve("labels.csv");
        StandaloneLabels.write(labels, 6);
        fake = StandaloneProcess.start(List.of(), "--bucket", BUCKET);
        aws = Commands.forAws("us-east-1", folder);
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    private static Commands.Result awsRun(String... args) {
        return aws.run(Stream.concat(
                        Stream.of("aws"),
                        Stream.concat(
                                Stream.of(args),
                                Stream.of("--endpoint-url", fake.endpoint().toString())))
                .toArray(String[]::new));
    }

    private static JsonNode awsOk(String... args) {
        Commands.Result result = awsRun(args);
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        return result.stdout().isBlank() ? null : JsonNode.parser().parse(result.stdout());
    }

    private static String field(JsonNode node, String... path) {
        for (String name : path) {
            node = node.field(name).orElseThrow(() -> new AssertionError("no " + name));
        }
        return node.isString() ? node.asString() : node.isNumber() ? node.asNumber() : node.toString();
    }

    private static List<String> strings(JsonNode array) {
        return array.asArray().stream().map(JsonNode::asString).toList();
    }

    @Test
    void theAwsCliDrivesTheWholeLifecycle() {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here; CI has it");
        String id = field(
                awsOk(
                        "glue",
                        "create-ml-transform",
                        "--name",
                        "cli-people",
                        "--input-record-tables",
                        "[{\"DatabaseName\":\"crm\",\"TableName\":\"people\"}]",
                        "--parameters",
                        "{\"TransformType\":\"FIND_MATCHES\"}",
                        "--role",
                        "GlueServiceRole",
                        "--tags",
                        "team=cli"),
                "TransformId");
        assertThat(id).matches("tfm-[0-9a-f]{40}");
        JsonNode created = awsOk("glue", "get-ml-transform", "--transform-id", id);
        assertThat(field(created, "Status")).isEqualTo("NOT_READY");
        assertThat(field(created, "LabelCount")).isEqualTo("0");

        Commands.Result upload = awsRun("s3", "cp", labels.toString(), "s3://" + BUCKET + "/cli-lifecycle/labels.csv");
        assertThat(upload.exitCode()).as(upload.describe()).isZero();
        String runId = field(
                awsOk(
                        "glue",
                        "start-import-labels-task-run",
                        "--transform-id",
                        id,
                        "--input-s3-path",
                        "s3://" + BUCKET + "/cli-lifecycle/labels.csv"),
                "TaskRunId");
        assertThat(field(awsOk("glue", "get-ml-task-run", "--transform-id", id, "--task-run-id", runId), "Status"))
                .isEqualTo("SUCCEEDED");
        JsonNode labelled = awsOk("glue", "get-ml-transform", "--transform-id", id);
        assertThat(field(labelled, "Status")).isEqualTo("READY");
        assertThat(field(labelled, "LabelCount")).isEqualTo("6");

        assertThat(strings(awsOk("glue", "list-ml-transforms", "--tags", "team=cli")
                        .field("TransformIds")
                        .orElseThrow()))
                .containsExactly(id);
        assertThat(awsOk("glue", "get-ml-transforms", "--filter", "Status=READY")
                        .field("Transforms")
                        .orElseThrow()
                        .asArray())
                .extracting(t -> field(t, "TransformId"))
                .contains(id);

        awsOk("glue", "update-ml-transform", "--transform-id", id, "--name", "cli-people-v2", "--max-retries", "2");
        JsonNode updated = awsOk("glue", "get-ml-transform", "--transform-id", id);
        assertThat(field(updated, "Name")).isEqualTo("cli-people-v2");
        assertThat(field(updated, "MaxRetries")).isEqualTo("2");

        assertThat(field(awsOk("glue", "delete-ml-transform", "--transform-id", id), "TransformId"))
                .isEqualTo(id);
        Commands.Result gone = awsRun("glue", "get-ml-transform", "--transform-id", id);
        assertThat(gone.exitCode()).as(gone.describe()).isNotZero();
        assertThat(gone.stderr()).contains("(EntityNotFoundException)");
    }

    @Test
    void boto3DrivesTheWholeLifecycle() throws Exception {
        assumeTrue(Commands.works("python3", "-c", "import boto3"), "python3 with boto3 is not installed here");
        Path script = folder.resolve("boto3_transforms.py");
        try (InputStream in = getClass().getResourceAsStream("boto3_transforms.py")) {
            Files.copy(in, script);
        }

        Commands.Result result = Commands.forAws("us-east-1", folder)
                .run("python3", script.toString(), fake.endpoint().toString(), BUCKET, labels.toString());

        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        JsonNode seen = JsonNode.parser().parse(result.stdout());
        String id = field(seen, "created", "id");
        assertThat(id).matches("tfm-[0-9a-f]{40}");
        assertThat(field(seen, "created", "status")).isEqualTo("NOT_READY");
        assertThat(field(seen, "created", "labelCount")).isEqualTo("0");
        assertThat(seen.field("created")
                        .orElseThrow()
                        .field("createdOnIsDate")
                        .orElseThrow()
                        .asBoolean())
                .as("boto3 parsed CreatedOn as a datetime")
                .isTrue();
        assertThat(field(seen, "labelled", "importStatus")).isEqualTo("SUCCEEDED");
        assertThat(field(seen, "labelled", "status")).isEqualTo("READY");
        assertThat(field(seen, "labelled", "labelCount")).isEqualTo("6");
        assertThat(strings(seen.field("labelled").orElseThrow().field("schema").orElseThrow()))
                .containsExactly("name", "city");
        assertThat(strings(seen.field("listed").orElseThrow().field("all").orElseThrow()))
                .contains(id);
        assertThat(strings(seen.field("listed").orElseThrow().field("tagged").orElseThrow()))
                .containsExactly(id);
        assertThat(strings(seen.field("listed").orElseThrow().field("ready").orElseThrow()))
                .contains(id);
        assertThat(field(seen, "updated", "name")).isEqualTo("boto3-people-v2");
        assertThat(field(seen, "updated", "precisionRecall")).isEqualTo("0.8");
        assertThat(field(seen, "updated", "labelCount")).isEqualTo("6");
        assertThat(field(seen, "deleted")).isEqualTo(id);
        assertThat(field(seen, "afterDelete")).isEqualTo("EntityNotFoundException");
    }
}
