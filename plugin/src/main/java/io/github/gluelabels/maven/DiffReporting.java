package io.github.gluelabels.maven;

import io.github.gluelabels.core.diff.DiffResult;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Reports a diff as {@code diff} and {@code import}'s plan do: the {@code Diff:} line with the counts, the sides and
 * examples, the JSON report, a receipt, and the project properties {@code glue-labels.diff.*}.
 */
final class DiffReporting {

    private final Log log;
    private final MavenProject project;
    private final Path receipts;

    DiffReporting(Log log, MavenProject project, Path receipts) {
        this.log = log;
        this.project = project;
        this.receipts = receipts;
    }

    /**
     * @param goal the goal that made the diff, for the receipt
     * @param connection what the diff called, or {@code null} when it called nothing
     */
    void report(DiffResult result, String goal, Connection connection) {
        log.info(result.summaryLine());
        result.describe().lines().skip(1).forEach(log::info);
        result.report().ifPresent(report -> log.info("Diff report " + report));
        try {
            log.info("Receipt " + DiffReceipt.write(receipts, goal, connection, result));
        } catch (IOException e) {
            log.warn("Cannot write the receipt to " + receipts + ": " + e.getMessage());
        }
        set(PublishedProperties.DIFF_IDENTICAL, String.valueOf(result.identical()));
        set(PublishedProperties.DIFF_SUMMARY, result.summaryLine());
        result.report().ifPresent(report -> set(PublishedProperties.DIFF_REPORT, report.toString()));
    }

    private void set(String name, String value) {
        project.getProperties().setProperty(name, value);
        log.debug("Project property " + name + " = " + value);
    }
}
