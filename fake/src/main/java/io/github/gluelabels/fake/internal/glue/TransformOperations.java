package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;

/** The operations on transforms themselves: {@code GetMLTransform}. */
final class TransformOperations {

    private final GlueState state;

    TransformOperations(GlueState state) {
        this.state = state;
    }

    /** {@code GetMLTransform}: the transform, with its label count and the schema its labels' columns make. */
    byte[] get(JsonIn in) {
        String transformId = in.string("TransformId");
        Validation.check(Constraints.hashString("TransformId", transformId));
        Transform transform = state.transforms().existing(transformId);
        JsonOut out = new JsonOut();
        TransformJson.write(out, transform, state.settings().accountId());
        return out.bytes();
    }
}
