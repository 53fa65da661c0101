package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelingCheck;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One import, step by step, each step only once the one before went well: read the transform (it exists; its schema
 * and label count); check the files (every problem at once); check the input path is empty and the backup's place;
 * back up before a replace; upload; start the import task run and wait for it; read the label count again. Until the
 * upload, nothing is written anywhere. Not thread-safe: one per import.
 */
final class ImportRun {

    static final String NO_BACKUP_WARNING = "NO BACKUP: this import replaces all the labels of transform %s (%d now)"
            + " and no copy of them is kept, as asked (backup off). What it replaces cannot be brought back.";

    private final ImportParts parts;
    private final ImportRequest request;
    private final ImportOptions options;

    ImportRun(ImportParts parts, ImportRequest request, ImportOptions options) {
        this.parts = parts;
        this.request = request;
        this.options = options;
    }

    ImportResult run() {
        Instant began = parts.clock().instant();
        String transformId = request.transformId();
        TransformReads.TransformFacts before = parts.transforms().read(transformId);
        LabelingCheck check = new ImportCheck(parts)
                .check(request, before.schema())
                .requireValid(request.labels().toString());
        ImportBackups.Place place = options.backsUp() ? ImportBackups.place(request, options, began) : null;
        UploadPlan plan = UploadPlan.of(request, check.files());
        InputPathCheck.requireEmpty(parts.uploader().s3(), parts.errors(), request);
        Optional<ImportBackup> backup = Optional.empty();
        if (options.replaceAllLabels() && !options.backup()) {
            parts.listener().warning(String.format(Locale.ROOT, NO_BACKUP_WARNING, transformId, before.labelCount()));
        } else if (place != null && before.labelCount() == 0) {
            parts.listener().info("Transform " + transformId + " has no labels yet: there is nothing to back up.");
        } else if (place != null) {
            backup = Optional.of(ImportBackups.take(parts, request, options, place, before.labelCount()));
        }
        List<S3Uri> uploaded = parts.uploader().upload(plan);
        String taskRunId =
                parts.start().start(transformId, request.inputS3Path().toString(), options.replaceAllLabels());
        TaskRunState state = new TaskRunWait(
                        parts.runs(),
                        parts.errors(),
                        parts.listener(),
                        parts.clock(),
                        parts.sleeper(),
                        options.waitOptions(),
                        transformId,
                        taskRunId)
                .await(began);
        long after = parts.transforms().read(transformId).labelCount();
        return new ImportResult(
                request, taskRunId, state, before.labelCount(), after, uploaded, backup, check.warnings());
    }
}
