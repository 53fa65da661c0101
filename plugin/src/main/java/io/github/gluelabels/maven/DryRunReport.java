package io.github.gluelabels.maven;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.WaitOptions;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code dryRun} prints instead of exporting: each request, with the endpoint, region and credentials it would
 * use, and what would follow (wait, download) — all of it worked out, nothing sent.
 */
final class DryRunReport {

    private final Log log;

    DryRunReport(Log log) {
        this.log = log;
    }

    /**
     * The dry run of an export from AWS (or from a fake of {@code fake-start}).
     *
     * @param offline whether Maven runs offline, which would refuse this export
     */
    void print(ExportPlan plan, Connection connection, boolean offline) {
        log.info("Dry run: nothing is sent.");
        printRequests(plan);
        log.info("  Glue endpoint: " + connection.glueEndpointDescription());
        log.info("  S3 endpoint: " + connection.s3EndpointDescription());
        log.info("  Region: " + connection.region() + " (" + connection.regionSource() + ")");
        log.info("  Credentials: " + connection.credentialsSource());
        printWhatFollows(plan);
        if (offline && !connection.fake() && !AwsClients.isLocal(connection.glueEndpoint())) {
            log.warn("  Maven is offline (-o): without dryRun, this export would be refused, as "
                    + connection.glueEndpointDescription() + " is not on this machine.");
        }
    }

    /**
     * The dry run of an export from the embedded fake, which is not started.
     *
     * @param region the region the fake would have
     * @param credentials what the credentials would be
     */
    void printEmbeddedFake(ExportPlan plan, String region, String credentials) {
        log.info("Dry run: nothing is sent, and the embedded fake is not started.");
        printRequests(plan);
        log.info("  Glue and S3 endpoint: the embedded fake, in this JVM (no port)");
        log.info("  Region: " + region + " (the embedded fake's)");
        log.info("  Credentials: " + credentials);
        printWhatFollows(plan);
    }

    private void printRequests(ExportPlan plan) {
        for (ExportTarget target : plan.targets()) {
            log.info("  Request: StartExportLabelsTaskRun {\"TransformId\": \"" + target.transformId()
                    + "\", \"OutputS3Path\": \"" + target.request().outputS3Path() + "\"}");
        }
    }

    private void printWhatFollows(ExportPlan plan) {
        if (!plan.waitForCompletion()) {
            log.info("  Then: start only, no wait (wait = false)");
            return;
        }
        WaitOptions w = plan.waitOptions();
        log.info("  Then: wait up to " + Durations.describe(w.timeout())
                + " (status reads from every " + Durations.describe(w.pollInterval())
                + "), " + (w.cancelOnTimeout() ? "cancelling" : "not cancelling")
                + " the run on timeout; giving up on Glue "
                + "after " + w.maxUnreachableReads() + " status reads in a row and "
                + Durations.describe(w.maxUnreachableTime()) + " that cannot connect");
        for (ExportTarget target : plan.targets()) {
            if (target.downloadDir() != null) {
                log.info("  Download " + target.transformId() + " to " + target.downloadDir()
                        + (plan.summarize() ? "" : ", without a summary (summarize = false)"));
            }
        }
    }
}
