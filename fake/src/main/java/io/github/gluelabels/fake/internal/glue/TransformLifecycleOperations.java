package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations that make, change and end transforms: {@code CreateMLTransform}, {@code UpdateMLTransform} and
 * {@code DeleteMLTransform}. A new transform needs no set-up: the fake keeps no Data Catalog, so its input tables are
 * taken as given (a departure: Glue refuses a table it cannot find); its schema comes with its first labels.
 */
final class TransformLifecycleOperations {

    private final GlueState state;

    TransformLifecycleOperations(GlueState state) {
        this.state = state;
    }

    /** {@code CreateMLTransform}: a new transform, {@code NOT_READY} until it has labels, with a new id. */
    byte[] create(JsonIn in) {
        TransformRequest request = TransformRequest.read(in);
        Validation.check(request.violations(true));
        Transform created = state.transforms().create(request.create());
        return new JsonOut().string("TransformId", created.id).bytes();
    }

    /** {@code UpdateMLTransform}: the members given replace the transform's; its labels stay. */
    byte[] update(JsonIn in) {
        String transformId = in.string("TransformId");
        TransformRequest request = TransformRequest.read(in);
        List<Violation> violations = new ArrayList<>(Constraints.hashString("TransformId", transformId));
        violations.addAll(request.violations(false));
        Validation.check(violations);
        Transform transform = state.transforms().existing(transformId);
        state.transforms().update(transform, request.update(transform.settings()));
        return new JsonOut().string("TransformId", transformId).bytes();
    }

    /**
     * {@code DeleteMLTransform}: the transform, its labels and its task runs are gone; a run that had not ended stops
     * without writing anything.
     */
    byte[] delete(JsonIn in) {
        String transformId = in.string("TransformId");
        Validation.check(Constraints.hashString("TransformId", transformId));
        state.transforms().delete(transformId);
        state.runs().forget(transformId);
        return new JsonOut().string("TransformId", transformId).bytes();
    }
}
