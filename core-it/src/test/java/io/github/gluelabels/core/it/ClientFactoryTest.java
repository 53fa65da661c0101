package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.aws.MissingRegionException;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.ServerPerClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The AWS SDK reads the region and credentials from the environment, system properties and the shared config files.
 * These tests point the files at temporary ones through the SDK's system properties ({@code aws.configFile},
 * {@code aws.sharedCredentialsFile}), restore every property afterwards, and skip when an environment variable they
 * cannot unset would decide the outcome.
 */
@DisplayName("Building the AWS clients")
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class ClientFactoryTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    Properties saved;
    Path config;
    Path credentials;

    @TempDir
    Path home;

    @BeforeEach
    void isolateFromThisMachine() throws IOException {
        saved = (Properties) System.getProperties().clone();
        config = Files.writeString(home.resolve("config"), "");
        credentials = Files.writeString(home.resolve("credentials"), "");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        // no EC2 instance metadata lookups from a test
        System.setProperty("aws.disableEc2Metadata", "true");
        Stream.of(
                        "aws.region",
                        "aws.profile",
                        "aws.accessKeyId",
                        "aws.secretAccessKey",
                        "aws.sessionToken",
                        "aws.endpointUrl",
                        "aws.endpointUrlGlue",
                        "aws.endpointUrlS3")
                .forEach(System::clearProperty);
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label\ns1,A\n").createBucket("bucket");
    }

    @AfterEach
    void restore() {
        fake.close();
        System.setProperties(saved);
    }

    private static void assumeUnset(String... variables) {
        for (String variable : variables) {
            assumeTrue(
                    System.getenv(variable) == null,
                    variable + " is set in this environment and would decide the test");
        }
    }

    private ClientSettings.Builder toTheFake() {
        return ClientSettings.builder().glueEndpoint(fake.glueEndpoint()).s3Endpoint(fake.s3Endpoint());
    }

    private static String start(AwsClients clients) {
        return LabelExporter.of(clients, ExportListener.NONE).start(ExportRequest.of("tfm-1", "s3://bucket/out"));
    }

    @Nested
    @DisplayName("the region")
    class Region {

        @Test
        @DisplayName("set explicitly wins over the profile's")
        void explicitWins() throws IOException {
            Files.writeString(config, "[profile labels]\nregion = eu-central-1\n");
            try (AwsClients clients = AwsClients.create(toTheFake()
                    .region("sa-east-1")
                    .credentials(Credentials.profile("labels"))
                    .build())) {
                assertThat(clients.region().id()).isEqualTo("sa-east-1");
                assertThat(clients.regionSource()).isEqualTo("set explicitly");
            }
        }

        @Test
        @DisplayName("comes from the named profile in the config file the SDK reads")
        void fromNamedProfile() throws IOException {
            Files.writeString(config, "[default]\nregion = ap-south-1\n[profile labels]\nregion = eu-central-1\n");
            try (AwsClients clients = AwsClients.create(
                    toTheFake().credentials(Credentials.profile("labels")).build())) {
                assertThat(clients.region().id()).isEqualTo("eu-central-1");
                assertThat(clients.regionSource()).isEqualTo("from profile 'labels'");
            }
        }

        @Test
        @DisplayName("comes from the SDK's region chain: the default profile")
        void fromDefaultProfile() throws IOException {
            assumeUnset("AWS_REGION", "AWS_PROFILE");
            Files.writeString(config, "[default]\nregion = ap-southeast-2\n");
            try (AwsClients clients = AwsClients.create(toTheFake().build())) {
                assertThat(clients.region().id()).isEqualTo("ap-southeast-2");
                assertThat(clients.regionSource()).isEqualTo("from the AWS SDK's region chain");
            }
        }

        @Test
        @DisplayName("comes from the SDK's region chain: the aws.region system property")
        void fromSystemProperty() {
            System.setProperty("aws.region", "ca-central-1");
            try (AwsClients clients = AwsClients.create(toTheFake().build())) {
                assertThat(clients.region().id()).isEqualTo("ca-central-1");
            }
        }

        @Test
        @DisplayName("missing everywhere fails, saying where it was looked for and how to set one")
        void missing() {
            assumeUnset("AWS_REGION", "AWS_PROFILE");
            assertThatThrownBy(() -> AwsClients.create(toTheFake().build()))
                    .isInstanceOf(MissingRegionException.class)
                    .hasMessageStartingWith("No AWS region is set")
                    .hasMessageContaining("glue-labels does not guess one")
                    .hasMessageContaining("AWS_REGION")
                    .hasMessageContaining("[default] in " + config)
                    .hasMessageContaining("region = eu-west-1");
        }

        @Test
        @DisplayName("missing in a named profile fails naming the profile and its file, though the default profile has "
                + "one")
        void missingInNamedProfile() throws IOException {
            assumeUnset("AWS_REGION");
            Files.writeString(config, "[default]\nregion = ap-south-1\n[profile labels]\noutput = json\n");
            assertThatThrownBy(() -> AwsClients.create(toTheFake()
                            .credentials(Credentials.profile("labels"))
                            .build()))
                    .isInstanceOf(MissingRegionException.class)
                    .hasMessageContaining("profile 'labels' has none")
                    .hasMessageContaining("[profile labels] in " + config);
        }
    }

    @Nested
    @DisplayName("the credentials")
    class CredentialsSources {

        @Test
        @DisplayName("of a named profile in the credentials file reach the account they belong to")
        void fromProfile() throws IOException {
            Files.writeString(
                    credentials,
                    "[labels]\naws_access_key_id = " + fake.accessKeyId() + "\naws_secret_access_key = "
                            + fake.secretAccessKey() + "\n");
            try (AwsClients clients = AwsClients.create(toTheFake()
                    .region("us-east-1")
                    .credentials(Credentials.profile("labels"))
                    .build())) {
                String run = start(clients);
                assertThat(fake.taskRun(run)).isPresent();
            }
        }

        @Test
        @DisplayName("missing everywhere fail before anything is sent, listing the sources the SDK tried")
        void missing() throws IOException {
            assumeUnset(
                    "AWS_ACCESS_KEY_ID",
                    "AWS_SECRET_ACCESS_KEY",
                    "AWS_SESSION_TOKEN",
                    "AWS_WEB_IDENTITY_TOKEN_FILE",
                    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                    "AWS_PROFILE");
            Files.writeString(config, """
                    [profile someone-else]
                    aws_access_key_id = AKIDELSEWHERE
                    aws_secret_access_key = CANARY-SECRET-of-another-profile
                    """);
            try (AwsClients clients =
                    AwsClients.create(toTheFake().region("us-east-1").build())) {
                assertThatThrownBy(() -> start(clients))
                        .isInstanceOfSatisfying(AwsCallException.class, e -> {
                            assertThat(e.operation()).isEqualTo("StartExportLabelsTaskRun");
                            assertThat(Secrets.everyMessageOf(e)).doesNotContain("CANARY-SECRET");
                        })
                        .hasMessageStartingWith("No AWS credentials found for StartExportLabelsTaskRun.")
                        .hasMessageContaining("system properties aws.accessKeyId/aws.secretAccessKey")
                        .hasMessageContaining("environment AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY")
                        .hasMessageContaining("web identity token")
                        .hasMessageContaining("the profile 'default' in " + credentials + " and " + config)
                        .hasMessageContaining("container credentials")
                        .hasMessageContaining("EC2 instance profile");
            }
            assertThat(fake.journal().entries()).isEmpty();
        }

        @Test
        @DisplayName("of a named profile that does not exist fail naming the profile and the files")
        void missingProfile() {
            try (AwsClients clients = AwsClients.create(toTheFake()
                    .region("us-east-1")
                    .credentials(Credentials.profile("nope"))
                    .build())) {
                assertThatThrownBy(() -> start(clients))
                        .isInstanceOf(AwsCallException.class)
                        .hasMessageContaining("profile 'nope'")
                        .hasMessageContaining(credentials.toString())
                        .hasMessageContaining(config.toString());
            }
        }
    }

    @Nested
    @DisplayName("the endpoints")
    class Endpoints {

        @Test
        @DisplayName("an override is where calls go")
        void override() {
            try (AwsClients clients = Fakes.clients(fake)) {
                assertThat(clients.glueEndpoint()).isEqualTo(fake.glueEndpoint());
                assertThat(clients.s3Endpoint()).hasValue(fake.s3Endpoint());
                start(clients);
            }
            assertThat(fake.journal().count("StartExportLabelsTaskRun")).isEqualTo(1);
        }

        @Test
        @DisplayName("without an override, the SDK's own aws.endpointUrlGlue is honoured and reported")
        void serviceSpecificProperty() {
            System.setProperty("aws.endpointUrlGlue", fake.glueEndpoint().toString());
            try (AwsClients clients =
                    AwsClients.create(Fakes.settings(fake).glueEndpoint(null).build())) {
                assertThat(clients.glueEndpoint()).isEqualTo(fake.glueEndpoint());
                start(clients);
            }
            assertThat(fake.journal().count("StartExportLabelsTaskRun")).isEqualTo(1);
        }

        @Test
        @DisplayName("without any, the region's public endpoint is reported")
        void publicEndpoint() {
            assumeUnset("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_GLUE", "AWS_ENDPOINT_URL_S3");
            try (AwsClients clients = AwsClients.create(
                    ClientSettings.builder().region("eu-west-1").build())) {
                assertThat(clients.glueEndpoint()).hasToString("https://glue.eu-west-1.amazonaws.com");
                assertThat(clients.s3Endpoint()).isEmpty();
                assertThat(clients.describe())
                        .isEqualTo(
                                "region eu-west-1 (set explicitly), Glue endpoint "
                                        + "https://glue.eu-west-1.amazonaws.com, credentials: the AWS SDK's default credentials chain");
            }
        }
    }

    @Test
    @DisplayName("describe() names region, endpoints and the credentials' source, never the secret")
    void describe() {
        try (AwsClients clients = AwsClients.create(Fakes.settings(fake)
                .credentials(Credentials.of("AKIDEXAMPLE", Secrets.CANARY_SECRET, Secrets.CANARY_TOKEN))
                .build())) {
            assertThat(clients.describe())
                    .isEqualTo("region us-east-1 (set explicitly), Glue endpoint "
                            + fake.glueEndpoint() + ", S3 endpoint " + fake.s3Endpoint()
                            + ", credentials: static credentials with access key AKIDEXAMPLE and a session token");
        }
    }
}
