package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.text.Redaction;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs an {@code import} plan with core's {@link LabelImporter} — check, backup before a replace, upload, task run,
 * wait — and reports it: log lines, JSON receipt, project properties {@code glue-labels.import.*}.
 */
final class ImportRunner {

    private final Log log;
    private final MavenProject project;
    private final Path receipts;

    ImportRunner(Log log, MavenProject project, Path receipts) {
        this.log = log;
        this.project = project;
        this.receipts = receipts;
    }

    /** @throws MojoFailureException when the files are not valid (nothing sent) or the import fails, explained */
    void run(ImportPlan plan, Connection connection) throws MojoFailureException {
        log.info((plan.options().replaceAllLabels()
                        ? "Replacing the labels of transform "
                        : "Adding labels to transform ")
                + plan.transformId() + " with " + plan.request().labels() + ", through "
                + plan.request().inputS3Path());
        log.info("Using " + connection.describe());
        LoggingListener listener = new LoggingListener(log, "");
        ImportResult result;
        try {
            result = importer(connection, listener).importLabels(plan.request(), plan.options());
        } catch (GlueLabelsException e) {
            throw new MojoFailureException(Redaction.text(e.getMessage()), e);
        }
        log.info("Final status " + result.status() + " (task run " + result.taskRunId() + ")");
        log.info("Labels imported into transform " + plan.transformId() + ": label count " + result.labelCountBefore()
                + " before, " + result.labelCountAfter() + " after");
        try {
            log.info("Receipt "
                    + ImportReceipt.write(receipts, connection, plan.options().replaceAllLabels(), result));
        } catch (IOException e) {
            log.warn("Cannot write the receipt to " + receipts + ": " + e.getMessage());
        }
        set(PublishedProperties.IMPORT_TASK_RUN_ID, result.taskRunId());
        set(PublishedProperties.IMPORT_STATUS, result.status());
        set(PublishedProperties.IMPORT_LABEL_COUNT, String.valueOf(result.labelCountAfter()));
        result.backup().ifPresent(backup -> {
            set(PublishedProperties.IMPORT_BACKUP_S3_PATH, backup.s3Path().toString());
            set(PublishedProperties.IMPORT_BACKUP_DIR, backup.localCopy().toString());
        });
    }

    static LabelImporter importer(Connection connection, LoggingListener listener) {
        return LabelImporter.builder()
                .clients(connection.clients())
                .listener(listener)
                .endpointKind(connection.kind())
                .build();
    }

    private void set(String name, String value) {
        project.getProperties().setProperty(name, value);
        log.debug("Project property " + name + " = " + value);
    }
}
