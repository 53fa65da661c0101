package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.ColumnImportance;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

@DisplayName("Evaluation metrics a test chooses, seen through the AWS SDK")
class ChosenEvaluationMetricsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount().seedLabels("tfm-1", LabelingLoopTest.TEN_LABELS);
        glue = Clients.glue(fake);
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private FindMatchesMetrics evaluate() {
        String runId =
                glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")).taskRunId();
        assertThat(glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId))
                        .status())
                .isEqualTo(TaskStatusType.SUCCEEDED);
        return glue.getMLTransform(r -> r.transformId("tfm-1"))
                .evaluationMetrics()
                .findMatchesMetrics();
    }

    @Test
    @DisplayName("the next evaluation finds the metrics chosen: the confusion matrix, ratios from it, the columns")
    void evaluationFindsTheChosenMetrics() {
        Map<String, Double> importances = new LinkedHashMap<>();
        importances.put("city", 0.75);
        importances.put("name", 0.25);
        fake.evaluationMetrics("tfm-1", new EvaluationMetrics(30, 10, 50, 10, importances));

        FindMatchesMetrics metrics = evaluate();

        assertThat(metrics.confusionMatrix().numTruePositives()).isEqualTo(30);
        assertThat(metrics.confusionMatrix().numFalsePositives()).isEqualTo(10);
        assertThat(metrics.confusionMatrix().numTrueNegatives()).isEqualTo(50);
        assertThat(metrics.confusionMatrix().numFalseNegatives()).isEqualTo(10);
        assertThat(metrics.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(metrics.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(metrics.f1()).isCloseTo(0.75, within(1e-9));
        assertThat(metrics.columnImportances())
                .extracting(ColumnImportance::columnName, ColumnImportance::importance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("city", 0.75),
                        org.assertj.core.groups.Tuple.tuple("name", 0.25));
    }

    @Test
    @DisplayName("a choice taken back (null) derives the metrics from the labels again")
    void nullDerivesFromTheLabelsAgain() {
        fake.evaluationMetrics("tfm-1", EvaluationMetrics.of(1, 2, 3, 4));
        assertThat(evaluate().confusionMatrix().numTruePositives()).isEqualTo(1);

        fake.evaluationMetrics("tfm-1", null);

        assertThat(evaluate().confusionMatrix().numTruePositives()).isEqualTo(18);
    }

    @Test
    @DisplayName("metrics breaking the model's rules are refused naming every member, the rule and the value")
    void invalidMetricsAreRefusedNamingEveryProblem() {
        assertThatThrownBy(() -> new EvaluationMetrics(-1, 0, 0, -2, Map.of("name", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truePositives must be 0 or more, was -1")
                .hasMessageContaining("falseNegatives must be 0 or more, was -2")
                .hasMessageContaining("the importance of column \"name\" must be from 0 to 1, was 1.5");
    }
}
