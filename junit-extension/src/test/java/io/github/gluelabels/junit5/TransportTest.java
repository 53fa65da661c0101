package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;

// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
@DisplayName("Transport: in process by default, a port when something asks for one, HTTP when told")
class TransportTest {

    static final String LABELS = "labeling_set_id,label,name\ns1,A,Zoë\ns1,A,Zoe\n";

    /** The servers the fixtures' tests ran against, and whether each was in process when the test began. */
    static final List<FakeGlueServer> SERVERS = new CopyOnWriteArrayList<>();

    static final List<Boolean> IN_PROCESS_AT_START = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forget() {
        SERVERS.clear();
        IN_PROCESS_AT_START.clear();
    }

    @Test
    @DisplayName("by default the injected clients call the fake in process, and no port is opened for them")
    void inProcessByDefault() {
        assertAllPassed(TestKit.run(InProcessOnly.class), 2);

        assertThat(IN_PROCESS_AT_START).containsExactly(true, true);
        assertThat(SERVERS)
                .hasSize(2)
                .allSatisfy(server -> assertThat(server.isRunning()).isFalse());
        assertThat(SERVERS.get(0)).as("one server for the class").isSameAs(SERVERS.get(1));
    }

    @TestKitFixture
    @FakeGlueTest
    static class InProcessOnly {
        @Test
        void exports(GlueClient glue, S3Client s3, FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
            fake.seedLabels("tfm-1", LABELS).createBucket("out");
            assertThat(glue.serviceClientConfiguration().endpointOverride())
                    .hasValue(FakeGlueServer.IN_PROCESS_ENDPOINT);
            String run = glue.startExportLabelsTaskRun(
                            r -> r.transformId("tfm-1").outputS3Path("s3://out/labels"))
                    .taskRunId();
            assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(run))
                            .status())
                    .isEqualTo(TaskStatusType.SUCCEEDED);
            assertThat(s3.listObjectsV2(r -> r.bucket("out")).contents()).hasSize(1);
            assertThat(fake.server().isInProcess())
                    .as("the injected clients need no port")
                    .isTrue();
        }

        @Test
        void faultsAsOverASocket(GlueClient glue, FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
            fake.createTransform("tfm-1").faults().injectAlways("GetMLTransform", Fault.dropConnection());
            assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("dropped the connection");
            // the SDK retried, as it does after a reset connection: three attempts, all journaled
            assertThat(fake.journal().entries()).hasSize(3);
        }
    }

    @Test
    @DisplayName("asking for the endpoint opens the port: a client the test builds itself reaches the same account")
    void portOnDemand() {
        assertAllPassed(TestKit.run(OwnClient.class), 1);

        assertThat(IN_PROCESS_AT_START).containsExactly(true);
        assertThat(SERVERS.get(0).isRunning())
                .as("stopped after the class, port and all")
                .isFalse();
    }

    @TestKitFixture
    @FakeGlueTest
    static class OwnClient {
        @Test
        void ownClient(GlueClient injected, FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
            fake.seedLabels("tfm-1", LABELS).createBucket("out");
            String run = injected.startExportLabelsTaskRun(
                            r -> r.transformId("tfm-1").outputS3Path("s3://out/labels"))
                    .taskRunId();

            URI endpoint = fake.glueEndpoint();

            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(fake.server().isInProcess()).isFalse();
            try (GlueClient own = clientOf(fake, endpoint)) {
                assertThat(own.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(run))
                                .status())
                        .isEqualTo(TaskStatusType.SUCCEEDED);
            }
            // the injected client goes on in process
            assertThat(injected.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName("transport = HTTP: a port from the start, and the injected clients use it")
    void http() {
        assertAllPassed(TestKit.run(OverHttp.class, BuiltOverHttp.class), 2);

        assertThat(IN_PROCESS_AT_START).containsExactly(false, false);
    }

    @TestKitFixture
    @FakeGlueTest(transport = Transport.HTTP)
    static class OverHttp {
        @Test
        void overHttp(GlueClient glue, S3Client s3, FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
            assertThat(glue.serviceClientConfiguration().endpointOverride()).hasValue(fake.glueEndpoint());
            assertThat(s3.serviceClientConfiguration().endpointOverride()).hasValue(fake.s3Endpoint());
            fake.createTransform("tfm-1");
            assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-1")).taskRuns())
                    .isEmpty();
            assertThat(fake.journal().entries()).hasSize(1);
        }
    }

    @TestKitFixture
    static class BuiltOverHttp {
        @RegisterExtension
        static final FakeGlueExtension EXTENSION =
                FakeGlueExtension.builder().transport(Transport.HTTP).build();

        @Test
        void overHttp(GlueClient glue, FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
            assertThat(glue.serviceClientConfiguration().endpointOverride()).hasValue(fake.glueEndpoint());
            fake.createTransform("tfm-1");
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).transformId())
                    .isEqualTo("tfm-1");
        }
    }

    @Test
    @DisplayName("a @Nested class that asks for another transport gets a server of its own")
    void nestedOtherTransport() {
        assertAllPassed(TestKit.run(Outer.class), 2);

        assertThat(IN_PROCESS_AT_START).containsExactly(true, false);
        assertThat(SERVERS.get(0)).isNotSameAs(SERVERS.get(1));
    }

    @TestKitFixture
    @FakeGlueTest
    static class Outer {
        @Test
        void outer(FakeGlue fake) {
            SERVERS.add(fake.server());
            IN_PROCESS_AT_START.add(fake.server().isInProcess());
        }

        @Nested
        @FakeGlueTest(transport = Transport.HTTP)
        class Inner {
            @Test
            void inner(FakeGlue fake) {
                SERVERS.add(fake.server());
                IN_PROCESS_AT_START.add(fake.server().isInProcess());
            }
        }
    }

    private static GlueClient clientOf(FakeGlue fake, URI endpoint) {
        return GlueClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                .httpClient(ApacheHttpClient.create())
                .build();
    }
}
