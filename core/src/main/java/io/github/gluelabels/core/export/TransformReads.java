package io.github.gluelabels.core.export;

import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.SchemaColumn;

/** Reads what an import needs to know of a transform ({@code GetMLTransform}): its schema and its label count. */
final class TransformReads {

    /**
     * A transform as an import sees it.
     *
     * @param schema its columns' names, in order; empty when Glue gives none
     * @param labelCount its {@code LabelCount}
     */
    record TransformFacts(List<String> schema, long labelCount) {}

    private final GlueClient glue;
    private final ErrorTranslator errors;

    TransformReads(GlueClient glue, ErrorTranslator errors) {
        this.glue = glue;
        this.errors = errors;
    }

    /** @throws AwsCallException explained, e.g. naming the transform and the region when Glue does not know it */
    TransformFacts read(String transformId) {
        GetMlTransformResponse transform;
        try {
            transform = glue.getMLTransform(r -> r.transformId(transformId));
        } catch (SdkException e) {
            throw errors.glue("GetMLTransform", transformId, null, e);
        }
        List<String> schema = transform.hasSchema()
                ? transform.schema().stream().map(SchemaColumn::name).toList()
                : List.of();
        return new TransformFacts(schema, transform.labelCount() == null ? 0 : transform.labelCount());
    }
}
