package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.EvaluationMetrics;
import io.github.gluelabels.fake.FakeGlue;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.s3.S3Client;

@DisplayName("The labeling loop in @FakeGlueTest: records seeded by @SeedRecords, metrics chosen through FakeGlue")
class LabelingLoopSeedsTest {

    @Test
    @DisplayName("@SeedRecords gives the transform the records a labeling set generation draws from")
    void seedRecordsFeedsLabelingSetGeneration() {
        assertAllPassed(TestKit.run(RecordsSeeded.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedRecords(transformId = "tfm-people", csv = "/records/people.csv", bucket = "sets")
    static class RecordsSeeded {
        @Test
        void generationDrawsFromTheSeededRecords(GlueClient glue, S3Client s3) {
            String runId = glue.startMLLabelingSetGenerationTaskRun(
                            r -> r.transformId("tfm-people").outputS3Path("s3://sets/out"))
                    .taskRunId();

            String set = s3.getObjectAsBytes(r -> r.bucket("sets").key("out/labeling-set-" + runId + ".csv"))
                    .asUtf8String();
            assertThat(set.lines().findFirst()).contains("labeling_set_id,label,name,city");
            assertThat(set).contains(",,ann,Oslo").contains(",,rob,Rome");
        }

        @Test
        void theTransformHasNoLabelsYet(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-people")).isZero();
        }
    }

    @Test
    @DisplayName("metrics a test chooses through the injected FakeGlue are what its evaluation finds")
    void metricsChosenThroughFakeGlue() {
        assertAllPassed(TestKit.run(MetricsChosen.class), 1);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv")
    static class MetricsChosen {
        @Test
        void evaluationFindsThem(FakeGlue fake, GlueClient glue) {
            fake.evaluationMetrics("tfm-people", new EvaluationMetrics(9, 1, 90, 3, Map.of("name", 0.5)));

            String runId = glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-people"))
                    .taskRunId();
            glue.getMLTaskRun(r -> r.transformId("tfm-people").taskRunId(runId));

            FindMatchesMetrics metrics = glue.getMLTransform(r -> r.transformId("tfm-people"))
                    .evaluationMetrics()
                    .findMatchesMetrics();
            assertThat(metrics.precision()).isEqualTo(0.9);
            assertThat(metrics.confusionMatrix().numFalseNegatives()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("records that are not a CSV of records fail the test naming the annotation and the record")
    void malformedRecordsFailNamingTheAnnotation() {
        EngineExecutionResults results = TestKit.run(RaggedRecords.class);

        assertThat(TestKit.failures(results))
                .singleElement()
                .asString()
                .contains("@SeedRecords(transformId = \"tfm-x\", csv = \"records/ragged.csv\")")
                .contains("classpath:records/ragged.csv");
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedRecords(transformId = "tfm-x", csv = "records/ragged.csv")
    static class RaggedRecords {
        @Test
        void seeded() {}
    }

    @Test
    @DisplayName("a missing records file fails the class naming the annotation")
    void missingRecordsFailTheClass() {
        EngineExecutionResults results = TestKit.run(MissingRecords.class);

        assertThat(TestKit.failures(results))
                .singleElement()
                .asString()
                .contains("@SeedRecords(transformId = \"tfm-x\", csv = \"records/none.csv\")")
                .contains("there is no class path resource \"records/none.csv\"");
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedRecords(transformId = "tfm-x", csv = "records/none.csv")
    static class MissingRecords {
        @Test
        void seeded() {}
    }
}
