package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** The words for a call that got no answer from AWS, from the SDK's own exceptions (no mock). */
@DisplayName("ClientProblems: a call that got no answer, in words a person can act on")
class ClientProblemsTest {

    private static final String GLUE = "Glue at http://localhost:4599";

    private static String explain(SdkException e) {
        return new ClientProblems(Duration.ofSeconds(30)).explain("GetMLTaskRun", GLUE, e, 2);
    }

    /** As the SDK builds it after two attempts: its message then ends in its own attempt count. */
    private static SdkClientException client(String message, Throwable cause) {
        return SdkClientException.builder()
                .message(message)
                .cause(cause)
                .numAttempts(2)
                .build();
    }

    @Nested
    @DisplayName("no credentials")
    class NoCredentials {

        /** The SDK's words when its default chain finds nothing (SDK 2.57, nothing set). */
        private static final String CHAIN = "Unable to load credentials from any of the providers in the chain"
                + " AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(),"
                + " EnvironmentVariableCredentialsProvider(), WebIdentityTokenFileCredentialsProvider(),"
                + " ProfileCredentialsProvider(profileName=default), ContainerCredentialsProvider(),"
                + " InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load"
                + " credentials from system settings. Access key must be specified either via environment variable"
                + " (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., InstanceProfileCredentialsProvider():"
                + " Failed to load credentials from IMDS.]";

        private static final String HOW = ". Set credentials with a profile (aws configure / aws sso login), the"
                + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, or a Maven settings.xml server.";

        private final Map<String, String> saved = new HashMap<>();
        private Path credentialsFile;
        private Path configFile;

        @BeforeEach
        void profileFilesOfTheirOwn(@TempDir Path home) {
            credentialsFile = home.resolve("credentials");
            configFile = home.resolve("config");
            set("aws.profile", "labels");
            set("aws.sharedCredentialsFile", credentialsFile.toString());
            set("aws.configFile", configFile.toString());
        }

        private void set(String property, String value) {
            saved.put(property, System.getProperty(property));
            System.setProperty(property, value);
        }

        @AfterEach
        void restore() {
            saved.forEach((property, value) -> {
                if (value == null) {
                    System.clearProperty(property);
                } else {
                    System.setProperty(property, value);
                }
            });
        }

        @Test
        @DisplayName("names every provider the default chain tried, in order, and where the profile was looked for")
        void defaultChain() {
            assertThat(explain(SdkClientException.create(CHAIN)))
                    .isEqualTo("No AWS credentials found for GetMLTaskRun. The AWS SDK tried, in order: system"
                            + " properties aws.accessKeyId/aws.secretAccessKey, environment"
                            + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity token"
                            + " (AWS_WEB_IDENTITY_TOKEN_FILE), the profile 'labels' in " + credentialsFile + " and "
                            + configFile + ", container credentials (ECS/EKS), the EC2 instance profile" + HOW);
        }

        @Test
        @DisplayName("names only the providers the chain had, comma-separated")
        void someProviders() {
            String twoOfThem = "Unable to load credentials from any of the providers in the chain"
                    + " AwsCredentialsProviderChain(credentialsProviders=[EnvironmentVariableCredentialsProvider(),"
                    + " ContainerCredentialsProvider()]) : [...]";
            assertThat(explain(SdkClientException.create(twoOfThem)))
                    .isEqualTo("No AWS credentials found for GetMLTaskRun. The AWS SDK tried, in order: environment"
                            + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, container credentials (ECS/EKS)" + HOW);
        }

        @Test
        @DisplayName("repeats the first line of the SDK's words when they name no provider it knows")
        void unknownProviders() {
            String custom = "Unable to load credentials from any of the providers in the chain MyChain\n"
                    + "  MyProvider: nothing there";
            assertThat(explain(SdkClientException.create(custom)))
                    .isEqualTo("No AWS credentials found for GetMLTaskRun. The AWS SDK tried, in order: Unable to load"
                            + " credentials from any of the providers in the chain MyChain" + HOW);
        }

        @Test
        @DisplayName("a profile without credentials: its name, the files read, and how to set it up")
        void emptyProfile() {
            SdkException e =
                    catchSdk(() -> ProfileCredentialsProvider.create("nosuch").resolveCredentials());
            assertThat(e).hasMessageStartingWith("Profile file contained no credentials for profile 'nosuch'");

            assertThat(explain(e))
                    .isEqualTo("No AWS credentials for GetMLTaskRun in profile 'nosuch': " + credentialsFile + " and "
                            + configFile + " have no such profile, or it has no keys, role or SSO settings. Check the"
                            + " profile name ('aws configure list-profiles' lists them), or set it up with 'aws"
                            + " configure --profile nosuch' or 'aws configure sso --profile nosuch'.");
        }

        @Test
        @DisplayName("a profile the SDK does not name is '?'")
        void unnamedProfile() {
            assertThat(explain(SdkClientException.create("Profile file contained no credentials")))
                    .startsWith("No AWS credentials for GetMLTaskRun in profile '?': ")
                    .endsWith("or set it up with 'aws configure --profile ?' or 'aws configure sso --profile ?'.");
        }

        private SdkException catchSdk(Runnable call) {
            try {
                call.run();
            } catch (SdkException e) {
                return e;
            }
            throw new AssertionError("the SDK found credentials");
        }
    }

    @Nested
    @DisplayName("no connection")
    class NoConnection {

        @Test
        @DisplayName("a connect timeout")
        void connectTimeout() {
            assertThat(explain(client(
                            "Unable to execute HTTP request: Connect to localhost:4599 failed: connect timed out",
                            new SocketTimeoutException("connect timed out"))))
                    .isEqualTo("Cannot reach Glue at http://localhost:4599: no connection was made within the connect"
                            + " timeout (2 attempt(s)): Unable to execute HTTP request: Connect to localhost:4599"
                            + " failed: connect timed out. Check the endpoint and the network (offline? a firewall or"
                            + " VPN in the way?).");
        }

        @Test
        @DisplayName("a host name that does not resolve")
        void unknownHost() {
            assertThat(explain(client(
                            "Unable to execute HTTP request: glue.nowhere.invalid",
                            new UnknownHostException("glue.nowhere.invalid"))))
                    .isEqualTo("Cannot reach Glue at http://localhost:4599: the host name does not resolve"
                            + " (glue.nowhere.invalid) (2 attempt(s)). Check the endpoint and the region, or the"
                            + " network (offline?).");
        }

        @Test
        @DisplayName("a refused connection")
        void refused() {
            assertThat(explain(client(
                            "Unable to execute HTTP request: Connection refused",
                            new ConnectException("Connection refused"))))
                    .isEqualTo("Cannot reach Glue at http://localhost:4599: the connection was refused (Connection"
                            + " refused) (2 attempt(s)). Is the endpoint right, and is the service (or fake)"
                            + " running?");
        }
    }

    @Nested
    @DisplayName("no answer in time")
    class NoAnswerInTime {

        private static final String ADVICE = ". Check the network, or raise the read timeout.";

        @Test
        @DisplayName("the SDK's timeout of an attempt")
        void attemptTimeout() {
            assertThat(explain(ApiCallAttemptTimeoutException.create(1000)))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun within the read timeout of"
                            + " 30 s (2 attempt(s)): HTTP request execution did not complete before the specified"
                            + " timeout configuration: 1000 millis" + ADVICE);
        }

        @Test
        @DisplayName("the SDK's timeout of a whole call")
        void callTimeout() {
            assertThat(explain(ApiCallTimeoutException.create(1000)))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun within the read timeout of"
                            + " 30 s (2 attempt(s)): Client execution did not complete before the specified timeout"
                            + " configuration: 1000 millis" + ADVICE);
        }

        @Test
        @DisplayName("a socket timeout at the root, whatever the message says")
        void socketTimeout() {
            assertThat(explain(client("Unable to execute HTTP request: no answer", new SocketTimeoutException())))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun within the read timeout of"
                            + " 30 s (2 attempt(s)): Unable to execute HTTP request: no answer" + ADVICE);
        }

        @Test
        @DisplayName("a message that says it timed out, in any case")
        void saysTimedOut() {
            assertThat(explain(client("Unable to execute HTTP request: Read timed out", null)))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun within the read timeout of"
                            + " 30 s (2 attempt(s)): Unable to execute HTTP request: Read timed out" + ADVICE);
            assertThat(explain(client("Request TIMED OUT", null)))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun within the read timeout of"
                            + " 30 s (2 attempt(s)): Request TIMED OUT" + ADVICE);
        }

        @Test
        @DisplayName("'in time' when the read timeout is not known")
        void unknownReadTimeout() {
            assertThat(new ClientProblems(null).explain("GetMLTaskRun", GLUE, client("Read timed out", null), 1))
                    .isEqualTo("Glue at http://localhost:4599 did not answer GetMLTaskRun in time (1 attempt(s)): Read"
                            + " timed out" + ADVICE);
        }
    }

    @Nested
    @DisplayName("a connection lost")
    class ConnectionLost {

        private String lost(String sdkSaid) {
            return "The connection to Glue at http://localhost:4599 was lost during GetMLTaskRun (2 attempt(s)): "
                    + sdkSaid + ". This is usually passing (a network or proxy hiccup); try again.";
        }

        @Test
        @DisplayName("a socket failure at the root")
        void socketFailure() {
            assertThat(explain(
                            client("Unable to execute HTTP request: Broken pipe", new SocketException("Broken pipe"))))
                    .isEqualTo(lost("Unable to execute HTTP request: Broken pipe"));
        }

        @Test
        @DisplayName("the words Apache HttpClient uses when the server went away")
        void saidByTheHttpClient() {
            assertThat(explain(client("Unable to execute HTTP request: localhost:4599 failed to respond", null)))
                    .isEqualTo(lost("Unable to execute HTTP request: localhost:4599 failed to respond"));
            assertThat(explain(client("Premature end of Content-Length delimited message body", null)))
                    .isEqualTo(lost("Premature end of Content-Length delimited message body"));
            assertThat(explain(client("Unable to execute HTTP request: Connection reset", null)))
                    .isEqualTo(lost("Unable to execute HTTP request: Connection reset"));
        }
    }

    @Nested
    @DisplayName("anything else")
    class AnythingElse {

        @Test
        @DisplayName("says the call failed before an answer, with the SDK's first line and without its attempt count")
        void sdkWords() {
            assertThat(explain(client("Unable to marshall request\n\tdetails on a second line", null)))
                    .isEqualTo("GetMLTaskRun failed before Glue at http://localhost:4599 answered (2 attempt(s)):"
                            + " Unable to marshall request");
            assertThat(explain(client("Unable to marshall request", null)))
                    .isEqualTo("GetMLTaskRun failed before Glue at http://localhost:4599 answered (2 attempt(s)):"
                            + " Unable to marshall request");
        }

        @Test
        @DisplayName("names the exception's class when the SDK gave no message")
        void noMessage() {
            SdkClientException silent = SdkClientException.builder().build();
            assertThat(silent.getMessage()).isNull();

            assertThat(explain(silent))
                    .isEqualTo("GetMLTaskRun failed before Glue at http://localhost:4599 answered (2 attempt(s)):"
                            + " SdkClientException");
        }

        @Test
        @DisplayName("a message whose first line is empty adds nothing")
        void emptyFirstLine() {
            assertThat(explain(SdkClientException.create("\nonly a second line")))
                    .isEqualTo("GetMLTaskRun failed before Glue at http://localhost:4599 answered (2 attempt(s)): ");
        }
    }
}
