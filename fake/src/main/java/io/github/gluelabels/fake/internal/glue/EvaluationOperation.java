package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.EvaluationMetrics;

/**
 * {@code StartMLEvaluationTaskRun}: starts a run that estimates the transform's quality from its labels as they are
 * now and puts the numbers on the transform ({@code EvaluationMetrics} of {@code GetMLTransform}) when it succeeds.
 * Needs labels; counts towards the transform's quota of concurrent runs. A test may choose the metrics the runs find
 * ({@link Transform#chooseMetrics}); they are taken when the run starts.
 */
final class EvaluationOperation implements Operation {

    private final GlueState state;

    EvaluationOperation(GlueState state) {
        this.state = state;
    }

    @Override
    public byte[] answer(JsonIn in) {
        String transformId = in.string("TransformId");
        Validation.check(Constraints.hashString("TransformId", transformId));
        Transform transform = state.transforms().existing(transformId);
        LabelSet labels = transform.labels();
        if (labels == null || labels.rows() == 0) {
            throw new GlueError(
                    "MLTransformNotReadyException",
                    400,
                    "Transform " + transformId + " is not ready: it has no labels to estimate its quality from."
                            + " Import labels first.");
        }
        EvaluationMetrics chosen = transform.chosenMetrics();
        TaskRun run = state.runs()
                .startWithinQuota(
                        TaskRuns.newId(),
                        transformId,
                        TaskRunSpec.evaluation(),
                        () -> transform.evaluated(
                                chosen != null ? chosen : FindMatchesMetrics.of(labels),
                                state.clock().instant()));
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }
}
