package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;

/**
 * The calls to Glue about an export's or an import's task run: start an export (an import starts with
 * {@link ImportStart}), read a run's status, cancel it. What Glue or the SDK throws is
 * explained by the {@link ErrorTranslator}. Thread-safe.
 */
final class TaskRuns {

    private final GlueClient glue;
    private final ErrorTranslator errors;
    private final ExportListener listener;

    TaskRuns(GlueClient glue, ErrorTranslator errors, ExportListener listener) {
        this.glue = glue;
        this.errors = errors;
        this.listener = listener;
    }

    /** @return the new task run's id, which the listener has heard */
    String start(ExportRequest request) {
        String taskRunId;
        try {
            taskRunId = glue.startExportLabelsTaskRun(r -> r.transformId(request.transformId())
                            .outputS3Path(request.outputS3Path().toString()))
                    .taskRunId();
        } catch (SdkException e) {
            throw errors.glue("StartExportLabelsTaskRun", request.transformId(), null, e);
        }
        listener.started(request.transformId(), taskRunId);
        return taskRunId;
    }

    /** @return the run as Glue reports it now */
    TaskRunState status(String transformId, String taskRunId) {
        try {
            return read(transformId, taskRunId);
        } catch (SdkException e) {
            throw errors.glue("GetMLTaskRun", transformId, taskRunId, e);
        }
    }

    /**
     * Reads the run's status once, leaving what the SDK throws to the caller (a wait goes on after a passing failure).
     *
     * @return the run as Glue reports it now
     */
    TaskRunState read(String transformId, String taskRunId) {
        GetMlTaskRunResponse r =
                glue.getMLTaskRun(q -> q.transformId(transformId).taskRunId(taskRunId));
        return new TaskRunState(
                r.transformId(),
                r.taskRunId(),
                r.statusAsString(),
                r.errorString(),
                r.startedOn(),
                r.completedOn(),
                r.executionTime());
    }

    /** @return the status Glue answers ({@code STOPPING} for a run that was going) */
    String cancel(String transformId, String taskRunId) {
        try {
            return glue.cancelMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId))
                    .statusAsString();
        } catch (SdkException e) {
            throw errors.glue("CancelMLTaskRun", transformId, taskRunId, e);
        }
    }
}
