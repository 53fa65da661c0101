package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts a fake AWS Glue + S3 on {@code 127.0.0.1} for the integration tests of this project, seeded with labels, and
 * publishes where it listens as project properties, for failsafe's {@code systemPropertyVariables} or
 * {@code environmentVariables}:
 *
 * <ul>
 *   <li>{@code glue-labels.fake.endpoint} — e.g. {@code http://127.0.0.1:41234}, the endpoint of Glue and of S3
 *       (path-style);
 *   <li>{@code glue-labels.fake.port} — its port;
 *   <li>{@code glue-labels.fake.region} — its region;
 *   <li>{@code glue-labels.fake.accessKeyId}, {@code glue-labels.fake.secretAccessKey} — credentials to sign with.
 *       They are fake values, not secrets: the fake checks no signature and takes any credentials.
 * </ul>
 *
 * <p>{@code fake-stop} stops it (bound to {@code post-integration-test}, which runs even when integration tests fail,
 * since failsafe's {@code integration-test} goal does not fail the build — its {@code verify} goal does). Should the
 * build end before {@code fake-stop}, the fake is stopped when Maven's JVM ends.
 *
 * @since 0.1.0
 */
@Mojo(name = "fake-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class FakeStartMojo extends AbstractMojo {

    /** The project property with the fake's endpoint. */
    static final String ENDPOINT = "glue-labels.fake.endpoint";

    /** The project property with the fake's port. */
    static final String PORT = "glue-labels.fake.port";

    /** The project property with the fake's region. */
    static final String REGION = "glue-labels.fake.region";

    /** The project property with the access key id to sign with. */
    static final String ACCESS_KEY_ID = "glue-labels.fake.accessKeyId";

    /** The project property with the (fake) secret key to sign with. */
    static final String SECRET_ACCESS_KEY = "glue-labels.fake.secretAccessKey";

    /**
     * Skips starting the fake (and {@code fake-stop} then has nothing to stop). Set it to <code>${skipITs}</code> to
     * follow failsafe. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.skipFake", defaultValue = "false")
    private boolean skip;

    /**
     * The port to listen on, on {@code 127.0.0.1}. Default: {@code 0}, a free port chosen at start (read it from
     * {@code glue-labels.fake.port}), so that builds running side by side never collide.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePort", defaultValue = "0")
    private int port;

    /**
     * The region the fake's transforms live in; clients must be configured with it. Default: {@code us-east-1}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRegion", defaultValue = "us-east-1")
    private String region;

    /**
     * The transforms the fake knows, each with the labeling file it starts with:
     * {@code <seeds><seed><transformId>tfm-1</transformId><labels>src/test/resources/labels.csv</labels></seed></seeds>}.
     * A transform that is not seeded does not exist for the fake: exporting it fails as with an unknown transform.
     * Being a list of elements, it has no property. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Seed> seeds;

    /**
     * The S3 buckets to create in the fake, e.g. the bucket of the export's output path (an export to a bucket that
     * does not exist fails). Each must be a valid S3 bucket name; an invalid one fails the build before the fake starts,
     * naming it. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeBuckets")
    private List<String> buckets;

    /**
     * How fast the fake's task runs move: {@code immediate} (they end at once), {@code reads:<n>} (they end at the n-th
     * status read, {@code STARTING} then {@code RUNNING} before), or {@code duration:<duration>} (they end after that
     * long, e.g. {@code duration:5s}). Default: {@code immediate}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePacing", defaultValue = "immediate")
    private String pacing;

    /**
     * How the fake's task runs end: {@code succeed}, {@code fail:<error string>} ({@code FAILED} with that
     * {@code ErrorString}) or {@code timeout} (Glue's own {@code TIMEOUT} status). Default: {@code succeed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeOutcome", defaultValue = "succeed")
    private String outcome;

    /**
     * The most labels the fake writes into one part file of an export; lower it to get multi-part exports from small
     * labeling files. Default: {@code 10000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRowsPerPart", defaultValue = "10000")
    private int rowsPerPart;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:fake-start: skip is true (glue-labels.skipFake).");
            return;
        }
        ConfigurationProblems problems = new ConfigurationProblems("fake-start", "no fake was started");
        UnknownProperties.check(session.getUserProperties(), plugin, project.getProperties(), problems);
        if (port < 0 || port > 65_535) {
            problems.parameter(
                    "port", "glue-labels.fakePort", "must be 0 (a free port) to 65535", String.valueOf(port));
        }
        if (region == null || region.isBlank()) {
            problems.parameter("region", "glue-labels.fakeRegion", "must name a region, e.g. us-east-1", region);
        }
        Optional<Pacing> runPacing = FakeBehaviour.pacing(pacing);
        if (runPacing.isEmpty()) {
            problems.parameter("pacing", "glue-labels.fakePacing", "must be " + FakeBehaviour.PACING_FORMS, pacing);
        }
        Optional<Outcome> runOutcome = FakeBehaviour.outcome(outcome);
        if (runOutcome.isEmpty()) {
            problems.parameter("outcome", "glue-labels.fakeOutcome", "must be " + FakeBehaviour.OUTCOME_FORMS, outcome);
        }
        if (rowsPerPart < 1) {
            problems.parameter(
                    "rowsPerPart", "glue-labels.fakeRowsPerPart", "must be 1 or more", String.valueOf(rowsPerPart));
        }
        List<Seed> seedList = seeds == null ? List.of() : seeds;
        for (int i = 0; i < seedList.size(); i++) {
            Seed seed = seedList.get(i);
            String which = "seeds[" + (i + 1) + "]";
            if (seed.getTransformId() == null || seed.getTransformId().isBlank()) {
                problems.add(which + " has no <transformId>: name the transform to seed");
            }
            if (seed.getLabels() == null) {
                problems.add(which + " has no <labels>: give the labeling file (CSV) to seed " + seed.getTransformId()
                        + " with");
            } else if (!seed.getLabels().isFile()) {
                problems.add(which + ": the labeling file " + seed.getLabels() + " does not exist (or is not a file)");
            }
        }
        List<String> bucketList = new ArrayList<>();
        for (String bucket : buckets == null ? List.<String>of() : buckets) {
            if (bucket == null || bucket.isBlank()) {
                problems.add("buckets (property glue-labels.fakeBuckets) has an empty entry");
                continue;
            }
            String problem = Constraints.bucketNameProblem(bucket.trim());
            if (problem != null) {
                problems.parameter(
                        "buckets",
                        "glue-labels.fakeBuckets",
                        "must each be a valid S3 bucket name (3 to 63 "
                                + "lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit, not an IP "
                                + "address), but " + problem,
                        bucket);
            } else {
                bucketList.add(bucket.trim());
            }
        }
        problems.throwIfAny();

        String key = FakeRegistry.key(project);
        Path work = new File(project.getBuild().getDirectory(), "glue-labels").toPath();
        // in the build folder rather than the system's temporary one: should the fake only end with the JVM (see
        // FakeRegistry), what it stored is left where mvn clean finds it
        Path data = work.resolve("fake-data");
        RunningFake.deleteTree(data);
        FakeGlueServer server;
        try {
            server = FakeGlueServer.builder()
                    .port(port)
                    .region(region.trim())
                    .rowsPerPart(rowsPerPart)
                    .dataDirectory(data)
                    .start();
        } catch (RuntimeException e) {
            throw new MojoFailureException(
                    "Cannot start the fake Glue + S3 on 127.0.0.1:" + port + ": " + e.getMessage()
                            + (port == 0
                                    ? ""
                                    : ". Is the port taken? Leave port (glue-labels.fakePort) at 0 for a free port."),
                    e);
        }
        RunningFake running = new RunningFake(server, project.getId(), work.resolve("fake-journal.txt"), data);
        try {
            FakeGlue fake = running.account();
            fake.pacing(runPacing.orElseThrow()).outcome(runOutcome.orElseThrow());
            List<String> seeded = new ArrayList<>();
            for (Seed seed : seedList) {
                fake.seedLabels(seed.getTransformId(), seed.getLabels().toPath());
                seeded.add(seed.getTransformId() + " (" + fake.labelCount(seed.getTransformId()) + " labels from "
                        + relative(seed.getLabels()) + ")");
            }
            bucketList.forEach(fake::createBucket);
            Optional<RunningFake> earlier = FakeRegistry.register(key, running);
            if (earlier.isPresent()) {
                throw new MojoFailureException("glue-labels:fake-start already started a fake for " + project.getId()
                        + ", at " + earlier.get().server().endpoint()
                        + ", and fake-stop has not stopped it: bind fake-start "
                        + "once per project, or fake-stop before starting again.");
            }
            running.writeJournalSoFar();
            publish(server, fake);
            getLog().info("Fake Glue + S3 listening on " + server.endpoint() + " (region " + server.region() + "); "
                    + FakeBehaviour.describe(runPacing.orElseThrow(), runOutcome.orElseThrow()));
            getLog().info("Seeded: " + (seeded.isEmpty() ? "no transform" : ShortList.of(seeded)) + "; buckets: "
                    + (bucketList.isEmpty() ? "none" : ShortList.of(bucketList)));
            getLog().info("Published " + ENDPOINT + ", " + PORT + ", " + REGION + ", " + ACCESS_KEY_ID + " and "
                    + SECRET_ACCESS_KEY + " (fake values, not secrets) for the integration tests");
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

    private void publish(FakeGlueServer server, FakeGlue fake) {
        Properties properties = project.getProperties();
        properties.setProperty(ENDPOINT, server.endpoint().toString());
        properties.setProperty(PORT, String.valueOf(server.port()));
        properties.setProperty(REGION, server.region());
        properties.setProperty(ACCESS_KEY_ID, fake.accessKeyId());
        properties.setProperty(SECRET_ACCESS_KEY, fake.secretAccessKey());
    }

    private String relative(File file) {
        try {
            return project.getBasedir().toPath().relativize(file.toPath()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
