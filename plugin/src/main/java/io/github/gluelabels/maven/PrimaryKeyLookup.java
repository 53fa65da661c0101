package io.github.gluelabels.maven;

import io.github.gluelabels.core.text.Redaction;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.FindMatchesParameters;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.SchemaColumn;

/**
 * Reads a transform once ({@code GetMLTransform}) for what a diff needs of it: its primary-key column
 * ({@code FindMatchesParameters.PrimaryKeyColumnName}), which identifies a record, and its schema (an import plan's
 * check). A transform that cannot be read is not an error: the diff then identifies records by all their fields, and
 * the log says why.
 */
final class PrimaryKeyLookup {

    private static final String BY_ALL_FIELDS =
            "records are identified by all their fields but labeling_set_id and label";

    /**
     * What was read of a transform.
     *
     * @param primaryKey its primary-key column, or {@code null} when it has none or could not be read
     * @param schema its columns, in order; empty when Glue gives none or it could not be read
     * @param labelCount how many labels it has, or {@code null} when Glue does not say or it could not be read
     */
    record Transform(String primaryKey, List<String> schema, Integer labelCount) {}

    private final Log log;

    PrimaryKeyLookup(Log log) {
        this.log = log;
    }

    /** @return the transform's primary-key column, or empty when it has none or cannot be read */
    Optional<String> of(GlueClient glue, String transformId) {
        return Optional.ofNullable(read(glue, transformId, "").primaryKey());
    }

    /**
     * @param alsoLost what else is not done when the transform cannot be read, e.g. {@code ; the columns are not
     *     checked}, or empty
     * @return what was read; nothing when the transform cannot be read (then logged, with why)
     */
    Transform read(GlueClient glue, String transformId, String alsoLost) {
        GetMlTransformResponse transform;
        try {
            transform = glue.getMLTransform(r -> r.transformId(transformId));
        } catch (SdkException e) {
            log.warn("Cannot read the primary key of transform " + transformId + " (GetMLTransform): "
                    + Redaction.text(String.valueOf(e.getMessage())) + "; " + BY_ALL_FIELDS + alsoLost);
            return new Transform(null, List.of(), null);
        }
        Optional<String> column = Optional.ofNullable(transform.parameters())
                .map(p -> p.findMatchesParameters())
                .map(FindMatchesParameters::primaryKeyColumnName)
                .filter(name -> !name.isBlank());
        if (column.isPresent()) {
            log.info("Primary key of transform " + transformId + ": " + column.get() + " (GetMLTransform)");
        } else {
            log.info("Transform " + transformId + " names no primary-key column: " + BY_ALL_FIELDS);
        }
        List<String> schema = transform.hasSchema()
                ? transform.schema().stream().map(SchemaColumn::name).toList()
                : List.of();
        return new Transform(column.orElse(null), schema, transform.labelCount());
    }
}
