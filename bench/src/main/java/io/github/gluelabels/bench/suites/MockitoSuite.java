package io.github.gluelabels.bench.suites;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.StartExportLabelsTaskRunRequest;
import software.amazon.awssdk.services.glue.model.StartExportLabelsTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/** Suite 2 (c): a Mockito mock of {@link GlueClient}: no wire at all, the lower bound. */
public class MockitoSuite {

    GlueClient glue;

    @BeforeEach
    void mockGlue() {
        glue = mock(GlueClient.class);
        when(glue.startExportLabelsTaskRun(any(StartExportLabelsTaskRunRequest.class)))
                .thenReturn(StartExportLabelsTaskRunResponse.builder()
                        .taskRunId("tsk-1")
                        .build());
        when(glue.getMLTaskRun(any(GetMlTaskRunRequest.class)))
                .thenReturn(GetMlTaskRunResponse.builder()
                        .status(TaskStatusType.SUCCEEDED)
                        .build());
    }

    @RepeatedTest(200)
    void export() {
        Workload.exportAndWait(glue);
    }
}
