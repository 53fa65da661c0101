package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeGlue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

@DisplayName("Fail closed: injected clients reach only the fake, and calls it does not understand fail the test")
class FailClosedTest {

    @Test
    void aGlueCallTheFakeDoesNotUnderstandFailsTheTestSayingWhatWasAsked() {
        EngineExecutionResults results = TestKit.run(UnknownGlueCall.class);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageStartingWith("The fake Glue did not understand 1 call made during test "
                                + UnknownGlueCall.class.getName()
                                + ".swallowsTheError(), and answered with an error (nothing reached "
                                + "AWS):\n  - Glue POST / X-Amz-Target AWSGlue.GetJobs, body \"{\\\"MaxResults\\\":7}\" → HTTP 400 "
                                + "UnknownOperationException\n")
                        .hasMessageEndingWith("set failOnUnknownRequests = false on @FakeGlueTest or the builder."));
    }

    @TestKitFixture
    @FakeGlueTest
    static class UnknownGlueCall {
        @Test
        void swallowsTheError(GlueClient glue) {
            try {
                glue.getJobs(r -> r.maxResults(7));
            } catch (GlueException e) {
                // code under test that swallows errors must not make the test pass
            }
        }
    }

    @Test
    void anS3CallTheFakeDoesNotSupportFailsTheTestSayingWhatWasAsked() {
        EngineExecutionResults results = TestKit.run(UnknownS3Call.class);

        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .hasMessageContaining("made during test " + UnknownS3Call.class.getName() + ".tagging()")
                        .hasMessageContaining("\n  - S3 GET /exports {acl=[]} → HTTP 501")
                        .hasMessageContaining("\n  - S3 PUT /exports/key {tagging=[]} → HTTP 501"));
    }

    @TestKitFixture
    @FakeGlueTest
    @FakeBucket("exports")
    static class UnknownS3Call {
        @Test
        void tagging(S3Client s3) {
            assertThatThrownBy(() -> s3.getBucketAcl(r -> r.bucket("exports"))).isInstanceOf(S3Exception.class);
            assertThatThrownBy(() -> s3.putObjectTagging(r -> r.bucket("exports")
                            .key("key")
                            .tagging(t ->
                                    t.tagSet(Tag.builder().key("k").value("v").build()))))
                    .isInstanceOf(S3Exception.class);
        }
    }

    @Test
    void aTestMayAllowCallsTheFakeDoesNotUnderstand() {
        assertAllPassed(TestKit.run(Allowed.class), 1);
    }

    @TestKitFixture
    @FakeGlueTest(failOnUnknownRequests = false)
    static class Allowed {
        @Test
        void expectsTheError(GlueClient glue) {
            assertThatThrownBy(() -> glue.getJobs(r -> r.maxResults(7)))
                    .hasMessageContaining("does not implement AWSGlue.GetJobs");
        }
    }

    @Test
    void injectedClientsIgnoreTheSdksSystemPropertiesAndCredentialChain() {
        Map<String, String> before = new HashMap<>();
        Map<String, String> hostile = Map.of(
                "aws.endpointUrl", "http://127.0.0.1:9",
                "aws.endpointUrlGlue", "http://127.0.0.1:9",
                "aws.endpointUrlS3", "http://127.0.0.1:9",
                "aws.region", "eu-north-1",
                "aws.accessKeyId", "AKIAREALLOOKINGKEY00",
                "aws.secretAccessKey", "real-looking-secret");
        hostile.keySet().forEach(name -> before.put(name, System.getProperty(name)));
        try {
            hostile.forEach(System::setProperty);
            assertAllPassed(TestKit.run(IgnoresTheEnvironment.class), 1);
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @TestKitFixture
    @FakeGlueTest
    static class IgnoresTheEnvironment {
        @Test
        void reachesTheFake(GlueClient glue, S3Client s3, FakeGlue fake) {
            AwsCredentialsIdentity identity = glue.serviceClientConfiguration()
                    .credentialsProvider()
                    .resolveIdentity()
                    .join();
            assertThat(identity.accessKeyId()).isEqualTo(fake.accessKeyId());
            assertThat(glue.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
            fake.createTransform("tfm-1");
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).transformId())
                    .isEqualTo("tfm-1");
            s3.createBucket(r -> r.bucket("reached"));
            assertThat(fake.buckets()).containsExactly("reached");
        }
    }
}
