package io.github.gluelabels.bench;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Suite 4: a large export, start to labels on disk, in one JVM (run it with {@code -Xmx256m}): the fake (in this JVM)
 * seeded with a generated labeling file, then {@link LabelExporter} exports, waits and downloads it. Prints one JSON
 * line: labels, bytes, seconds for export + download and for the download alone, MB/s, and the peak heap used during
 * the export (after the seeding). Usage: {@code LargeExport <labels> <labels.csv> <downloadDir>}.
 */
public final class LargeExport {

  private LargeExport() {}

  public static void main(String[] args) throws Exception {
    long labels = Long.parseLong(args[0]);
    Path csv = LabelsGenerator.generate(labels, Path.of(args[1]));
    Path downloadTo = Path.of(args[2]);
    deleteTree(downloadTo);
    try (FakeGlue fake = FakeGlue.start(FakeGlueServer.builder().rowsPerPart(10_000))) {
      fake.seedLabels("tfm-large", csv).createBucket("bench");
      ClientSettings settings = ClientSettings.builder().region(fake.region())
          .credentials(Credentials.of(fake.accessKeyId(), fake.secretAccessKey()))
          .glueEndpoint(fake.glueEndpoint()).s3Endpoint(fake.s3Endpoint()).build();
      try (AwsClients clients = AwsClients.create(settings)) {
        LabelExporter exporter = LabelExporter.of(clients, ExportListener.NONE);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long begin = System.nanoTime();
        ExportResult result = exporter.export(ExportRequest.of("tfm-large", "s3://bench/labels/"),
            ExportOptions.defaults().waiting(WaitOptions.defaults().withPollInterval(Duration.ofMillis(100)))
                .downloadingTo(downloadTo));
        double seconds = (System.nanoTime() - begin) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = result.download().bytes();
        double downloadSeconds = result.download().duration().toNanos() / 1e9;
        if (result.summary().orElseThrow().rows() != labels) {
          throw new AssertionError("downloaded " + result.summary().orElseThrow().rows() + " labels of " + labels);
        }
        System.out.printf("{\"labels\":%d,\"bytes\":%d,\"files\":%d,\"seconds\":%.3f,\"downloadSeconds\":%.3f,"
                + "\"mbPerSecond\":%.1f,\"peakHeapMb\":%.1f,\"maxHeapMb\":%.0f}%n", labels, bytes,
            result.download().files().size(), seconds, downloadSeconds, bytes / 1e6 / seconds, peakHeap / 1e6,
            Runtime.getRuntime().maxMemory() / 1e6);
      }
    }
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
