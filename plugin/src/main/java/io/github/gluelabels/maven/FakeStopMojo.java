package io.github.gluelabels.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops the fake that {@code fake-start} started for this project, and writes the fake's request journal: one line
 * per call it answered (operation, HTTP status, error code, input), so that a test can prove what was sent — or that
 * nothing was.
 *
 * <p>Bound to {@code post-integration-test}, it runs even when integration tests fail: failsafe's
 * {@code integration-test} goal records failures and its {@code verify} goal, after this one, fails the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "fake-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class FakeStopMojo extends AbstractGlueLabelsMojo {

    /**
     * Skips stopping (the fake then stops when Maven's JVM ends). Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.skipFake", defaultValue = "false")
    private boolean skip;

    /**
     * Where to write the fake's request journal. Default:
     * <code>${project.build.directory}/glue-labels/fake-journal.txt</code>.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "glue-labels.fakeJournal",
            defaultValue = "${project.build.directory}/glue-labels/fake-journal.txt")
    private File journal;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:fake-stop: skip is true (glue-labels.skipFake).");
            return;
        }
        problemsWithUnknownProperties("fake-stop", "nothing was stopped").throwIfAny();
        Optional<RunningFake> running = FakeRegistry.remove(FakeRegistry.key(project()));
        if (running.isEmpty()) {
            getLog().warn("No fake started by glue-labels:fake-start is running for "
                    + project().getId() + ": nothing to stop.");
            return;
        }
        String endpoint = running.get().server().endpoint().toString();
        try {
            int calls = running.get().stop(journal.toPath(), "stopped by glue-labels:fake-stop");
            getLog().info("Stopped the fake Glue + S3 at " + endpoint + "; it answered " + calls
                    + (calls == 1 ? " call" : " calls") + " (journal: " + journal + ")");
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Stopped the fake Glue + S3 at " + endpoint + ", but cannot write its " + "journal to " + journal
                            + ": " + e.getMessage(),
                    e);
        }
    }
}
