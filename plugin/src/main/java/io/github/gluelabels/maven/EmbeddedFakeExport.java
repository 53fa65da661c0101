package io.github.gluelabels.maven;

import io.github.gluelabels.fake.FakeDefaults;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * An export from the embedded fake ({@code fake=true}): an {@link EmbeddedFake} whose every exported transform is
 * seeded and whose output buckets exist, the plan run against it in process.
 */
final class EmbeddedFakeExport {

    static final String CREDENTIALS = EmbeddedFake.CREDENTIALS;

    private final Log log;
    private final EmbeddedFake fake;

    /**
     * @param labels the labeling file to seed, or {@code null} for the plugin's sample
     * @param maxAttempts attempts per call of the goal's clients
     */
    EmbeddedFakeExport(Log log, FakeParameters fake, File labels, int maxAttempts) {
        this.log = log;
        this.fake = new EmbeddedFake(log, fake, labels, maxAttempts, "export");
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
        Set<String> buckets = new LinkedHashSet<>();
        plan.targets().forEach(t -> buckets.add(t.request().outputS3Path().bucket()));
        fake.run(
                plan.targets().stream().map(ExportTarget::transformId).toList(),
                buckets,
                journal,
                connection -> runner.run(plan, connection));
    }
}
