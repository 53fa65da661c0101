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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The AWS CLI against the standalone jar. The CLI here is v1 (botocore): Glue calls are {@code POST /} with
 * {@code X-Amz-Target}; small S3 uploads are a plain {@code PUT} with the payload's SHA-256 and a CRC32 checksum in
 * headers (no aws-chunked framing over plain HTTP); {@code aws s3 cp} uploads files of 8 MB or more as multipart uploads
 * of 8 MB parts and downloads them with ranged GETs, several at a time; listings ask for {@code encoding-type=url}.
 */
@DisplayName("The standalone jar as a process, driven by the AWS CLI")
class StandaloneAwsCliIT {

    static final String BUCKET = "cli-bucket";

    @TempDir
    static Path folder;

    static String labels;
    static StandaloneProcess fake;
    static Commands aws;
    static String endpoint;
    /** An export the CLI started: what the Glue and S3 tests look at. */
    static String exportRunId;

    @BeforeAll
    static void startTheJar() throws Exception {
        assumeTrue(
                Commands.works("aws", "--version"),
                "the AWS CLI (aws) is not installed here; CI has it: these tests run there");
        labels = StandaloneLabels.write(folder.resolve("labels.csv"), 25);
        fake = StandaloneProcess.start(
                List.of(),
                "--seed",
                "tfm-cli=" + folder.resolve("labels.csv"),
                "--bucket",
                BUCKET,
                "--rows-per-part",
                "10");
        endpoint = fake.endpoint().toString();
        aws = Commands.forAws("us-east-1", folder);
        exportRunId = json(awsOk(
                        "glue",
                        "start-export-labels-task-run",
                        "--transform-id",
                        "tfm-cli",
                        "--output-s3-path",
                        "s3://" + BUCKET + "/cli-export"))
                .field("TaskRunId")
                .orElseThrow()
                .asString();
    }

    @AfterAll
    static void stopTheJar() {
        if (fake != null) {
            fake.close();
        }
    }

    /** Runs {@code aws <args> --endpoint-url <fake>} and expects it to succeed. */
    private static Commands.Result awsOk(String... args) {
        Commands.Result result = aws.run(awsCommand(args));
        assertThat(result.exitCode())
                .as(result.describe() + "\n--- fake:\n" + fake.describe())
                .isZero();
        return result;
    }

    private static String[] awsCommand(String... args) {
        return Stream.concat(Stream.of("aws"), Stream.concat(Stream.of(args), Stream.of("--endpoint-url", endpoint)))
                .toArray(String[]::new);
    }

    private static S3Client sdkS3() {
        return S3Client.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(Clients.http())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDANY", "any")))
                .build();
    }

    private static JsonNode json(Commands.Result result) {
        return JsonNode.parser().parse(result.stdout());
    }

    // ---------------------------------------------------------------- Glue

    @Test
    void exportStartedByTheCliSucceedsAndGetMlTaskRunDescribesIt() {
        String runId = exportRunId;

        JsonNode run = json(awsOk("glue", "get-ml-task-run", "--transform-id", "tfm-cli", "--task-run-id", runId));
        assertThat(run.field("Status").orElseThrow().asString()).isEqualTo("SUCCEEDED");
        assertThat(run.field("TaskRunId").orElseThrow().asString()).isEqualTo(runId);
        JsonNode properties = run.field("Properties").orElseThrow();
        assertThat(properties.field("TaskType").orElseThrow().asString()).isEqualTo("EXPORT_LABELS");
        assertThat(properties
                        .field("ExportLabelsTaskRunProperties")
                        .orElseThrow()
                        .field("OutputS3Path")
                        .orElseThrow()
                        .asString())
                .isEqualTo("s3://" + BUCKET + "/cli-export");
        assertThat(run.field("StartedOn")).isPresent();
        assertThat(run.field("CompletedOn")).isPresent();
    }

    @Test
    void getMlTaskRunsListsTheRunsOfTheTransform() {
        JsonNode runs = json(awsOk("glue", "get-ml-task-runs", "--transform-id", "tfm-cli", "--max-results", "1000"));

        assertThat(runs.field("TaskRuns").orElseThrow().asArray())
                .extracting(r -> r.field("TaskRunId").orElseThrow().asString())
                .contains(exportRunId);
    }

    @Test
    void getMlTransformThroughTheExportedEnvironmentHasTheLabelCount() {
        // the variables the fake prints for pasting, instead of --endpoint-url
        Commands.Result result = aws.with("AWS_ENDPOINT_URL", endpoint)
                .run("aws", "glue", "get-ml-transform", "--transform-id", "tfm-cli");

        assertThat(result.exitCode()).as(result.describe()).isZero();
        JsonNode transform = json(result);
        assertThat(transform.field("TransformId").orElseThrow().asString()).isEqualTo("tfm-cli");
        assertThat(transform.field("LabelCount").orElseThrow().asNumber()).isEqualTo("25");
    }

    @Test
    void cancelMlTaskRunAnswersWithTheRunAndItsStatus() {
        JsonNode cancelled =
                json(awsOk("glue", "cancel-ml-task-run", "--transform-id", "tfm-cli", "--task-run-id", exportRunId));

        assertThat(cancelled.field("TaskRunId").orElseThrow().asString()).isEqualTo(exportRunId);
        assertThat(cancelled.field("TransformId").orElseThrow().asString()).isEqualTo("tfm-cli");
        // the fake ran the export at once: a run that has ended stays as it ended
        assertThat(cancelled.field("Status").orElseThrow().asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void unknownTransformFailsWithEntityNotFoundExceptionOnStandardError() {
        Commands.Result result = aws.run(awsCommand(
                "glue",
                "start-export-labels-task-run",
                "--transform-id",
                "tfm-missing",
                "--output-s3-path",
                "s3://" + BUCKET + "/x"));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr())
                .contains("(EntityNotFoundException)")
                .contains("Cannot find MLTransform in account 123456789012 with handle tfm-missing.");
    }

    // ---------------------------------------------------------------- S3

    @Test
    void s3LsRecursiveListsThePartFilesOfAnExport() {
        String listing = awsOk("s3", "ls", "s3://" + BUCKET + "/cli-export/", "--recursive")
                .stdout();

        assertThat(listing.lines().toList())
                .hasSize(3)
                .allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d "
                        + "\\d\\d:\\d\\d:\\d\\d +\\d+ cli-export/tfm-cli_labels_" + ExportFileNamesTest.TIME_AND_UUID
                        + "_part-0000[1-3]\\.csv"));
    }

    @Test
    void s3CpDownloadsAMultiPartExportWhosePartsHoldTheLabels() throws Exception {
        Path into = Files.createDirectories(folder.resolve("cp-export"));

        awsOk("s3", "cp", "s3://" + BUCKET + "/cli-export/", into.toString(), "--recursive");

        List<Path> parts;
        try (Stream<Path> files = Files.list(into)) {
            parts = files.sorted().toList();
        }
        assertThat(parts).hasSize(3);
        String header = labels.substring(0, labels.indexOf('\n') + 1);
        StringBuilder joined = new StringBuilder(header);
        for (Path part : parts) {
            String text = Files.readString(part, StandardCharsets.UTF_8);
            assertThat(text).startsWith(header);
            joined.append(text.substring(header.length()));
        }
        assertThat(joined.toString()).isEqualTo(labels);
    }

    @Test
    void s3CpUploadsAFileOver8MbAsAMultipartUploadAndDownloadsItBack() throws Exception {
        Path big = folder.resolve("big.bin");
        try (InputStream in = new GeneratedBytes(7, 20L * 1024 * 1024 + 123)) {
            Files.copy(in, big);
        }

        awsOk("s3", "cp", big.toString(), "s3://" + BUCKET + "/big/big.bin");
        Path back = folder.resolve("big-back.bin");
        awsOk("s3", "cp", "s3://" + BUCKET + "/big/big.bin", back.toString());

        assertThat(Files.mismatch(big, back)).isEqualTo(-1);
        try (S3Client s3 = sdkS3()) {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(BUCKET).key("big/big.bin"));
            assertThat(head.contentLength()).isEqualTo(Files.size(big));
            assertThat(head.eTag()).as("a multipart upload's entity tag").endsWith("-3\"");
        }
    }

    @Test
    void keysThatUrlsAndServletsFindHardArriveAsTheCliSentThem() throws Exception {
        // a few: boto3 builds the same URLs (both are botocore) and StandaloneBoto3IT sends many more
        List<String> keys = List.of(
                "traps/dots/../up.csv",
                "traps/double//slash.csv",
                "traps/percent%2Fslash;semi=1.csv",
                "traps/" + "é".repeat(509));
        Path body = Files.writeString(folder.resolve("trap-body.txt"), "trap");

        List<List<String>> puts = new ArrayList<>();
        for (String key : keys) {
            puts.add(List.of(
                    awsCommand("s3api", "put-object", "--bucket", BUCKET, "--key", key, "--body", body.toString())));
        }
        aws.runAll(puts).forEach(r -> assertThat(r.exitCode()).as(r.describe()).isZero());
        JsonNode listing = json(awsOk("s3api", "list-objects-v2", "--bucket", BUCKET, "--prefix", "traps/"));

        assertThat(listing.field("Contents").orElseThrow().asArray())
                .extracting(o -> o.field("Key").orElseThrow().asString())
                .containsExactlyInAnyOrderElementsOf(keys);
        try (S3Client s3 = sdkS3()) {
            for (String key : keys) {
                assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asUtf8String())
                        .as(key)
                        .isEqualTo("trap");
            }
        }
    }

    @Test
    void s3CpOfAKeyWithSpacesAndUnicodeListsAndDownloadsUnderThatKey() throws Exception {
        Path file = Files.writeString(folder.resolve("unicode.csv"), "labeling_set_id,label\ns1,A\n");
        String key = "dir with space/ünïcödé 東京+plus&amp%.csv";

        awsOk("s3", "cp", file.toString(), "s3://" + BUCKET + "/" + key);
        String listing =
                awsOk("s3", "ls", "s3://" + BUCKET + "/dir with space/").stdout();
        Path back = folder.resolve("unicode-back.csv");
        awsOk("s3", "cp", "s3://" + BUCKET + "/" + key, back.toString());

        assertThat(listing).contains(" ünïcödé 東京+plus&amp%.csv");
        assertThat(Files.mismatch(file, back)).isEqualTo(-1);
    }
}
