package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import io.github.gluelabels.fake.FakeGlue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;

@DisplayName("Publishing the fake as the AWS SDK's system properties, for code that builds its own clients")
class SystemPropertiesTest {

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void remember() {
        PublishedProperties.NAMES.forEach(name -> before.put(name, System.getProperty(name)));
        PublishedProperties.NAMES.forEach(System::clearProperty);
    }

    @AfterEach
    void restore() {
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void theyAreSetDuringEachTestAndRestoredAfterIt() {
        System.setProperty("aws.region", "region-before");
        System.setProperty("aws.sessionToken", "token-before");

        assertAllPassed(TestKit.run(Publishing.class), 1);

        assertThat(System.getProperty("aws.region")).isEqualTo("region-before");
        assertThat(System.getProperty("aws.sessionToken")).isEqualTo("token-before");
        assertThat(System.getProperty("aws.endpointUrl")).isNull();
        assertThat(System.getProperty("aws.accessKeyId")).isNull();
    }

    @TestKitFixture
    @FakeGlueTest(publishSystemProperties = true, region = "eu-west-3")
    static class Publishing {
        @Test
        void published(FakeGlue fake) {
            assertThat(System.getProperty("aws.endpointUrl"))
                    .isEqualTo(fake.glueEndpoint().toString());
            assertThat(System.getProperty("aws.endpointUrlGlue"))
                    .isEqualTo(fake.glueEndpoint().toString());
            assertThat(System.getProperty("aws.endpointUrlS3"))
                    .isEqualTo(fake.s3Endpoint().toString());
            assertThat(System.getProperty("aws.region")).isEqualTo("eu-west-3");
            assertThat(System.getProperty("aws.accessKeyId")).isEqualTo(fake.accessKeyId());
            assertThat(System.getProperty("aws.secretAccessKey")).isEqualTo(fake.secretAccessKey());
            assertThat(System.getProperty("aws.sessionToken")).isNull();
        }
    }

    @Test
    void codeThatBuildsClientsWithTheSdkDefaultsReachesTheTestsAccount() {
        assertAllPassed(TestKit.run(CodeUnderTest.class), 1);
    }

    @TestKitFixture
    @FakeGlueTest(publishSystemProperties = true)
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "exports")
    static class CodeUnderTest {
        @Test
        void exportsWithItsOwnClients(FakeGlue fake) {
            try (GlueClient glue = GlueClient.create();
                    S3Client s3 = S3Client.create()) {
                String runId = glue.startExportLabelsTaskRun(
                                r -> r.transformId("tfm-people").outputS3Path("s3://exports/out"))
                        .taskRunId();
                assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-people").taskRunId(runId))
                                .status())
                        .isEqualTo(TaskStatusType.SUCCEEDED);
                String key = s3.listObjectsV2(r -> r.bucket("exports"))
                        .contents()
                        .get(0)
                        .key();
                assertThat(s3.getObjectAsBytes(r -> r.bucket("exports").key(key))
                                .asByteArray())
                        .isEqualTo(SeedingTest.resource("labels/people.csv"));
            }
            assertThat(fake.journal().count("StartExportLabelsTaskRun")).isEqualTo(1);
        }
    }

    @Test
    @EnabledIf("io.github.gluelabels.junit5.JupiterSupport#annotationsProvideLocks")
    void inParallelPublishingClassesRunApartFromEachOtherAndFromReaders() {
        EngineExecutionResults results = TestKit.runInParallel(8, PublishingA.class, PublishingB.class, Reader.class);

        assertAllPassed(results, 5 + 5 + 5);
    }

    @Test
    @DisabledIf("io.github.gluelabels.junit5.JupiterSupport#annotationsProvideLocks")
    void onJUnit511APublishingClassInParallelMustDeclareTheLockItself() {
        EngineExecutionResults results = TestKit.runInParallel(8, PublishingA.class);

        assertThat(TestKit.thrown(results))
                .hasSize(5)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageContaining("Add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class")
                        .hasMessageEndingWith(
                                "on JUnit 5.11 @FakeGlueTest cannot take it for you (JUnit 5.12 and newer can)."));
        assertThat(System.getProperty("aws.accessKeyId")).isNull();
    }

    /** Reads the published key twice, some time apart: another test publishing meanwhile would change it. */
    static void keepsItsOwnKey(FakeGlue fake) throws InterruptedException {
        assertThat(System.getProperty("aws.accessKeyId")).isEqualTo(fake.accessKeyId());
        Thread.sleep(10);
        assertThat(System.getProperty("aws.accessKeyId")).isEqualTo(fake.accessKeyId());
    }

    @TestKitFixture
    @FakeGlueTest(publishSystemProperties = true)
    static class PublishingA {
        @RepeatedTest(5)
        void keepsItsKey(FakeGlue fake) throws InterruptedException {
            keepsItsOwnKey(fake);
        }
    }

    /** The lock comes with the annotation when a superclass carries it, too. */
    @FakeGlueTest(publishSystemProperties = true)
    abstract static class PublishingBase {}

    @TestKitFixture
    static class PublishingB extends PublishingBase {
        @RepeatedTest(5)
        void keepsItsKey(FakeGlue fake) throws InterruptedException {
            keepsItsOwnKey(fake);
        }
    }

    @TestKitFixture
    @ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
    static class Reader {
        @RepeatedTest(5)
        void seesNoFake() throws InterruptedException {
            assertThat(System.getProperty("aws.accessKeyId")).isNull();
            Thread.sleep(5);
            assertThat(System.getProperty("aws.accessKeyId")).isNull();
        }
    }

    @Test
    void theBuilderRefusesToPublishInParallelWithoutTheLock() {
        EngineExecutionResults results = TestKit.runInParallel(2, BuiltWithoutLock.class);

        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("The FakeGlueExtension of test " + BuiltWithoutLock.class.getName()
                        + ".publishes() publishes the fake's endpoint and credentials as system properties")
                .hasMessageContaining("Add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class");
        assertThat(System.getProperty("aws.accessKeyId")).isNull();
    }

    @TestKitFixture
    static class BuiltWithoutLock {
        @RegisterExtension
        static FakeGlueExtension glue =
                FakeGlueExtension.builder().publishSystemProperties(true).build();

        @Test
        void publishes() {}
    }

    @Test
    void theBuilderPublishesInParallelWhenTheClassHoldsTheLock() {
        assertAllPassed(TestKit.runInParallel(2, BuiltWithLock.class), 2);
    }

    @TestKitFixture
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    static class BuiltWithLock {
        @RegisterExtension
        static FakeGlueExtension glue =
                FakeGlueExtension.builder().publishSystemProperties(true).build();

        @RepeatedTest(2)
        void publishes(FakeGlue fake) throws InterruptedException {
            keepsItsOwnKey(fake);
        }
    }

    @Test
    void withOneAccountPerClassTheyAreSetForBeforeAllToo() {
        assertAllPassed(TestKit.run(SharedAccount.class), 1);

        assertThat(System.getProperty("aws.accessKeyId")).isNull();
    }

    @TestKitFixture
    @FakeGlueTest(publishSystemProperties = true, resetPerTest = false)
    static class SharedAccount {
        static String keyInBeforeAll;

        @BeforeAll
        static void readKey() {
            keyInBeforeAll = System.getProperty("aws.accessKeyId");
        }

        @Test
        void sameKey(FakeGlue fake) {
            assertThat(keyInBeforeAll).isEqualTo(fake.accessKeyId());
            assertThat(System.getProperty("aws.accessKeyId")).isEqualTo(fake.accessKeyId());
        }
    }
}
