package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelingProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one import: the task run and how it ended, the transform's label count before and after, the objects
 * uploaded, the backup taken (for a replace) and the warnings the check of the files gave.
 *
 * @param request what was imported where
 * @param taskRunId the import task run
 * @param finalState the run as last reported, {@code SUCCEEDED}
 * @param labelCountBefore the transform's {@code LabelCount} before the import
 * @param labelCountAfter its {@code LabelCount} after
 * @param uploaded the objects uploaded, in upload order
 * @param backup the backup taken before a replace, if one was
 * @param warnings the warnings of the check of the files
 * @since 0.1.0
 */
public record ImportResult(
        ImportRequest request,
        String taskRunId,
        TaskRunState finalState,
        long labelCountBefore,
        long labelCountAfter,
        List<S3Uri> uploaded,
        Optional<ImportBackup> backup,
        List<LabelingProblem> warnings) {

    /** Checks the members and copies the lists. */
    public ImportResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(taskRunId, "taskRunId");
        Objects.requireNonNull(finalState, "finalState");
        uploaded = List.copyOf(uploaded);
        Objects.requireNonNull(backup, "backup");
        warnings = List.copyOf(warnings);
    }

    /** @return the run's final status, {@code SUCCEEDED} */
    public String status() {
        return finalState.status();
    }
}
