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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The embedded fake of a goal ({@code fake=true}): starts a fake Glue + S3 in Maven's JVM, seeds the goal's transforms
 * with {@code fakeLabels} (or the plugin's sample), creates the buckets it names, runs the goal's work against it in
 * process — no port, no credentials, no network — writes the fake's journal and stops it.
 */
final class EmbeddedFake {

    static final String CREDENTIALS = "the embedded fake's test credentials (not secret)";
    private static final String SAMPLE_LABELS = "sample-labels.csv";

    /** What the goal does with the fake's clients. */
    interface Work {
        void run(Connection connection) throws MojoExecutionException, MojoFailureException;
    }

    private final Log log;
    private final FakeParameters fake;
    private final File labels;
    private final int maxAttempts;
    private final String goal;

    /**
     * @param labels the labeling file to seed, or {@code null} for the plugin's sample
     * @param maxAttempts attempts per call of the goal's clients
     * @param goal the goal, for the journal, e.g. {@code export}
     */
    EmbeddedFake(Log log, FakeParameters fake, File labels, int maxAttempts, String goal) {
        this.log = log;
        this.fake = fake;
        this.labels = labels;
        this.maxAttempts = maxAttempts;
        this.goal = goal;
    }

    /**
     * @param transformIds the transforms to seed, at least one
     * @param buckets the buckets to create
     * @param journal where the fake's journal goes
     */
    void run(List<String> transformIds, Set<String> buckets, Path journal, Work work)
            throws MojoExecutionException, MojoFailureException {
        // the SDK's classes load on another core while the fake starts and takes its labels
        AwsClients.warmUpInBackground();
        FakeGlueServer server = start();
        String endpoint = server.endpoint().toString();
        try {
            FakeGlue account = server.defaultAccount().pacing(fake.runPacing()).outcome(fake.runOutcome());
            for (String id : transformIds) {
                seed(account, id);
            }
            new LinkedHashSet<>(buckets).forEach(account::createBucket);
            String first = transformIds.get(0);
            log.info("Embedded fake Glue + S3 in this JVM (endpoint " + endpoint + ", reached in process; region "
                    + server.region() + "): "
                    + (transformIds.size() > 1 ? transformIds.size() + " transforms" : first)
                    + " seeded with " + account.labelCount(first) + " labels from "
                    + (labels == null ? "the plugin's sample labels" : labels.toString()) + "; " + fake.describe());
            try (Connection connection = new Connection(
                    AwsClients.create(settings(server, account), server.inProcessHttpClient()), CREDENTIALS, true)) {
                work.run(connection);
            }
        } finally {
            try {
                JournalFile.write(
                        journal, server.defaultAccount().journal(), endpoint, "embedded in glue-labels:" + goal);
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
                try (InputStream sample = EmbeddedFake.class.getResourceAsStream(SAMPLE_LABELS)) {
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
