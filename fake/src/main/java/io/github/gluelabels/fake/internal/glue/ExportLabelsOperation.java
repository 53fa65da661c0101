package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.Constraints;

/**
 * {@code StartExportLabelsTaskRun}: starts a run that writes the transform's labels, as they are now, under
 * {@code OutputS3Path} when it succeeds (see {@link ExportWriter}).
 */
final class ExportLabelsOperation implements Operation {

    private final GlueState state;

    ExportLabelsOperation(GlueState state) {
        this.state = state;
    }

    @Override
    public byte[] answer(JsonIn in) {
        String transformId = in.string("TransformId");
        String outputS3Path = in.string("OutputS3Path");
        Validation.check(
                Constraints.hashString("TransformId", transformId), Validation.required("OutputS3Path", outputS3Path));
        S3Uri output = S3Paths.parse("OutputS3Path", outputS3Path);
        LabelSet labels = state.transforms().existing(transformId).labels();
        if (labels == null || labels.rows() == 0) {
            throw GlueError.entityNotFound("No labelset exists for transformId " + transformId + " in account id "
                    + state.settings().accountId() + ".");
        }
        state.s3Paths().requireSameRegion(output);
        String runId = TaskRuns.newId();
        TaskRun run = state.runs()
                .start(
                        runId,
                        transformId,
                        TaskRunSpec.exportLabels(outputS3Path),
                        () -> ExportWriter.write(
                                labels,
                                state.s3(),
                                output,
                                transformId,
                                state.clock().instant()));
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }
}
