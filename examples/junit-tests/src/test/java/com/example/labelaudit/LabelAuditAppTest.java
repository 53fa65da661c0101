package com.example.labelaudit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line builds its own clients with the AWS SDK's defaults. {@code publishSystemProperties} points them at
 * the fake ({@code aws.endpointUrl}, {@code aws.region}, {@code aws.accessKeyId}, …) during each test; the class then
 * takes JUnit's system-properties lock, so its tests run one at a time while the others run in parallel.
 */
@FakeGlueTest(publishSystemProperties = true)
@SeedLabels(transformId = "tfm-customers", csv = "labels/customers.csv", bucket = "label-exports")
@DisplayName("The label-audit command line")
class LabelAuditAppTest {

  @TempDir
  Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return LabelAuditApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("prints the report and exits 1 when the labels are inconsistent")
  void report() {
    int status = run("tfm-customers", "s3://label-exports/cli/", folder.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(
        "Transform tfm-customers: export task run tsk-", " SUCCEEDED",
        "13 labels in 5 labeling sets",
        "Sets with a single label: 1 (ls-02)",
        "Sets where every row differs: 1 (ls-03)",
        "Duplicate rows: 2",
        "Consistent: no (4 problems)");
  }

  @Test
  @DisplayName("prints glue-labels' explanation, without a stack trace, and exits 3 when the audit fails")
  void failure() {
    int status = run("tfm-missing", "s3://label-exports/cli/", folder.toString());

    assertThat(status).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("label-audit: Glue cannot find transform tfm-missing in region us-east-1")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("exits 2 with the usage when the arguments are wrong")
  void usage() {
    assertThat(run("tfm-customers")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: label-audit");
  }
}
