package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.diff.DiffResult;
import io.github.gluelabels.core.diff.LabelDiff;
import io.github.gluelabels.core.diff.LabelSource;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.text.Redaction;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs a {@code diff} plan: downloads each side that is an S3 path (as an export's download does: whole or not at
 * all, within the download limits), reads the transform's primary key when asked to, compares the sides with core's
 * {@link LabelDiff} and reports the result.
 */
final class DiffRunner {

    private final Log log;
    private final DiffReporting reporting;

    DiffRunner(Log log, DiffReporting reporting) {
        this.log = log;
        this.reporting = reporting;
    }

    /**
     * @param connection the AWS clients, or {@code null} when the plan calls nothing
     * @throws MojoFailureException when a side cannot be downloaded or read, naming it and why
     */
    void run(DiffPlan plan, Connection connection) throws MojoFailureException, MojoExecutionException {
        if (connection != null) {
            log.info("Using " + connection.describe());
        }
        try {
            LabelSource from = source(plan, plan.from(), connection);
            LabelSource to = source(plan, plan.to(), connection);
            String primaryKey = plan.looksUpPrimaryKey()
                    ? new PrimaryKeyLookup(log)
                            .of(connection.clients().glue(), plan.transformId())
                            .orElse(null)
                    : plan.primaryKey();
            log.info("Comparing " + plan.from() + " (from) with " + plan.to() + " (to)");
            DiffResult result =
                    LabelDiff.builder().primaryKey(primaryKey).build().compare(from, to, plan.report());
            reporting.report(result, "diff", connection);
            if (plan.failOnChanges() && !result.identical()) {
                throw new MojoFailureException("glue-labels:diff found changes and failOnChanges is true: "
                        + result.summaryLine() + " (from " + plan.from() + ", to " + plan.to() + ")"
                        + result.report()
                                .map(report -> "; every change is in " + report)
                                .orElse(""));
            }
        } catch (GlueLabelsException e) {
            throw new MojoFailureException("glue-labels:diff failed: " + Redaction.text(e.getMessage()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("glue-labels:diff cannot read or write a file: " + e.getMessage(), e);
        }
    }

    private LabelSource source(DiffPlan plan, DiffSide side, Connection connection) {
        if (!side.isS3()) {
            return LabelSource.of(side.local());
        }
        String prefix = "[" + side.parameter() + "] ";
        ExportOptions options = new ExportOptions(
                true, WaitOptions.defaults(), plan.downloads().resolve(side.parameter()), false, plan.downloadLimits());
        DownloadResult download = LabelExporter.builder()
                .clients(connection.clients())
                .listener(new LoggingListener(log, prefix))
                .endpointKind(connection.kind())
                .build()
                .download(side.s3Path(), options);
        log.info(prefix + "Downloaded " + side + " to " + download.directory() + " ("
                + Sizes.files(download.files().size()) + ", " + Sizes.bytes(download.bytes()) + ")");
        return LabelSource.of(download);
    }
}
