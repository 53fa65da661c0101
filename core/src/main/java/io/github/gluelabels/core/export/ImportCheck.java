package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.labels.LabelingCheck;
import io.github.gluelabels.core.labels.LabelingFilesCheck;
import io.github.gluelabels.core.labels.LabelingProblem;
import java.util.List;

/**
 * The check of an import's local files, against the transform's schema when it can be read.
 *
 * <p>{@link #check(ImportRequest, List, ImportListener)} is public for a tool that has read the transform already (the
 * Maven plugin's dry run, which also needs its primary key): the same check and warnings as the import's, without a
 * second {@code GetMLTransform}.
 *
 * @since 0.1.0
 */
public final class ImportCheck {

    /** The most warnings the listener hears one by one; the check's result has them all. */
    static final int WARNINGS_TOLD = 20;

    private final ImportParts parts;

    ImportCheck(ImportParts parts) {
        this.parts = parts;
    }

    /** Checks the files against the schema if the transform can be read; else warns and checks them alone. */
    LabelingCheck check(ImportRequest request) {
        List<String> schema;
        try {
            schema = parts.transforms().read(request.transformId()).schema();
        } catch (GlueLabelsException e) {
            parts.listener().warning("The columns were not checked against the transform's schema: " + e.getMessage());
            schema = List.of();
        }
        return check(request, schema);
    }

    /**
     * @param schema the transform's schema; empty when Glue gives none (a transform without labels, on the fake)
     * @return the check, which the listener heard with its warnings
     */
    LabelingCheck check(ImportRequest request, List<String> schema) {
        return check(request, schema, parts.listener());
    }

    /**
     * Checks an import's local files against a schema already read, as the import does: every problem at once, the
     * first 20 warnings told one by one and the rest counted.
     *
     * @param request what would be imported where
     * @param schema the transform's columns, in order; empty to check the files alone
     * @param listener hears the warnings, and the check when it passed
     * @return every problem and warning found
     * @since 0.1.0
     */
    public static LabelingCheck check(ImportRequest request, List<String> schema, ImportListener listener) {
        LabelingCheck check = LabelingFilesCheck.check(request.labels(), schema.isEmpty() ? null : schema);
        List<LabelingProblem> warnings = check.warnings();
        warnings.stream().limit(WARNINGS_TOLD).forEach(w -> listener.warning(w.toString()));
        if (warnings.size() > WARNINGS_TOLD) {
            listener.warning("… and " + (warnings.size() - WARNINGS_TOLD) + " more warnings of the files");
        }
        if (check.isValid()) {
            listener.checked(check);
        }
        return check;
    }
}
