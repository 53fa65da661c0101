package com.example.glue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunFailedException;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What every user project checks, over the transport its subclasses pick: the fake, the injected clients and the
 * exporter work on this project's classpath, with its JUnit, its AWS SDK and whatever else it brings.
 */
abstract class FakeGlueScenarios {

  static final String TRANSFORM = "tfm-people";

  @Test
  void exportsAndDownloadsTheSeededLabels(LabelExporter exporter, @TempDir Path folder) throws IOException {
    ExportResult result = exporter.export(ExportRequest.of(TRANSFORM, "s3://exports/run-1/"),
        ExportOptions.defaults().downloadingTo(folder));

    assertEquals("SUCCEEDED", result.status());
    assertEquals(6, result.summary().rows());
    assertEquals(3, result.summary().labelingSets());
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> csv = files.filter(p -> p.toString().endsWith(".csv")).toList();
      assertEquals(1, csv.size(), "downloaded files: " + csv);
      assertArrayEquals(resource("labels/people.csv"), Files.readAllBytes(csv.get(0)));
    }
  }

  @Test
  void theInjectedClientsReachTheFake(GlueClient glue, S3Client s3, FakeGlue fake) {
    assertEquals(6, glue.getMLTransform(r -> r.transformId(TRANSFORM)).labelCount());

    s3.putObject(r -> r.bucket("exports").key("notes/hello.txt"), RequestBody.fromString("héllo"));

    assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), fake.objectBytes("exports", "notes/hello.txt"));
  }

  @Test
  void aFailedRunIsExplainedInWords(LabelExporter exporter, FakeGlue fake) {
    fake.outcome(Outcome.fail("Out of capacity in the region"));

    TaskRunFailedException failure = assertThrows(TaskRunFailedException.class,
        () -> exporter.export(ExportRequest.of(TRANSFORM, "s3://exports/run-2/"), ExportOptions.defaults()));

    assertTrue(failure.getMessage().contains("ended FAILED: Out of capacity in the region"), failure.getMessage());
  }

  /** Code under test often builds its own client, with the SDK's default HTTP client: it reaches the same account. */
  @Test
  void aClientTheCodeBuildsItselfReachesTheSameAccount(FakeGlue fake) {
    try (GlueClient own = GlueClient.builder()
        .endpointOverride(fake.glueEndpoint())
        .region(Region.of(fake.region()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
        .build()) {
      assertEquals(6, own.getMLTransform(r -> r.transformId(TRANSFORM)).labelCount());
    }
  }

  /** The versions this project means to test with are the ones that ran (set by the project's POM). */
  @Test
  void runsOnTheProjectsVersions() {
    String sdk = System.getProperty("expected.aws-sdk.version", "");
    if (!sdk.isEmpty()) {
      assertEquals(sdk, VersionInfo.SDK_VERSION, "AWS SDK");
    }
    String jupiter = System.getProperty("expected.junit-jupiter.version", "");
    if (!jupiter.isEmpty()) {
      assertEquals(jupiter, Test.class.getPackage().getImplementationVersion(), "JUnit Jupiter");
    }
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = FakeGlueScenarios.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
