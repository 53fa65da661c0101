package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Clients signing with canary credentials — a secret key and a session token that must show up nowhere — through
 * headers (the SDK, the AWS CLI) and through a presigned URL's query: the fake's journal keeps neither, nor the
 * signature, and no answer of the fake repeats them.
 */
@DisplayName("No credential in the fake's journal or answers")
class NoCredentialsInTheJournalTest {

    static final String SECRET = "canary-secret-" + "5d0e7a1c9b3f4e21";
    static final String TOKEN = "canary-token-" + "8a2f6c0d4e1b9a37";

    FakeGlue fake;
    /** Everything the fake answered, to search for the canaries too. */
    final List<String> answers = new ArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeGlue.start();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("bucket");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    StaticCredentialsProvider canaries() {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(fake.accessKeyId(), SECRET, TOKEN));
    }

    void assertNoCanaryAnywhere() {
        List<String> journal =
                fake.journal().entries().stream().map(JournalEntry::toString).toList();
        assertThat(journal).as("the journal has the calls").isNotEmpty();
        // a SigV4 signature is 64 hex digits
        assertThat(journal)
                .allSatisfy(entry -> assertThat(entry)
                        .doesNotContain(SECRET, TOKEN)
                        .doesNotContainPattern("[0-9a-f]{64}")
                        .doesNotContain("Authorization"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(SECRET, TOKEN));
    }

    @Test
    @DisplayName("the SDK's signed headers: Authorization and X-Amz-Security-Token are not journaled")
    void sdkHeaders() {
        try (GlueClient glue = GlueClient.builder()
                        .endpointOverride(fake.glueEndpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(canaries())
                        .httpClient(Clients.http())
                        .build();
                S3Client s3 = S3Client.builder()
                        .endpointOverride(fake.s3Endpoint())
                        .region(Region.US_EAST_1)
                        .forcePathStyle(true)
                        .credentialsProvider(canaries())
                        .httpClient(Clients.http())
                        .build()) {
            glue.getMLTransform(r -> r.transformId("tfm-1"));
            s3.putObject(r -> r.bucket("bucket").key("a.csv"), RequestBody.fromString("labeling_set_id,label\n"));
            s3.getObjectAsBytes(r -> r.bucket("bucket").key("a.csv"));
            s3.listObjectsV2(r -> r.bucket("bucket"));
            assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("bucket").key("missing")))
                    .isInstanceOfSatisfying(NoSuchKeyException.class, e -> answers.add(e.getMessage()));
        }

        assertThat(fake.journal().entries())
                .extracting(JournalEntry::operation)
                .containsExactly("GetMLTransform", "PutObject", "GetObject", "ListObjectsV2", "GetObject");
        assertNoCanaryAnywhere();
    }

    @Test
    @DisplayName("a presigned URL: the token, the credential and the signature in its query are not journaled")
    void presignedUrl() throws Exception {
        fake.putObject("bucket", "a.csv", "labeling_set_id,label\n".getBytes(StandardCharsets.UTF_8));
        URI url;
        try (S3Presigner presigner = S3Presigner.builder()
                .endpointOverride(fake.s3Endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(canaries())
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                        .pathStyleAccessEnabled(true)
                        .build())
                .build()) {
            url = presigner
                    .presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
                            .getObjectRequest(g -> g.bucket("bucket").key("a.csv")))
                    .url()
                    .toURI();
        }
        assertThat(url.getRawQuery()).as("the URL carries the canary").contains(TOKEN.substring(0, 12));

        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        answers.add(answer.body());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(fake.journal().entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.input())
                        .startsWith("GET /bucket/a.csv {")
                        .contains("X-Amz-Security-Token=[(not journaled)]")
                        .contains("X-Amz-Signature=[(not journaled)]")
                        .contains("X-Amz-Credential=[(not journaled)]"));
        assertNoCanaryAnywhere();
    }

    @Test
    @DisplayName("the AWS CLI's signed headers, with the canaries in its environment")
    void awsCli(@TempDir Path folder) throws Exception {
        assumeTrue(Commands.works("aws", "--version"), "the AWS CLI (aws) is not installed here");
        Commands aws = Commands.forAws("us-east-1", folder)
                .with("AWS_ACCESS_KEY_ID", fake.accessKeyId())
                .with("AWS_SECRET_ACCESS_KEY", SECRET)
                .with("AWS_SESSION_TOKEN", TOKEN);
        Path file = Files.writeString(folder.resolve("a.csv"), "labeling_set_id,label\ns,A\n");

        for (String[] command : List.of(
                new String[] {"aws", "glue", "get-ml-transform", "--transform-id", "tfm-1"},
                new String[] {"aws", "s3", "cp", file.toString(), "s3://bucket/a.csv"},
                new String[] {"aws", "s3api", "get-object", "--bucket", "bucket", "--key", "nope", folder + "/out"})) {
            String[] withEndpoint = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(command),
                            java.util.stream.Stream.of(
                                    "--endpoint-url", fake.glueEndpoint().toString()))
                    .toArray(String[]::new);
            Commands.Result result = aws.run(withEndpoint);
            answers.add(result.stdout());
        }

        assertThat(fake.journal().entries())
                .extracting(JournalEntry::operation)
                .contains("GetMLTransform", "PutObject", "GetObject");
        assertNoCanaryAnywhere();
    }
}
