package io.github.gluelabels.bench.suites;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.junit5.FakeGlueTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.glue.GlueClient;

/** Suite 2 (a): glue-labels' extension, a fresh seeded account per test, a real export through the fake. */
@FakeGlueTest
public class ExtensionSuite {

    @RepeatedTest(200)
    void export(GlueClient glue, FakeGlue fake) {
        fake.seedLabels(Workload.TRANSFORM_ID, Workload.LABELS).createBucket("bench-bucket");
        Workload.exportAndWait(glue);
        if (fake.objects("bench-bucket", "labels/").size() != 1) {
            throw new AssertionError("the export wrote nothing");
        }
    }

    static byte[] labels() {
        return Workload.LABELS.getBytes(StandardCharsets.UTF_8);
    }
}
