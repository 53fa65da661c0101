package io.github.gluelabels.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

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
            ClientSettings settings = ClientSettings.builder()
                    .region(fake.region())
                    .credentials(Credentials.of(fake.accessKeyId(), fake.secretAccessKey()))
                    .glueEndpoint(fake.glueEndpoint())
                    .s3Endpoint(fake.s3Endpoint())
                    .build();
            try (AwsClients clients = AwsClients.create(settings)) {
                LabelExporter exporter = LabelExporter.of(clients, ExportListener.NONE);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                AfterGc afterGc = AfterGc.watch();
                long begin = System.nanoTime();
                ExportResult result = exporter.export(
                        ExportRequest.of("tfm-large", "s3://bench/labels/"),
                        ExportOptions.defaults()
                                .waiting(WaitOptions.defaults().withPollInterval(Duration.ofMillis(100)))
                                .downloadingTo(downloadTo));
                double seconds = (System.nanoTime() - begin) / 1e9;
                long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum();
                afterGc.stop();
                long bytes = result.download().bytes();
                double downloadSeconds = result.download().duration().toNanos() / 1e9;
                if (result.summary().rows() != labels) {
                    throw new AssertionError("downloaded " + result.summary().rows() + " labels of " + labels);
                }
                System.out.printf(
                        "{\"labels\":%d,\"bytes\":%d,\"files\":%d,\"seconds\":%.3f,\"downloadSeconds\":%.3f,"
                                + "\"mbPerSecond\":%.1f,\"peakHeapMb\":%.1f,\"maxHeapAfterGcMb\":%.1f,\"collections\":%d,"
                                + "\"maxHeapMb\":%.0f}%n",
                        labels,
                        bytes,
                        result.download().files().size(),
                        seconds,
                        downloadSeconds,
                        bytes / 1e6 / seconds,
                        peakHeap / 1e6,
                        afterGc.max() / 1e6,
                        afterGc.collections(),
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

    /**
     * The heap in use right after each garbage collection, the most of it while watched: what was still reachable then
     * (plus old garbage a young collection does not reclaim), unlike the peak use, which counts all garbage not yet
     * collected.
     */
    static final class AfterGc implements NotificationListener {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static AfterGc watch() {
            AfterGc watcher = new AfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(watcher, null, null);
            }
            return watcher;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                long used = info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                max.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        }

        void stop() throws Exception {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            }
        }

        long max() {
            return max.get();
        }

        long collections() {
            return collections.get();
        }
    }
}
