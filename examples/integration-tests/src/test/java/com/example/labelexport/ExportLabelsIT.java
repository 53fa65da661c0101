package com.example.labelexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged job, {@code java -jar target/label-export.jar}, as a separate process against the fake Glue + S3
 * that {@code glue-labels:fake-start} started before this phase: the job reaches it through the same environment
 * variables a person would set ({@code AWS_ENDPOINT_URL}, {@code AWS_REGION}, the fake's access key). Failsafe passes
 * the fake's endpoint, region and key as system properties (see the pom).
 */
@DisplayName("The label-export job, run as a process against the fake of fake-start")
class ExportLabelsIT {

  private static final String ENDPOINT = required("fake.endpoint");
  private static final String REGION = required("fake.region");
  private static final String ACCESS_KEY_ID = required("fake.accessKeyId");
  private static final String SECRET_ACCESS_KEY = required("fake.secretAccessKey");
  private static final Path JAR = Path.of(required("app.jar"));
  private static final Path SEEDED_LABELS = Path.of("src/test/resources/labels/customers.csv");

  @TempDir
  Path folder;

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + property + " is not set: run these tests with "
          + "`mvn verify`, which starts the fake and passes it (see the failsafe configuration in pom.xml)");
    }
    return value;
  }

  /** How a run of the job ended. */
  private record Run(int exitCode, String stdout, String stderr) {}

  /** The environment of a shell pointed at the fake; {@code changes} adds to it, a {@code null} value removes. */
  private Run job(Map<String, String> changes, String... args) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_ENDPOINT_URL", ENDPOINT);
    env.put("AWS_REGION", REGION);
    env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
    env.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
    // nothing of this machine's AWS set-up may leak in: no profile, no config file, no instance metadata
    env.put("AWS_CONFIG_FILE", folder.resolve("no-aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", folder.resolve("no-aws-credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.putAll(changes);

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
    env.forEach((name, value) -> {
      if (value != null) {
        builder.environment().put(name, value);
      }
    });
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the job did not end within 60 s: " + command);
    }
    return new Run(process.exitValue(), Files.readString(folder.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("exports, prints the task run, its status, where the labels landed and their summary")
  void exports() throws Exception {
    Path labels = folder.resolve("labels");

    Run run = job(Map.of(), "tfm-customers", "s3://label-exports/it/exports/", labels.toString());

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).containsPattern("TaskRunId tsk-[0-9a-f]{32}")
        .contains("Status SUCCEEDED",
            "Labels exported to s3://label-exports/it/exports/",
            "Labels downloaded to " + labels + " (1 file(s), ",
            "Summary: 8 labels in 4 labeling sets (4 sets: 1 label 2, 2 labels 2); columns: labeling_set_id, label, "
                + "customer_id, name, address, city, email");
    try (Stream<Path> files = Files.list(labels)) {
      // one file per export, named as Glue names them: <TransformId>_labels_<time>_<uuid>.csv
      Path part = files.filter(f -> f.getFileName().toString().startsWith("tfm-customers_labels_"))
          .findFirst().orElseThrow();
      assertThat(part).hasSameBinaryContentAs(SEEDED_LABELS);
    }
  }

  @Test
  @DisplayName("an unknown transform: exit status 1, and Glue's error explained on standard error")
  void unknownTransform() throws Exception {
    Run run = job(Map.of(), "tfm-missing", "s3://label-exports/it/missing/", folder.resolve("l").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("label-export: Glue cannot find transform tfm-missing in region " + REGION)
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("no region anywhere: exit status 1, saying where a region can be set")
  void noRegion() throws Exception {
    Map<String, String> changes = new HashMap<>();
    changes.put("AWS_REGION", null);

    Run run = job(changes, "tfm-customers", "s3://label-exports/it/no-region/", folder.resolve("l").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("label-export: No AWS region is set")
        .contains("set the AWS_REGION environment variable");
  }

  @Test
  @DisplayName("nothing listening at the endpoint: exit status 1, asking whether the fake is running")
  void nothingListening() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    Run run = job(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:" + closedPort),
        "tfm-customers", "s3://label-exports/it/closed/", folder.resolve("l").toString());

    // the first call of an export that downloads lists the output path, to leave earlier exports' objects aside
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("Cannot reach S3 for s3://label-exports/it/closed/",
        "http://127.0.0.1:" + closedPort, "the connection was refused", "is the service (or fake) running?");
  }

  @Test
  @DisplayName("an invalid output path: exit status 1 before anything is sent")
  void invalidPath() throws Exception {
    Run run = job(Map.of(), "tfm-customers", "label-exports/it", folder.resolve("l").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("label-export: Invalid request, nothing was sent (1 problem):")
        .contains("OutputS3Path");
  }
}
