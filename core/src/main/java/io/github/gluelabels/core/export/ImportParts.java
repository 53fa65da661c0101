package io.github.gluelabels.core.export;

import java.time.Clock;

/**
 * What a {@link LabelImporter} is made of, as its builder put it together; shared by every import it runs.
 *
 * @param runs the calls about task runs (status, cancel)
 * @param start the start of the import's task run, never twice
 * @param transforms the reads of a transform's schema and label count
 * @param uploader the upload of local files to S3
 * @param exporter the exporter that takes backups
 * @param errors the translator of failures
 * @param listener hears progress
 * @param clock the clock of waits and of backup names
 * @param sleeper waits between status reads
 */
record ImportParts(
        TaskRuns runs,
        ImportStart start,
        TransformReads transforms,
        Uploader uploader,
        LabelExporter exporter,
        ErrorTranslator errors,
        ImportListener listener,
        Clock clock,
        Sleeper sleeper) {}
