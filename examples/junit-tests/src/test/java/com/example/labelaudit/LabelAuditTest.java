package com.example.labelaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunFailedException;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.JournalEntry;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service against the fake Glue + S3 of the JUnit extension: each test gets its own account, seeded with
 * {@code src/test/resources/labels/customers.csv}, and a {@link LabelExporter} over clients that reach only it.
 */
@FakeGlueTest
@SeedLabels(transformId = LabelAuditTest.TRANSFORM, csv = "labels/customers.csv", bucket = "label-exports")
@DisplayName("Auditing a transform's labels")
class LabelAuditTest {

  static final String TRANSFORM = "tfm-customers";
  static final String OUTPUT = "s3://label-exports/audit/";

  /** Short polls, so that paced runs end quickly; the service's defaults are for real Glue. */
  static final WaitOptions QUICK = WaitOptions.defaults().withPollInterval(Duration.ofMillis(50))
      .withTimeout(Duration.ofSeconds(30));

  @TempDir
  Path folder;

  @Test
  @DisplayName("exports, downloads and reports every finding")
  void reportsFindings(LabelExporter exporter) {
    AuditReport report = new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder);

    assertThat(report.status()).isEqualTo("SUCCEEDED");
    assertThat(report.taskRunId()).startsWith("tsk-");
    assertThat(report.files()).hasSize(1).allSatisfy(f -> assertThat(f).startsWith(folder));
    Findings findings = report.findings();
    assertThat(findings.labels()).isEqualTo(13);
    assertThat(findings.labelingSets()).isEqualTo(5);
    assertThat(findings.singleLabelSets()).containsExactly("ls-02");
    assertThat(findings.allDifferentSets()).containsExactly("ls-03");
    String file = report.files().get(0).getFileName().toString();
    assertThat(findings.duplicateRows()).extracting(Findings.DuplicateRow::describe).containsExactly(
        "ls-04: " + file + ":11 repeats " + file + ":9 (labels A and B: conflicting)",
        "ls-05: " + file + ":13 repeats " + file + ":12 (same label A)");
    assertThat(report.describe()).contains("Consistent: no (4 problems)");
  }

  @Test
  @DisplayName("downloads the labels byte for byte: UTF-8 names and quoted commas intact")
  void downloadsExactBytes(LabelExporter exporter, FakeGlue fake) throws Exception {
    AuditReport report = new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder);

    assertThat(Files.readAllBytes(report.files().get(0))).isEqualTo(fake.labels(TRANSFORM).orElseThrow());
    assertThat(Files.readString(report.files().get(0))).contains("\"O'Brien, Siobhán\"", "李小龍");
  }

  @Test
  @SeedLabels(transformId = "tfm-clean", csv = "labels/clean.csv")
  @DisplayName("finds nothing in consistent labels (a seed on the method adds a transform for this test)")
  void consistentLabels(LabelExporter exporter) {
    AuditReport report = new LabelAudit(exporter, QUICK).audit("tfm-clean", OUTPUT, folder);

    assertThat(report.findings().consistent()).isTrue();
    assertThat(report.describe()).contains("5 labels in 2 labeling sets", "Consistent: yes");
  }

  @Test
  @DisplayName("waits while the task run is STARTING and RUNNING")
  void waitsForTheRun(LabelExporter exporter, FakeGlue fake) {
    fake.pacing(Pacing.afterReads(3));

    AuditReport report = new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder);

    assertThat(report.status()).isEqualTo("SUCCEEDED");
    assertThat(fake.journal().entries()).extracting(JournalEntry::operation)
        .containsSubsequence("StartExportLabelsTaskRun", "GetMLTaskRun", "GetMLTaskRun", "GetMLTaskRun",
            "ListObjectsV2", "GetObject");
  }

  @Test
  @DisplayName("an unknown transform: Glue's EntityNotFoundException, explained with the transform and region")
  void unknownTransform(LabelExporter exporter) {
    assertThatThrownBy(() -> new LabelAudit(exporter, QUICK).audit("tfm-missing", OUTPUT, folder))
        .isInstanceOf(AwsCallException.class)
        .hasMessageContaining("Glue cannot find transform tfm-missing in region us-east-1")
        .satisfies(e -> assertThat(((AwsCallException) e).errorCode()).isEqualTo("EntityNotFoundException"));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  @DisplayName("an invalid output path is refused before anything is sent")
  void invalidRequest(LabelExporter exporter, FakeGlue fake) {
    assertThatThrownBy(() -> new LabelAudit(exporter, QUICK).audit(TRANSFORM, "https://label-exports/audit", folder))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("nothing was sent")
        .hasMessageContaining("OutputS3Path");
    assertThat(fake.journal().entries()).isEmpty();
  }

  @Test
  @DisplayName("a FAILED task run: Glue's ErrorString, and nothing downloaded")
  void failedTaskRun(LabelExporter exporter, FakeGlue fake) {
    fake.outcome(Outcome.fail("Exception in User Class: java.lang.OutOfMemoryError"));

    assertThatThrownBy(() -> new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder))
        .isInstanceOf(TaskRunFailedException.class)
        .hasMessageContaining("ended FAILED: Exception in User Class: java.lang.OutOfMemoryError")
        .satisfies(e -> assertThat(((TaskRunFailedException) e).state().status()).isEqualTo("FAILED"));
    assertThat(folder).isEmptyDirectory();
  }

  @Nested
  @DisplayName("when the service throttles")
  class Throttled {

    @Test
    @DisplayName("a few throttled calls are retried, and the audit succeeds")
    void retried(LabelExporter exporter, FakeGlue fake) {
      fake.faults().inject("StartExportLabelsTaskRun", 2, Fault.throttling())
          .inject("GetObject", 1, Fault.throttling());

      AuditReport report = new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder);

      assertThat(report.findings().labels()).isEqualTo(13);
      assertThat(fake.journal().entries()).filteredOn(e -> e.operation().equals("StartExportLabelsTaskRun"))
          .extracting(JournalEntry::status).containsExactly(400, 400, 200);
      assertThat(fake.journal().entries()).filteredOn(e -> e.operation().equals("GetObject"))
          .extracting(JournalEntry::status).containsExactly(503, 200);
    }

    @Test
    @DisplayName("throttling that does not pass fails after the SDK's three attempts, saying so")
    void givesUp(LabelExporter exporter, FakeGlue fake) {
      fake.faults().injectAlways("StartExportLabelsTaskRun", Fault.throttling());

      assertThatThrownBy(() -> new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder))
          .isInstanceOf(AwsCallException.class)
          .hasMessageContaining("Glue kept failing with ThrottlingException after 3 attempt(s): Rate exceeded.");
    }
  }

  @Nested
  @FakeGlueTest(rowsPerPart = 4)
  @DisplayName("a transform whose export comes in several part files")
  class SeveralParts {

    @Test
    @DisplayName("checks the labeling sets across the part files")
    void acrossParts(LabelExporter exporter) {
      AuditReport report = new LabelAudit(exporter, QUICK).audit(TRANSFORM, OUTPUT, folder);

      assertThat(report.files()).hasSize(4);
      assertThat(report.findings().labels()).isEqualTo(13);
      assertThat(report.findings().singleLabelSets()).containsExactly("ls-02");
      assertThat(report.findings().allDifferentSets()).containsExactly("ls-03");
      assertThat(report.findings().duplicateRows()).hasSize(2);
    }
  }
}
