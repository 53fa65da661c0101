package io.github.gluelabels.maven;

import io.github.gluelabels.core.text.Redaction;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.FindMatchesParameters;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;

/**
 * Reads a transform's primary-key column ({@code GetMLTransform}: {@code FindMatchesParameters.PrimaryKeyColumnName}),
 * which identifies a record in a diff. A transform that cannot be read is not an error: the diff then identifies
 * records by all their fields, and the log says why.
 */
final class PrimaryKeyLookup {

    private final Log log;

    PrimaryKeyLookup(Log log) {
        this.log = log;
    }

    /** @return the transform's primary-key column, or empty when it has none or cannot be read */
    Optional<String> of(GlueClient glue, String transformId) {
        try {
            GetMlTransformResponse transform = glue.getMLTransform(r -> r.transformId(transformId));
            Optional<String> column = Optional.ofNullable(transform.parameters())
                    .map(p -> p.findMatchesParameters())
                    .map(FindMatchesParameters::primaryKeyColumnName)
                    .filter(name -> !name.isBlank());
            if (column.isPresent()) {
                log.info("Primary key of transform " + transformId + ": " + column.get() + " (GetMLTransform)");
            } else {
                log.info("Transform " + transformId + " names no primary-key column: records are identified by all "
                        + "their fields but labeling_set_id and label");
            }
            return column;
        } catch (SdkException e) {
            log.warn("Cannot read the primary key of transform " + transformId + " (GetMLTransform): "
                    + Redaction.text(String.valueOf(e.getMessage()))
                    + "; records are identified by all their fields but labeling_set_id and label");
            return Optional.empty();
        }
    }
}
