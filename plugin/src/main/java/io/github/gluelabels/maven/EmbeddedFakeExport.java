package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * An export from the embedded fake ({@code fake=true}): starts a fake Glue + S3 in Maven's JVM, seeds every exported
 * transform with {@code fakeLabels} (or the plugin's sample), creates the output buckets, runs the plan against it
 * in process — no port, no credentials, no network — writes the fake's journal and stops it.
 */
final class EmbeddedFakeExport {

    static final String CREDENTIALS = "the embedded fake's test credentials (not secret)";
    private static final String SAMPLE_LABELS = "sample-labels.csv";

    private final Log log;
    private final FakeParameters fake;
    private final File labels;
    private final int maxAttempts;

    /**
     * @param labels the labeling file to seed, or {@code null} for the plugin's sample
     * @param maxAttempts attempts per call of the goal's clients
     */
    EmbeddedFakeExport(Log log, FakeParameters fake, File labels, int maxAttempts) {
        this.log = log;
        this.fake = fake;
        this.labels = labels;
        this.maxAttempts = maxAttempts;
    }

    /** Prints the dry run: the fake is not started. */
    void dryRun(ExportPlan plan) {
        new DryRunReport(log).printEmbeddedFake(plan, FakeDefaults.REGION, CREDENTIALS);
    }

    /**
     * @param journal where the fake's journal goes
     * @param runner runs the plan
     */
    void run(ExportPlan plan, Path journal, ExportRunner runner) throws MojoExecutionException, MojoFailureException {
        // the SDK's classes load on another core while the fake starts and takes its labels
        AwsClients.warmUpInBackground();
        FakeGlueServer server = start();
        String endpoint = server.endpoint().toString();
        try {
            FakeGlue account = server.defaultAccount().pacing(fake.runPacing()).outcome(fake.runOutcome());
            for (ExportTarget target : plan.targets()) {
                seed(account, target.transformId());
                account.createBucket(target.request().outputS3Path().bucket());
            }
            String first = plan.targets().get(0).transformId();
            log.info("Embedded fake Glue + S3 in this JVM (endpoint " + endpoint + ", reached in process; region "
                    + server.region() + "): "
                    + (plan.several() ? plan.targets().size() + " transforms" : first)
                    + " seeded with " + account.labelCount(first) + " labels from "
                    + (labels == null ? "the plugin's sample labels" : labels.toString()) + "; " + fake.describe());
            try (Connection connection = new Connection(
                    AwsClients.create(settings(server, account), server.inProcessHttpClient()), CREDENTIALS, true)) {
                runner.run(plan, connection);
            }
        } finally {
            try {
                JournalFile.write(
                        journal, server.defaultAccount().journal(), endpoint, "embedded in glue-labels:export");
            } catch (IOException e) {
                log.warn("Cannot write the embedded fake's journal to " + journal + ": " + e.getMessage());
            }
            server.stop();
        }
    }

    private FakeGlueServer start() throws MojoExecutionException {
        try {
            // in process: nothing but this goal calls it, so it needs no port, and no WireMock start-up (about a
            // second)
            return FakeGlueServer.builder()
                    .region(FakeDefaults.REGION)
                    .rowsPerPart(fake.rowsPerPart().value())
                    .startInProcess();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot start the embedded fake Glue + S3: " + e.getMessage(), e);
        }
    }

    private ClientSettings settings(FakeGlueServer server, FakeGlue account) {
        return ClientSettings.builder()
                .region(server.region())
                .credentials(Credentials.of(account.accessKeyId(), account.secretAccessKey()))
                .glueEndpoint(server.endpoint())
                .s3Endpoint(server.endpoint())
                .maxAttempts(maxAttempts)
                .build();
    }

    private void seed(FakeGlue account, String id) throws MojoFailureException {
        try {
            if (labels != null) {
                account.seedLabels(id, labels.toPath());
            } else {
                try (InputStream sample = EmbeddedFakeExport.class.getResourceAsStream(SAMPLE_LABELS)) {
                    if (sample == null) {
                        throw new IllegalStateException("the plugin lacks its sample labels " + SAMPLE_LABELS);
                    }
                    account.seedLabels(id, sample, "the plugin's sample labels");
                }
            }
        } catch (GlueLabelsException | UncheckedIOException e) {
            throw new MojoFailureException(
                    "Cannot seed the embedded fake with fakeLabels: " + e.getMessage()
                            + ". A labeling file is a UTF-8 CSV whose header starts with labeling_set_id,label.",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
