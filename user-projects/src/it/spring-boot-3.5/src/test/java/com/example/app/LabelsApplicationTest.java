package com.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Spring's test context and the fake in one test class: Spring injects the beans, glue-labels the exporter. */
@SpringBootTest
@FakeGlueTest
@SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "label-backups")
class LabelsApplicationTest {

  @Autowired
  LabelBackups backups;

  @Test
  void theContextStarts() {
    assertThat(backups.outputPathOf("tfm-people")).isEqualTo("s3://label-backups/tfm-people/");
  }

  @Test
  void theApplicationsPathTakesAnExport(LabelExporter exporter) {
    var result = exporter.export(ExportRequest.of("tfm-people", backups.outputPathOf("tfm-people")),
        ExportOptions.defaults());

    assertThat(result.status()).isEqualTo("SUCCEEDED");
  }
}
