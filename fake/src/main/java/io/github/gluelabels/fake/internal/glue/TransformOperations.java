package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations that look transforms up: {@code GetMLTransform}, {@code GetMLTransforms} and
 * {@code ListMLTransforms}.
 */
final class TransformOperations {

    private static final String GET_MANY_ORIGIN = "GetMLTransforms response with the same Filter and Sort";
    private static final String LIST_ORIGIN = "ListMLTransforms response with the same Filter, Sort and Tags";

    private final GlueState state;

    TransformOperations(GlueState state) {
        this.state = state;
    }

    /** {@code GetMLTransform}: the transform, with its status, label count and the schema its labels' columns make. */
    byte[] get(JsonIn in) {
        String transformId = in.string("TransformId");
        Validation.check(Constraints.hashString("TransformId", transformId));
        Transform transform = state.transforms().existing(transformId);
        JsonOut out = new JsonOut();
        TransformJson.write(out, transform);
        return out.bytes();
    }

    /** {@code GetMLTransforms}: a page of the transforms that pass the filter, in the sort's order. */
    byte[] getMany(JsonIn in) {
        Paging.Page<Transform> page = page(in, false, GET_MANY_ORIGIN);
        JsonOut out = new JsonOut().startArray("Transforms");
        for (Transform t : page.items()) {
            out.startObjectInArray();
            TransformJson.write(out, t);
            out.endObject();
        }
        return out.endArray().string("NextToken", page.nextToken()).bytes();
    }

    /** {@code ListMLTransforms}: a page of the ids of the transforms that pass the filter and have the tags. */
    byte[] list(JsonIn in) {
        Paging.Page<Transform> page = page(in, true, LIST_ORIGIN);
        JsonOut out = new JsonOut().startArray("TransformIds");
        for (Transform t : page.items()) {
            out.value(t.id);
        }
        return out.endArray().string("NextToken", page.nextToken()).bytes();
    }

    private Paging.Page<Transform> page(JsonIn in, boolean withTags, String tokenOrigin) {
        Paging paging = Paging.read(in);
        TransformQuery query = TransformQuery.read(in, withTags);
        List<Violation> violations = new ArrayList<>(paging.violations());
        violations.addAll(query.violations());
        Validation.check(violations);
        List<Transform> matching = state.transforms().all().stream()
                .filter(query::matches)
                .sorted(query.order())
                .toList();
        return paging.page(matching, query.fingerprint(), tokenOrigin);
    }
}
