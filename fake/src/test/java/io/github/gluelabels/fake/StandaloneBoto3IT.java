package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * boto3 against the standalone jar: a Python script ({@code boto3_client.py}) makes the calls a Python user makes and
 * prints what it saw as JSON; each test checks one part of it.
 */
@DisplayName("The standalone jar as a process, driven by boto3")
class StandaloneBoto3IT {

    @TempDir
    static Path folder;

    static String labels;
    static StandaloneProcess fake;
    static JsonNode seen;

    @BeforeAll
    static void runTheScriptAgainstTheJar() throws Exception {
        assumeTrue(
                Commands.works("python3", "-c", "import boto3"),
                "python3 with boto3 is not installed here; CI has it: these tests run there");
        labels = StandaloneLabels.write(folder.resolve("labels.csv"), 25);
        fake = StandaloneProcess.start(
                List.of(),
                "--seed",
                "tfm-boto3=" + folder.resolve("labels.csv"),
                "--bucket",
                "boto3-bucket",
                "--rows-per-part",
                "10");
        Path script = folder.resolve("boto3_client.py");
        try (InputStream in = StandaloneBoto3IT.class.getResourceAsStream("boto3_client.py")) {
            Files.copy(in, script);
        }
        Path downloads = Files.createDirectories(folder.resolve("downloads"));

        Commands.Result result = Commands.forAws("us-east-1", folder)
                .run(
                        "python3",
                        script.toString(),
                        fake.endpoint().toString(),
                        "tfm-boto3",
                        "boto3-bucket",
                        downloads.toString());

        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        seen = JsonNode.parser().parse(result.stdout());
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    private static JsonNode at(String... path) {
        JsonNode node = seen;
        for (String name : path) {
            node = node.field(name).orElseThrow(() -> new AssertionError("no " + name + " in " + seen));
        }
        return node;
    }

    private static List<String> strings(String... path) {
        return at(path).asArray().stream().map(JsonNode::asString).toList();
    }

    @Test
    void exportStartedWithBoto3SucceedsAndGetMlTaskRunDescribesIt() {
        assertThat(at("run", "status").asString()).isEqualTo("SUCCEEDED");
        assertThat(at("run", "type").asString()).isEqualTo("EXPORT_LABELS");
        assertThat(at("run", "outputS3Path").asString()).isEqualTo("s3://boto3-bucket/boto3-export");
        assertThat(at("run", "startedOnIsDate").asBoolean())
                .as("boto3 parsed StartedOn as a datetime")
                .isTrue();
    }

    @Test
    void getMlTaskRunsLoopOnNextTokenSeesEveryRunOnce() {
        assertThat(strings("taskRuns", "paged")).containsExactlyInAnyOrderElementsOf(strings("taskRuns", "started"));
        assertThat(at("taskRuns", "pages").asNumber()).isEqualTo("3");
    }

    @Test
    void listObjectsV2PaginatorSeesEveryPartFileInPagesOfTwo() {
        List<String> keys = strings("listing", "keys");
        assertThat(keys).hasSize(3);
        String stem = keys.get(0).substring(0, keys.get(0).length() - "_part-00001.csv".length());
        assertThat(stem).matches("boto3-export/tfm-boto3_labels_" + ExportFileNamesTest.TIME_AND_UUID);
        assertThat(keys).containsExactly(stem + "_part-00001.csv", stem + "_part-00002.csv", stem + "_part-00003.csv");
        assertThat(at("listing", "pages").asNumber()).isEqualTo("2");
    }

    @Test
    void downloadedPartFilesHoldTheLabelsByteForByte() {
        List<String> parts = strings("downloaded");
        String header = labels.substring(0, labels.indexOf('\n') + 1);
        StringBuilder joined = new StringBuilder(header);
        for (String part : parts) {
            assertThat(part).startsWith(header);
            joined.append(part.substring(header.length()));
        }
        assertThat(joined.toString()).isEqualTo(labels);
    }

    @Test
    void keysThatUrlsAndServletsFindHardRoundTripThroughPutListAndGet() {
        List<String> keys = strings("traps", "keys");
        assertThat(strings("traps", "listed")).containsExactlyInAnyOrderElementsOf(keys);
        Map<String, JsonNode> bodies = at("traps", "bodies").asObject();
        for (String key : keys) {
            assertThat(bodies.get(key).asString()).as(key).isEqualTo("content of " + key);
        }
    }

    @Test
    void importAppendsTheLabelsOfAFileInTheFakeS3() {
        assertThat(at("import", "status").asString()).isEqualTo("SUCCEEDED");
        assertThat(at("import", "type").asString()).isEqualTo("IMPORT_LABELS");
        assertThat(at("import", "labelCount").asNumber()).isEqualTo("27");
    }

    @Test
    void unknownTransformIsAClientErrorWithTheModelledCode() {
        assertThat(at("unknownTransform", "code").asString()).isEqualTo("EntityNotFoundException");
        assertThat(at("unknownTransform", "status").asNumber()).isEqualTo("400");
        assertThat(at("unknownTransform", "message").asString())
                .isEqualTo("Cannot find MLTransform in account 123456789012 with handle tfm-missing.");
    }
}
