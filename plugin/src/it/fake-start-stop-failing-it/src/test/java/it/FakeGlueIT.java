package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;

class FakeGlueIT {

  @Test
  void exportsTheSeededLabelsThroughTheSdk() {
    try (GlueClient glue = GlueClient.builder()
        .endpointOverride(URI.create(System.getProperty("glue.endpoint")))
        .region(Region.of(System.getProperty("glue.region")))
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build()) {
      String taskRunId = glue.startExportLabelsTaskRun(r -> r.transformId("tfm-it")
          .outputS3Path("s3://it-bucket/labels/")).taskRunId();
      GetMlTaskRunResponse run = glue.getMLTaskRun(r -> r.transformId("tfm-it").taskRunId(taskRunId));
      assertEquals("FAILED", run.statusAsString(), "this test fails on purpose");
      System.out.println("IT exported task run " + taskRunId + " from " + System.getProperty("glue.endpoint"));
    }
  }
}
