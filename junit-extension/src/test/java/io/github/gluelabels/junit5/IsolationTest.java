package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.Pacing;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

@DisplayName("Isolation: no test sees another's labels, task runs, faults or journal, in turn or in parallel")
class IsolationTest {

    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    static final Set<Object> SERVERS = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void forget() {
        RUNNING.set(0);
        MOST_AT_ONCE.set(0);
        SHARED_RUNNING.set(0);
        SHARED_MOST_AT_ONCE.set(0);
        SERVERS.clear();
    }

    @Test
    void aTestStartsFromASeededAccountWhateverTheTestBeforeItDid() {
        assertAllPassed(TestKit.run(InTurn.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/people.csv", bucket = "exports")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InTurn {
        @Test
        @Order(1)
        void messesUp(FakeGlue fake, GlueClient glue) {
            fake.seedLabels("tfm-1", "labeling_set_id,label\ns,A\n").createBucket("leftover");
            fake.pacing(Pacing.manual());
            glue.startExportLabelsTaskRun(r -> r.transformId("tfm-1").outputS3Path("s3://exports/out"));
            fake.faults().injectAlways("GetMLTransform", Fault.internalServiceError());
        }

        @Test
        @Order(2)
        void seesNoneOfIt(FakeGlue fake, GlueClient glue) {
            assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
            assertThat(fake.buckets()).containsExactly("exports");
            assertThat(fake.taskRuns()).isEmpty();
            assertThat(fake.journal().entries()).isEmpty();
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                    .isEqualTo(3);
        }
    }

    @Test
    void fiftyTestsInParallelEachExportOnlyTheirOwnLabels() {
        EngineExecutionResults results = TestKit.runInParallel(8, InParallel.class, AlsoInParallel.class);

        assertAllPassed(results, 50 + 10 + 10 + 1);
        assertThat(MOST_AT_ONCE.get()).as("tests that ran at once").isGreaterThan(1);
        assertThat(SERVERS)
                .as("one server for InParallel and its @Nested class, one for AlsoInParallel")
                .hasSize(2);
    }

    @Test
    @EnabledIf("io.github.gluelabels.junit5.JupiterSupport#annotationsProvideLocks")
    void aClassSharingOneAccountRunsItsTestsOneAfterAnotherBesideOtherClasses() {
        EngineExecutionResults results = TestKit.runInParallel(8, SharedInParallel.class, AlsoInParallel.class);

        assertAllPassed(results, 10 + 10 + 1);
        assertThat(SHARED_MOST_AT_ONCE.get())
                .as("tests of the shared account at once")
                .isEqualTo(1);
        assertThat(MOST_AT_ONCE.get())
                .as("tests that ran at once, in both classes")
                .isGreaterThan(1);
    }

    @Test
    @DisabledIf("io.github.gluelabels.junit5.JupiterSupport#annotationsProvideLocks")
    void onJUnit511AClassSharingOneAccountInParallelMustRunItsTestsInOneThread() {
        EngineExecutionResults results = TestKit.runInParallel(8, SharedInParallel.class);

        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(
                        "The FakeGlueExtension of class " + SharedInParallel.class.getName() + " shares one account "
                                + "among its tests (resetPerTest = false), but tests run in parallel and nothing makes this class run its "
                                + "tests one after another: they would change the account under each other. Add "
                                + "@Execution(ExecutionMode.SAME_THREAD) to the class; on JUnit 5.11 @FakeGlueTest cannot do it for you "
                                + "(JUnit 5.12 and newer can).");
        assertAllPassed(TestKit.runInParallel(8, SharedInOneThread.class), 10);
    }

    @TestKitFixture
    @FakeGlueTest(resetPerTest = false)
    @Execution(ExecutionMode.SAME_THREAD)
    static class SharedInOneThread {
        @RepeatedTest(10)
        void seesTheSharedAccount(FakeGlue fake) {
            fake.createBucket("shared-" + fake.buckets().size());
        }
    }

    static final AtomicInteger SHARED_RUNNING = new AtomicInteger();
    static final AtomicInteger SHARED_MOST_AT_ONCE = new AtomicInteger();

    @TestKitFixture
    @FakeGlueTest(resetPerTest = false)
    static class SharedInParallel {
        @RepeatedTest(10)
        void countsItsRuns(FakeGlue fake) throws InterruptedException {
            int now = SHARED_RUNNING.incrementAndGet();
            SHARED_MOST_AT_ONCE.accumulateAndGet(now, Math::max);
            MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            try {
                fake.createTransform("tfm-shared");
                Thread.sleep(20);
            } finally {
                RUNNING.decrementAndGet();
                SHARED_RUNNING.decrementAndGet();
            }
        }
    }

    /** Each repetition seeds labels that name it, exports them, and must read back exactly those. */
    static void exportOwnLabels(int n, FakeGlue fake, GlueClient glue, S3Client s3) throws Exception {
        int now = RUNNING.incrementAndGet();
        MOST_AT_ONCE.accumulateAndGet(now, Math::max);
        try {
            SERVERS.add(fake.server());
            String labels =
                    "labeling_set_id,label,owner\nset-" + n + ",A,test " + n + "\nset-" + n + ",B,test " + n + "\n";
            fake.seedLabels("tfm-shared-name", labels).createBucket("exports");
            if (n % 2 == 0) {
                // faults of the even tests must not reach the odd ones
                fake.faults().injectAlways("GetObject", Fault.error("AccessDenied", 403, "even test " + n));
            }
            fake.pacing(Pacing.afterReads(2));
            String runId = glue.startExportLabelsTaskRun(
                            r -> r.transformId("tfm-shared-name").outputS3Path("s3://exports/labels"))
                    .taskRunId();
            TaskStatusType status;
            do {
                Thread.sleep(5);
                status = glue.getMLTaskRun(r -> r.transformId("tfm-shared-name").taskRunId(runId))
                        .status();
            } while (status != TaskStatusType.SUCCEEDED);

            assertThat(fake.taskRuns())
                    .singleElement()
                    .satisfies(run -> assertThat(run.taskRunId()).isEqualTo(runId));
            assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-shared-name")).taskRuns())
                    .hasSize(1);
            var objects =
                    s3.listObjectsV2(r -> r.bucket("exports").prefix("labels/")).contents();
            assertThat(objects)
                    .singleElement()
                    .extracting(S3Object::key)
                    .asString()
                    // Glue names an export after its transform and time, not its run: whose it is, the content says
                    .startsWith("labels/tfm-shared-name_labels_");
            if (n % 2 == 0) {
                assertThatThrownBy(() -> s3.getObjectAsBytes(
                                r -> r.bucket("exports").key(objects.get(0).key())))
                        .hasMessageContaining("even test " + n);
            } else {
                ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(
                        r -> r.bucket("exports").key(objects.get(0).key()));
                assertThat(bytes.asString(StandardCharsets.UTF_8)).isEqualTo(labels);
            }
            assertThat(fake.journal().entries())
                    .allSatisfy(e -> assertThat(e.input()).doesNotContain("test " + (n + 1)));
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    @TestKitFixture
    @FakeGlueTest
    static class InParallel {
        @RepeatedTest(50)
        void exportsItsOwn(RepetitionInfo repetition, FakeGlue fake, GlueClient glue, S3Client s3) throws Exception {
            exportOwnLabels(repetition.getCurrentRepetition(), fake, glue, s3);
        }

        @Nested
        class Inner {
            @RepeatedTest(10)
            void exportsItsOwn(RepetitionInfo repetition, FakeGlue fake, GlueClient glue, S3Client s3)
                    throws Exception {
                exportOwnLabels(1000 + repetition.getCurrentRepetition(), fake, glue, s3);
            }
        }
    }

    @TestKitFixture
    @FakeGlueTest
    static class AlsoInParallel {
        @RepeatedTest(10)
        void exportsItsOwn(RepetitionInfo repetition, FakeGlue fake, GlueClient glue, S3Client s3) throws Exception {
            exportOwnLabels(2000 + repetition.getCurrentRepetition(), fake, glue, s3);
        }

        @Test
        void aFaultOfAnotherTestNeverShowsHere(GlueClient glue, FakeGlue fake) {
            fake.createTransform("tfm-x");
            for (int i = 0; i < 20; i++) {
                try {
                    glue.getMLTransform(r -> r.transformId("tfm-x"));
                } catch (GlueException e) {
                    throw new AssertionError("saw a fault meant for another test", e);
                }
            }
        }
    }
}
