package com.example.labelaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.EvaluationMetrics;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.junit5.FakeBucket;
import io.github.gluelabels.junit5.FakeGlueTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The team's labeling round, end to end against the fake: the round creates the transform itself, so the test gives
 * the new transform the records of its input table ({@code FakeGlue.seedRecords}) and chooses what the evaluation
 * finds ({@code FakeGlue.evaluationMetrics}).
 */
@FakeGlueTest
@FakeBucket("matching")
@DisplayName("A labeling round: create, generate, label, import, evaluate, export, compare")
class LabelingRoundTest {

  static final Path CUSTOMERS = Path.of("src/test/resources/records/customers.csv");

  /** Same name (ignoring case) is the same customer: the labeler a person would be. */
  static final LabelingRound.Labeler BY_NAME = (set, record) -> record.get("name").toLowerCase();

  @Test
  @DisplayName("labels what Glue generated, imports and exports it unchanged, and reports the evaluation")
  void wholeRound(GlueClient glue, S3Client s3, FakeGlue fake) throws Exception {
    LabelingRound round = new LabelingRound(glue, s3, Duration.ofMillis(10));
    String transformId = round.createTransform("customers", "crm", "customers", "id", "GlueServiceRole");
    fake.seedRecords(transformId, CUSTOMERS)
        .evaluationMetrics(transformId, new EvaluationMetrics(9, 1, 40, 3, Map.of("name", 0.8)));

    LabelingRound.Result result = round.run(transformId, "matching", "round-1/", BY_NAME);

    assertThat(result.labeled()).isEqualTo(6);
    assertThat(result.exported()).isEqualTo(6);
    assertThat(result.exportMatchesImport()).isTrue();
    assertThat(result.precision()).isEqualTo(0.9);
    assertThat(result.recall()).isEqualTo(0.75);
    assertThat(fake.labelCount(transformId)).isEqualTo(6);
  }

  @Test
  @DisplayName("stops with the step that failed when Glue fails a task run")
  void failedImport(GlueClient glue, S3Client s3, FakeGlue fake) {
    LabelingRound round = new LabelingRound(glue, s3, Duration.ofMillis(10));
    String transformId = round.createTransform("customers", "crm", "customers", "id", "GlueServiceRole");
    fake.seedRecords(transformId, CUSTOMERS).outcome(transformId, Outcome.stopped());

    assertThatThrownBy(() -> round.run(transformId, "matching", "round-2/", BY_NAME))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("labeling set generation task run tsk-")
        .hasMessageEndingWith("ended STOPPED");
  }
}
