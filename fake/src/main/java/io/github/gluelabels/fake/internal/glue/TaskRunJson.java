package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.TaskRunInfo;

/** A task run as {@code GetMLTaskRun} and {@code GetMLTaskRuns} send it, with the properties of its task type. */
final class TaskRunJson {

    static final String LOG_GROUP = "/aws-glue/ml-transforms";

    private TaskRunJson() {}

    /** Writes the run's members into the object {@code out} is in. */
    static void write(JsonOut out, TaskRunInfo run) {
        out.string("TransformId", run.transformId())
                .string("TaskRunId", run.taskRunId())
                .string("Status", run.status())
                .string("LogGroupName", LOG_GROUP)
                .startObject("Properties")
                .string("TaskType", run.taskType());
        if (run.taskType().equals("EXPORT_LABELS")) {
            out.startObject("ExportLabelsTaskRunProperties")
                    .string("OutputS3Path", run.s3Path())
                    .endObject();
        } else {
            out.startObject("ImportLabelsTaskRunProperties")
                    .string("InputS3Path", run.s3Path())
                    .bool("Replace", run.replaceAllLabels())
                    .endObject();
        }
        out.endObject()
                .string("ErrorString", run.errorString())
                .timestamp("StartedOn", run.startedOn())
                .timestamp("LastModifiedOn", run.lastModifiedOn())
                .timestamp("CompletedOn", run.completedOn())
                .number("ExecutionTime", run.executionTime());
    }
}
