package io.github.gluelabels.bench.suites;

import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunRequest;
import software.amazon.awssdk.services.glue.model.StartExportLabelsTaskRunRequest;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/**
 * The body every test of suite 2 runs, whatever its harness: start an export through a {@link GlueClient} and read
 * its status until it has ended. Request objects (not lambdas) so that a Mockito mock can answer them.
 */
public final class Workload {

    public static final String TRANSFORM_ID = "tfm-bench";
    public static final String OUTPUT = "s3://bench-bucket/labels";
    public static final String LABELS = "labeling_set_id,label,name\ns1,A,Zoë\ns1,A,Zoe\ns2,B,東京\n";
    /** The canned answers of the harnesses that have no Glue behind them: the WireMock stubs and the SDK floor. */
    public static final String RUN_ID = "tsk-0123456789abcdef0123456789abcdef";

    public static final String START_ANSWER = "{\"TaskRunId\":\"" + RUN_ID + "\"}";
    public static final String GET_ANSWER = "{\"TransformId\":\"" + TRANSFORM_ID + "\",\"TaskRunId\":\"" + RUN_ID
            + "\",\"Status\":\"SUCCEEDED\",\"StartedOn\":1764504000.125,\"CompletedOn\":1764504000.125}";

    private Workload() {}

    /**
     * @return the final status
     */
    public static TaskStatusType exportAndWait(GlueClient glue) {
        String runId = glue.startExportLabelsTaskRun(StartExportLabelsTaskRunRequest.builder()
                        .transformId(TRANSFORM_ID)
                        .outputS3Path(OUTPUT)
                        .build())
                .taskRunId();
        TaskStatusType status;
        do {
            status = glue.getMLTaskRun(GetMlTaskRunRequest.builder()
                            .transformId(TRANSFORM_ID)
                            .taskRunId(runId)
                            .build())
                    .status();
        } while (status == TaskStatusType.STARTING || status == TaskStatusType.RUNNING);
        if (status != TaskStatusType.SUCCEEDED) {
            throw new AssertionError("the export ended " + status);
        }
        return status;
    }
}
