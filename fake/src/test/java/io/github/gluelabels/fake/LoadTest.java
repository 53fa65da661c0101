package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

// 8,000 exports: about 12 s of a 2-core machine, left out of the default build (./mvnw -B verify -Pslow runs it)
@Tag("slow")
@DisplayName("Load: 8 threads x 1,000 exports against one fake")
class LoadTest {

    static final int THREADS = 8;
    static final int EXPORTS_PER_THREAD = 1_000;
    static final int JOURNAL = 500;

    @Test
    void everyExportSucceedsWithItsOwnTaskRunAndExactObjects() throws Exception {
        try (FakeGlue fake = FakeGlue.start(FakeGlueServer.builder().journalCapacity(JOURNAL))) {
            List<String> seeds = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String labels = "labeling_set_id,label,name\nset-" + t + ",A,\"Zoë, " + t + "\"\nset-" + t + ",B,東京 "
                        + t + "\n";
                seeds.add(labels);
                fake.seedLabels("tfm-" + t, labels);
            }
            fake.createBucket("load");
            Set<String> runIds = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> results = new ArrayList<>();
            try (SdkHttpClient http = Clients.http();
                    GlueClient glue = Clients.glue(fake, http)) {
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        int ok = 0;
                        for (int i = 0; i < EXPORTS_PER_THREAD; i++) {
                            String path = "s3://load/t" + thread + "/e" + i;
                            String runId = glue.startExportLabelsTaskRun(
                                            r -> r.transformId("tfm-" + thread).outputS3Path(path))
                                    .taskRunId();
                            runIds.add(runId);
                            TaskStatusType status = glue.getMLTaskRun(
                                            r -> r.transformId("tfm-" + thread).taskRunId(runId))
                                    .status();
                            List<S3ObjectInfo> parts = fake.objects("load", "t" + thread + "/e" + i + "/");
                            if (status == TaskStatusType.SUCCEEDED
                                    && parts.size() == 1
                                    && new String(
                                                    fake.objectBytes(
                                                            "load", parts.get(0).key()),
                                                    StandardCharsets.UTF_8)
                                            .equals(seeds.get(thread))) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                int succeeded = 0;
                for (Future<Integer> result : results) {
                    succeeded += result.get();
                }
                assertThat(succeeded).isEqualTo(THREADS * EXPORTS_PER_THREAD);
            } finally {
                pool.shutdownNow();
            }
            assertThat(runIds).hasSize(THREADS * EXPORTS_PER_THREAD);
            assertThat(fake.taskRuns())
                    .hasSize(THREADS * EXPORTS_PER_THREAD)
                    .allSatisfy(run -> assertThat(run.status()).isEqualTo("SUCCEEDED"));
            assertThat(fake.objects("load", "")).hasSize(THREADS * EXPORTS_PER_THREAD);
            assertThat(fake.journal().entries()).hasSize(JOURNAL);
            assertThat(fake.journal().dropped()).isEqualTo(2L * THREADS * EXPORTS_PER_THREAD - JOURNAL);
        }
    }
}
