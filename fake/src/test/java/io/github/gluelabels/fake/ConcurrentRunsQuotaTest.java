package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;

/** Glue's quota of concurrent task runs per transform, on by default and set by a server option. */
@DisplayName("ConcurrentRunsExceededException at the quota of concurrent task runs per transform")
class ConcurrentRunsQuotaTest {

    static final String LABELS = "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n";

    @Test
    void theFourthRunningRunOfATransformIsRefusedByDefaultAndAnEndedOneMakesRoom() {
        try (FakeGlue fake = FakeGlue.start();
                GlueClient glue = Clients.glue(fake)) {
            fake.seedLabels("tfm-1", LABELS).seedLabels("tfm-2", LABELS).pacing(Pacing.manual());
            List<String> running = new ArrayList<>();
            for (int i = 0; i < FakeDefaults.MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM; i++) {
                running.add(glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1"))
                        .taskRunId());
            }

            assertThatThrownBy(() -> glue.startMLLabelingSetGenerationTaskRun(
                            r -> r.transformId("tfm-1").outputS3Path("s3://bucket/p")))
                    .isInstanceOfSatisfying(ConcurrentRunsExceededException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("tfm-1", "3");
                    });
            assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")))
                    .isInstanceOf(ConcurrentRunsExceededException.class);
            assertThat(fake.taskRuns()).hasSize(3);

            // another transform has its own quota; an ended run makes room
            assertThat(glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-2"))
                            .taskRunId())
                    .isNotBlank();
            fake.finish(running.get(0));
            assertThat(glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1"))
                            .taskRunId())
                    .isNotBlank();
        }
    }

    @Test
    void theQuotaIsAServerOption() {
        try (FakeGlue fake = FakeGlue.start(FakeGlueServer.builder().maxConcurrentTaskRunsPerTransform(1));
                GlueClient glue = Clients.glue(fake)) {
            fake.seedLabels("tfm-1", LABELS).pacing(Pacing.manual());
            glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1"));

            assertThatThrownBy(() -> glue.startMLEvaluationTaskRun(r -> r.transformId("tfm-1")))
                    .isInstanceOf(ConcurrentRunsExceededException.class);
        }
    }

    @Test
    void aQuotaBelowOneIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> FakeGlueServer.builder().maxConcurrentTaskRunsPerTransform(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConcurrentTaskRunsPerTransform must be at least 1, was 0");
    }
}
