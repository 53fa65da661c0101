package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.Constraints;

/**
 * {@code StartMLLabelingSetGenerationTaskRun}: starts a run that writes a labeling set, drawn from the transform's
 * input records as they are now, under {@code OutputS3Path} when it succeeds (see {@link LabelingSetWriter}). Counts
 * towards the transform's quota of concurrent runs.
 */
final class LabelingSetGenerationOperation implements Operation {

    private final GlueState state;

    LabelingSetGenerationOperation(GlueState state) {
        this.state = state;
    }

    @Override
    public byte[] answer(JsonIn in) {
        String transformId = in.string("TransformId");
        String outputS3Path = in.string("OutputS3Path");
        Validation.check(
                Constraints.hashString("TransformId", transformId), Validation.required("OutputS3Path", outputS3Path));
        S3Uri output = S3Paths.parse("OutputS3Path", outputS3Path);
        Transform transform = state.transforms().existing(transformId);
        state.s3Paths().requireSameRegion(output);
        InputRecords records = transform.inputRecords(LabelingSetWriter.MOST_RECORDS);
        String runId = TaskRuns.newId();
        TaskRun run = state.runs()
                .startWithinQuota(
                        runId,
                        transformId,
                        TaskRunSpec.labelingSetGeneration(outputS3Path),
                        () -> LabelingSetWriter.write(transformId, records, state.s3(), output, runId));
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }
}
