package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * The FindMatches loop (generate a labeling set, label it, import, evaluate) and the protocol edges, driven by boto3
 * ({@code boto3_loop.py}) and by the AWS CLI against the standalone jar, each on its own transform.
 */
@DisplayName("The standalone jar as a process: the labeling loop from boto3 and the AWS CLI")
class StandaloneLoopIT {

    static final String BUCKET = "loop-bucket";

    @TempDir
    static Path folder;

    static StandaloneProcess fake;
    static Commands commands;

    @BeforeAll
    static void startTheJar() throws Exception {
        Files.writeString(folder.resolve("labels.csv"), LabelingLoopTest.TEN_LABELS, StandardCharsets.UTF_8);
        fake = StandaloneProcess.start(
                List.of(),
                "--seed",
                "tfm-boto3=" + folder.resolve("labels.csv"),
                "--seed",
                "tfm-cli=" + folder.resolve("labels.csv"),
                "--bucket",
                BUCKET);
        commands = Commands.forAws("us-east-1", folder);
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    private static JsonNode at(JsonNode root, String... path) {
        JsonNode node = root;
        for (String name : path) {
            node = node.field(name).orElseThrow(() -> new AssertionError("no " + name + " in " + root));
        }
        return node;
    }

    @Test
    void boto3DrivesTheLoopAndSeesTheProtocolEdgesAsS3AndGlueAnswer() throws Exception {
        assumeTrue(Commands.works("python3", "-c", "import boto3"), "python3 with boto3 is not installed here");
        Path script = folder.resolve("boto3_loop.py");
        try (InputStream in = StandaloneLoopIT.class.getResourceAsStream("boto3_loop.py")) {
            Files.copy(in, script);
        }
        Commands.Result result =
                commands.run("python3", script.toString(), fake.endpoint().toString(), "tfm-boto3", BUCKET);
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        JsonNode seen = JsonNode.parser().parse(result.stdout());

        String generationId = at(seen, "generation", "id").asString();
        assertThat(at(seen, "generation", "status").asString()).isEqualTo("SUCCEEDED");
        assertThat(at(seen, "generation", "type").asString()).isEqualTo("LABELING_SET_GENERATION");
        assertThat(at(seen, "generation", "outputS3Path").asString()).isEqualTo("s3://" + BUCKET + "/boto3-sets/");
        assertThat(at(seen, "generation", "keys").asArray())
                .extracting(JsonNode::asString)
                .containsExactly("boto3-sets/labeling-set-" + generationId + ".csv");
        assertThat(at(seen, "generation", "header").asArray())
                .extracting(JsonNode::asString)
                .containsExactly("labeling_set_id", "label", "name", "city");
        assertThat(at(seen, "generation", "labels").asArray())
                .hasSize(10)
                .extracting(JsonNode::asString)
                .containsOnly("");
        assertThat(at(seen, "import").asString()).isEqualTo("SUCCEEDED");
        assertThat(at(seen, "evaluation", "status").asString()).isEqualTo("SUCCEEDED");
        assertThat(at(seen, "evaluation", "type").asString()).isEqualTo("EVALUATION");
        assertThat(at(seen, "evaluation", "propertyNames").asArray())
                .extracting(JsonNode::asString)
                .containsExactly("TaskType");
        assertThat(at(seen, "evaluation", "confusion", "NumTruePositives").asNumber())
                .isEqualTo("18");
        assertThat(at(seen, "evaluation", "confusion", "NumFalseNegatives").asNumber())
                .isEqualTo("2");
        assertThat(Double.parseDouble(at(seen, "evaluation", "recall").asNumber()))
                .isEqualTo(0.9);
        assertThat(at(seen, "evaluationsListed").asArray())
                .extracting(JsonNode::asString)
                .containsExactly(at(seen, "evaluationId").asString());
        assertThat(at(seen, "garbageToken", "code").asString()).isEqualTo("InvalidArgument");
        assertThat(at(seen, "garbageToken", "status").asNumber()).isEqualTo("400");
        assertThat(at(seen, "badRange", "status").asNumber()).isEqualTo("200");
        assertThat(at(seen, "badRange", "length").asNumber())
                .isEqualTo(at(seen, "badRange", "wholeLength").asNumber());
        assertThat(at(seen, "badRange", "contentRange").isNull()).isTrue();
    }

    @Test
    void theAwsCliGeneratesEvaluatesAndSeesTheProtocolEdges() throws Exception {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here");
        String generationId = at(
                        json(awsOk(
                                "glue",
                                "start-ml-labeling-set-generation-task-run",
                                "--transform-id",
                                "tfm-cli",
                                "--output-s3-path",
                                "s3://" + BUCKET + "/cli-sets")),
                        "TaskRunId")
                .asString();
        JsonNode generation =
                json(awsOk("glue", "get-ml-task-run", "--transform-id", "tfm-cli", "--task-run-id", generationId));
        assertThat(at(generation, "Status").asString()).isEqualTo("SUCCEEDED");
        assertThat(at(generation, "Properties", "LabelingSetGenerationTaskRunProperties", "OutputS3Path")
                        .asString())
                .isEqualTo("s3://" + BUCKET + "/cli-sets");
        String key = "cli-sets/labeling-set-" + generationId + ".csv";
        Path downloaded = folder.resolve("set.csv");
        awsOk("s3", "cp", "s3://" + BUCKET + "/" + key, downloaded.toString());
        assertThat(Files.readAllLines(downloaded).get(0)).isEqualTo("labeling_set_id,label,name,city");

        String evaluationId = at(
                        json(awsOk("glue", "start-ml-evaluation-task-run", "--transform-id", "tfm-cli")), "TaskRunId")
                .asString();
        JsonNode evaluation =
                json(awsOk("glue", "get-ml-task-run", "--transform-id", "tfm-cli", "--task-run-id", evaluationId));
        assertThat(at(evaluation, "Properties", "TaskType").asString()).isEqualTo("EVALUATION");
        JsonNode transform = json(awsOk("glue", "get-ml-transform", "--transform-id", "tfm-cli"));
        assertThat(at(transform, "EvaluationMetrics", "FindMatchesMetrics", "ConfusionMatrix", "NumTruePositives")
                        .asNumber())
                .isEqualTo("18");

        Commands.Result garbage = commands.run(
                awsCommand("s3api", "list-objects-v2", "--bucket", BUCKET, "--continuation-token", "garbage"));
        assertThat(garbage.exitCode()).isNotZero();
        assertThat(garbage.stderr()).contains("InvalidArgument");
        JsonNode ranged = json(awsOk(
                "s3api",
                "get-object",
                "--bucket",
                BUCKET,
                "--key",
                key,
                "--range",
                "bytes=abc",
                folder.resolve("ranged.csv").toString()));
        assertThat(ranged.field("ContentRange")).isEmpty();
        assertThat(Files.readString(folder.resolve("ranged.csv"))).isEqualTo(Files.readString(downloaded));
    }

    private static Commands.Result awsOk(String... args) {
        Commands.Result result = commands.run(awsCommand(args));
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        return result;
    }

    private static String[] awsCommand(String... args) {
        return Stream.concat(
                        Stream.of("aws"),
                        Stream.concat(
                                Stream.of(args),
                                Stream.of("--endpoint-url", fake.endpoint().toString())))
                .toArray(String[]::new);
    }

    private static JsonNode json(Commands.Result result) {
        return JsonNode.parser().parse(result.stdout());
    }
}
