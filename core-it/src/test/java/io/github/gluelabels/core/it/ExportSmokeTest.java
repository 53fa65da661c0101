package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.fake.FakeGlue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSmokeTest {

  @Test
  void exportsWaitsAndDownloadsFromTheFake(@TempDir Path dir) throws Exception {
    String labels = "labeling_set_id,label,name\ns1,A,x\ns1,B,\"y, z\"\n";
    try (FakeGlue fake = FakeGlue.start()) {
      fake.seedLabels("tfm-1", labels).createBucket("bucket");
      ClientSettings settings = ClientSettings.builder().region(fake.region())
          .credentials(Credentials.of(fake.accessKeyId(), fake.secretAccessKey()))
          .glueEndpoint(fake.glueEndpoint()).s3Endpoint(fake.s3Endpoint()).build();
      try (AwsClients clients = AwsClients.create(settings)) {
        ExportResult result = LabelExporter.of(clients, ExportListener.NONE).export(
            ExportRequest.of("tfm-1", "s3://bucket/out"), ExportOptions.defaults().downloadingTo(dir));
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.download().files()).hasSize(1);
        assertThat(Files.readString(result.download().files().get(0).file())).isEqualTo(labels);
        assertThat(result.summary()).get().satisfies(s -> {
          assertThat(s.rows()).isEqualTo(2);
          assertThat(s.labelingSets()).isEqualTo(1);
        });
      }
    }
  }
}
