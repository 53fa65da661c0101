package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.TaskRunInfo;

/**
 * A task run as {@code GetMLTaskRun} and {@code GetMLTaskRuns} send it, with the properties of its task type: the
 * member of the model's {@code TaskRunProperties} that type has, if any.
 */
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
        switch (run.taskType()) {
            case TaskRunSpec.EXPORT_LABELS ->
                out.startObject("ExportLabelsTaskRunProperties")
                        .string("OutputS3Path", run.s3Path())
                        .endObject();
            case TaskRunSpec.IMPORT_LABELS ->
                out.startObject("ImportLabelsTaskRunProperties")
                        .string("InputS3Path", run.s3Path())
                        .bool("Replace", run.replaceAllLabels())
                        .endObject();
            case TaskRunSpec.LABELING_SET_GENERATION ->
                out.startObject("LabelingSetGenerationTaskRunProperties")
                        .string("OutputS3Path", run.s3Path())
                        .endObject();
            default -> {
                // EVALUATION: the model has no properties of this type, only its TaskType
            }
        }
        out.endObject()
                .string("ErrorString", run.errorString())
                .timestamp("StartedOn", run.startedOn())
                .timestamp("LastModifiedOn", run.lastModifiedOn())
                .timestamp("CompletedOn", run.completedOn())
                .number("ExecutionTime", run.executionTime());
    }
}
