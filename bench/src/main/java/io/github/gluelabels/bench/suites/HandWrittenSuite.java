package io.github.gluelabels.bench.suites;

import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.StartExportLabelsTaskRunRequest;
import software.amazon.awssdk.services.glue.model.StartExportLabelsTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/**
 * Suite 2 (d): a hand-written {@link GlueClient} answering from memory: no wire, no Mockito. Not a harness anyone would
 * pick, but the floor of the measurement: what a JVM and the JUnit Platform cost before the first test is done.
 */
public class HandWrittenSuite {

    static final GlueClient GLUE = new GlueClient() {
        @Override
        public StartExportLabelsTaskRunResponse startExportLabelsTaskRun(StartExportLabelsTaskRunRequest request) {
            return StartExportLabelsTaskRunResponse.builder().taskRunId("tsk-1").build();
        }

        @Override
        public GetMlTaskRunResponse getMLTaskRun(GetMlTaskRunRequest request) {
            return GetMlTaskRunResponse.builder()
                    .status(TaskStatusType.SUCCEEDED)
                    .build();
        }

        @Override
        public String serviceName() {
            return "glue";
        }

        @Override
        public void close() {}
    };

    @RepeatedTest(200)
    void export() {
        Workload.exportAndWait(GLUE);
    }
}
