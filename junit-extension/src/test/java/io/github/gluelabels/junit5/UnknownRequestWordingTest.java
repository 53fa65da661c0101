package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.JournalEntry;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

@DisplayName(
        "An unknown-request failure lists, word for word, exactly the test's own calls the fake did not understand")
class UnknownRequestWordingTest {

    private static final String ADVICE = "The fake implements Glue's StartExportLabelsTaskRun, "
            + "StartImportLabelsTaskRun, GetMLTaskRun, GetMLTaskRuns, CancelMLTaskRun and GetMLTransform, and S3's "
            + "common bucket and object calls (create, list, put, get, head, copy, delete, multipart upload). If the "
            + "code under test needs another call, the fake cannot stand in for AWS there; if the test means to make "
            + "it, set failOnUnknownRequests = false on @FakeGlueTest or the builder.";

    @Test
    void namesEachUnknownCallOnALineOfItsOwnAndNoneOfTheUnderstoodOnes() {
        EngineExecutionResults results = TestKit.run(MixedCalls.class);

        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(lines(e))
                        .containsExactly(
                                "The fake Glue did not understand 2 calls made during test "
                                        + MixedCalls.class.getName()
                                        + ".mixes(), and answered with an error (nothing reached AWS):",
                                "  - Glue POST / X-Amz-Target AWSGlue.GetJobs, body \"{\\\"MaxResults\\\":3}\" → HTTP 400 "
                                        + "UnknownOperationException",
                                "  - S3 GET /mixed {acl=[]} → HTTP 501 NotImplemented",
                                ADVICE));
    }

    @TestKitFixture
    @FakeGlueTest
    @FakeBucket("mixed")
    static class MixedCalls {
        @Test
        void mixes(GlueClient glue, S3Client s3) {
            // understood calls, answered with errors or not, are not the fake's failure to understand
            assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-absent")))
                    .isInstanceOf(GlueException.class);
            assertThat(s3.listObjectsV2(r -> r.bucket("mixed")).contents()).isEmpty();
            assertThatThrownBy(() -> glue.getJobs(r -> r.maxResults(3))).isInstanceOf(GlueException.class);
            assertThatThrownBy(() -> s3.getBucketAcl(r -> r.bucket("mixed"))).isInstanceOf(S3Exception.class);
        }
    }

    @Test
    void aTestOnAnAccountSharedByItsClassIsNotBlamedForTheCallsOfTheTestsBeforeIt() {
        EngineExecutionResults results = TestKit.run(OneAccountForTheClass.class);

        results.testEvents().assertStatistics(s -> s.started(2).failed(2));
        assertThat(TestKit.thrown(results))
                .extracting(e -> lines(e)[0] + "\n" + lines(e)[1])
                .containsExactly(
                        "The fake Glue did not understand 1 call made during test "
                                + OneAccountForTheClass.class.getName()
                                + ".first(), and answered with an error (nothing reached AWS):\n"
                                + "  - Glue POST / X-Amz-Target AWSGlue.GetJobs, body \"{\\\"MaxResults\\\":1}\" "
                                + "→ HTTP 400 UnknownOperationException",
                        "The fake Glue did not understand 1 call made during test "
                                + OneAccountForTheClass.class.getName()
                                + ".second(), and answered with an error (nothing reached AWS):\n"
                                + "  - Glue POST / X-Amz-Target AWSGlue.GetJobs, body \"{\\\"MaxResults\\\":2}\" "
                                + "→ HTTP 400 UnknownOperationException");
    }

    @TestKitFixture
    @FakeGlueTest(resetPerTest = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OneAccountForTheClass {
        @Test
        @Order(1)
        void first(GlueClient glue) {
            assertThatThrownBy(() -> glue.getJobs(r -> r.maxResults(1))).isInstanceOf(GlueException.class);
        }

        @Test
        @Order(2)
        void second(GlueClient glue) {
            assertThatThrownBy(() -> glue.getJobs(r -> r.maxResults(2))).isInstanceOf(GlueException.class);
        }
    }

    private static JournalEntry call(String service, String operation, String input, int status, String errorCode) {
        return new JournalEntry(Instant.EPOCH, "req-1", service, operation, input, status, errorCode);
    }

    @Test
    void aGlueCallIsDescribedByItsTargetAndBodyEvenWhereEitherIsMissing() {
        assertThat(UnknownRequests.describe(call(
                        "glue", "UnknownOperation", "X-Amz-Target: AWSGlue.GetJobs", 400, "UnknownOperationException")))
                .isEqualTo("Glue POST / X-Amz-Target AWSGlue.GetJobs, body \"\" → HTTP 400 UnknownOperationException");
        assertThat(UnknownRequests.describe(call("glue", "UnknownOperation", "{\"a\":1}", 400, null)))
                .isEqualTo("Glue POST /, body \"{\\\"a\\\":1}\" → HTTP 400");
        assertThat(UnknownRequests.describe(call("s3", "Unsupported", "GET /b?acl", 0, null)))
                .isEqualTo("S3 GET /b?acl → HTTP 0");
    }

    @Test
    void onlyEachServicesOwnNameForAnUnknownCallCounts() {
        assertThat(UnknownRequests.isUnknown(call("glue", "UnknownOperation", "", 400, "x")))
                .isTrue();
        assertThat(UnknownRequests.isUnknown(call("s3", "Unsupported", "", 501, "x")))
                .isTrue();
        assertThat(UnknownRequests.isUnknown(call("s3", "UnknownOperation", "", 400, "x")))
                .isFalse();
        assertThat(UnknownRequests.isUnknown(call("glue", "Unsupported", "", 400, "x")))
                .isFalse();
        assertThat(UnknownRequests.isUnknown(call("glue", "GetMLTransform", "", 400, "x")))
                .isFalse();
        assertThat(UnknownRequests.isUnknown(call("s3", "GetObject", "", 404, "x")))
                .isFalse();
    }

    private static String[] lines(Throwable e) {
        return e.getMessage().split("\n", -1);
    }
}
