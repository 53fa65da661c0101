package com.example.labelaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run in parallel by {@code src/test/resources/junit-platform.properties}: many audits at once on one fake server,
 * each test on its own account. Every other test fails, every other succeeds after a slow run; none sees the others'
 * outcome, pacing or task runs.
 */
@FakeGlueTest
@SeedLabels(transformId = "tfm-customers", csv = "labels/customers.csv", bucket = "label-exports")
@DisplayName("Audits in parallel")
class ParallelAuditTest {

  @TempDir
  Path folder;

  @RepeatedTest(8)
  @DisplayName("each test sees only its own task run")
  void isolated(LabelExporter exporter, FakeGlue fake, RepetitionInfo repetition) {
    boolean failing = repetition.getCurrentRepetition() % 2 == 0;
    fake.pacing(Pacing.afterDuration(Duration.ofMillis(300)));
    if (failing) {
      fake.outcome(Outcome.fail("repetition " + repetition.getCurrentRepetition() + " fails"));
    }
    LabelAudit audit = new LabelAudit(exporter, LabelAuditTest.QUICK);

    if (failing) {
      assertThatThrownBy(() -> audit.audit("tfm-customers", "s3://label-exports/parallel/", folder))
          .hasMessageContaining("repetition " + repetition.getCurrentRepetition() + " fails");
    } else {
      assertThat(audit.audit("tfm-customers", "s3://label-exports/parallel/", folder).findings().labels())
          .isEqualTo(13);
    }
    assertThat(fake.taskRuns()).singleElement().extracting(TaskRunInfo::status)
        .isEqualTo(failing ? "FAILED" : "SUCCEEDED");
    assertThat(fake.objects("label-exports", "parallel/")).hasSize(failing ? 0 : 1);
  }
}
