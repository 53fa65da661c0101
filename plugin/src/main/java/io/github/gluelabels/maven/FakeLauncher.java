package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Starts the fake of {@code fake-start} for a project: on its port, seeded, with its buckets, registered for
 * {@code fake-stop}, and published as project properties. A fake that cannot be seeded or registered is stopped
 * again, leaving nothing running.
 */
final class FakeLauncher {

    private final Log log;
    private final MavenProject project;

    FakeLauncher(Log log, MavenProject project) {
        this.log = log;
        this.project = project;
    }

    /**
     * @param parameters the checked parameters
     * @param buckets the buckets to create
     */
    void start(FakeStartParameters parameters, List<String> buckets) throws MojoFailureException {
        String key = FakeRegistry.key(project);
        Path work = new File(project.getBuild().getDirectory(), "glue-labels").toPath();
        // in the build folder rather than the system's temporary one: should the fake only end with the JVM (see
        // FakeRegistry), what it stored is left where mvn clean finds it
        Path data = work.resolve("fake-data");
        RunningFake.deleteTree(data);
        FakeGlueServer server = startServer(parameters, data);
        RunningFake running = new RunningFake(server, project.getId(), work.resolve("fake-journal.txt"), data);
        try {
            FakeGlue fake = running.account();
            fake.pacing(parameters.behaviour().runPacing())
                    .outcome(parameters.behaviour().runOutcome());
            List<String> seeded = seed(fake, parameters.seedList());
            buckets.forEach(fake::createBucket);
            register(key, running);
            running.writeJournalSoFar();
            publish(server, fake);
            log.info("Fake Glue + S3 listening on " + server.endpoint() + " (region " + server.region() + "); "
                    + parameters.behaviour().describe());
            log.info("Seeded: " + (seeded.isEmpty() ? "no transform" : ShortList.of(seeded)) + "; buckets: "
                    + (buckets.isEmpty() ? "none" : ShortList.of(buckets)));
            log.info("Published " + FakeStartMojo.ENDPOINT + ", " + FakeStartMojo.PORT + ", " + FakeStartMojo.REGION
                    + ", " + FakeStartMojo.ACCESS_KEY_ID + " and " + FakeStartMojo.SECRET_ACCESS_KEY
                    + " (fake values, not secrets) for the integration tests");
        } catch (GlueLabelsException | UncheckedIOException | IllegalArgumentException e) {
            FakeRegistry.unregister(key, running);
            running.discard();
            throw new MojoFailureException("Cannot seed the fake Glue + S3: " + e.getMessage(), e);
        } catch (IOException e) {
            FakeRegistry.unregister(key, running);
            running.discard();
            throw new MojoFailureException(
                    "Cannot write the fake's journal to " + running.defaultJournal() + ": " + e.getMessage(), e);
        } catch (MojoFailureException e) {
            running.discard();
            throw e;
        }
    }

    private static FakeGlueServer startServer(FakeStartParameters parameters, Path data) throws MojoFailureException {
        int port = parameters.port().value();
        try {
            return FakeGlueServer.builder()
                    .port(port)
                    .region(parameters.region().value().trim())
                    .rowsPerPart(parameters.behaviour().rowsPerPart().value())
                    .dataDirectory(data)
                    .start();
        } catch (RuntimeException e) {
            throw new MojoFailureException(
                    "Cannot start the fake Glue + S3 on 127.0.0.1:" + port + ": " + e.getMessage()
                            + (port == 0
                                    ? ""
                                    : ". Is the port taken? Leave "
                                            + parameters.port().name()
                                            + " (glue-labels.fakePort) at 0 for a free port."),
                    e);
        }
    }

    /** @return a line per transform seeded, for the log */
    private List<String> seed(FakeGlue fake, List<Seed> seeds) {
        List<String> seeded = new ArrayList<>();
        for (Seed seed : seeds) {
            fake.seedLabels(seed.getTransformId(), seed.getLabels().toPath());
            seeded.add(seed.getTransformId() + " (" + fake.labelCount(seed.getTransformId()) + " labels from "
                    + relative(seed.getLabels()) + ")");
        }
        return seeded;
    }

    private void register(String key, RunningFake running) throws MojoFailureException {
        Optional<RunningFake> earlier = FakeRegistry.register(key, running);
        if (earlier.isPresent()) {
            throw new MojoFailureException("glue-labels:fake-start already started a fake for " + project.getId()
                    + ", at " + earlier.get().server().endpoint()
                    + ", and fake-stop has not stopped it: bind fake-start "
                    + "once per project, or fake-stop before starting again.");
        }
    }

    private void publish(FakeGlueServer server, FakeGlue fake) {
        Properties properties = project.getProperties();
        properties.setProperty(FakeStartMojo.ENDPOINT, server.endpoint().toString());
        properties.setProperty(FakeStartMojo.PORT, String.valueOf(server.port()));
        properties.setProperty(FakeStartMojo.REGION, server.region());
        properties.setProperty(FakeStartMojo.ACCESS_KEY_ID, fake.accessKeyId());
        properties.setProperty(FakeStartMojo.SECRET_ACCESS_KEY, fake.secretAccessKey());
    }

    private String relative(File file) {
        try {
            return project.getBasedir().toPath().relativize(file.toPath()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
