package io.github.gluelabels.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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
public class FakeStartMojo extends AbstractGlueLabelsMojo {

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
     * {@code glue-labels.fake.port}), so that builds running side by side never collide. Named {@code port} earlier,
     * which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePort", defaultValue = GoalDefaults.FAKE_PORT)
    private int fakePort;

    /**
     * The region the fake's transforms live in; clients must be configured with it. Default: {@code us-east-1}. Named
     * {@code region} earlier, which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRegion", defaultValue = GoalDefaults.FAKE_REGION)
    private String fakeRegion;

    /**
     * The transforms the fake knows, each with the labeling file it starts with:
     * {@code <fakeSeeds><seed><transformId>tfm-1</transformId><labels>src/test/resources/labels.csv</labels></seed>
     * </fakeSeeds>}. A transform that is not seeded does not exist for the fake: exporting it fails as with an unknown
     * transform. Being a list of elements, it has no property. Default: none. Named {@code seeds} earlier, which
     * still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Seed> fakeSeeds;

    /**
     * The S3 buckets to create in the fake, e.g. the bucket of the export's output path (an export to a bucket that
     * does not exist fails). Each must be a valid S3 bucket name; an invalid one fails the build before the fake starts,
     * naming it. Default: none. Named {@code buckets} earlier, which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeBuckets")
    private List<String> fakeBuckets;

    /**
     * How fast the fake's task runs move: {@code immediate} (they end at once), {@code reads:<n>} (they end at the n-th
     * status read, {@code STARTING} then {@code RUNNING} before), {@code duration:<duration>} or the duration alone
     * (they end after that long, e.g. {@code duration:5s}, {@code 1h30m}, {@code PT2M}), or {@code manual} (they move
     * only through the fake's control API). The forms of the standalone fake's {@code --pacing}, read by the same
     * parser. Default: {@code immediate}. Named {@code pacing} earlier, which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePacing", defaultValue = GoalDefaults.FAKE_PACING)
    private String fakePacing;

    /**
     * How the fake's task runs end: {@code succeed}, {@code fail}, {@code fail:<error string>} ({@code FAILED} with
     * that {@code ErrorString}), {@code timeout} (Glue's own {@code TIMEOUT} status) or {@code stopped}
     * ({@code STOPPED}, as a run someone cancelled); the forms of the standalone fake's {@code --outcome}. Default:
     * {@code succeed}. Named {@code outcome} earlier, which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeOutcome", defaultValue = GoalDefaults.FAKE_OUTCOME)
    private String fakeOutcome;

    /**
     * The most labels the fake writes into one file of an export; lower it to get multi-part exports from small
     * labeling files. Default: {@code 2147483647}, no limit: one file per export, as Glue writes it. Named
     * {@code rowsPerPart} earlier, which still works with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRowsPerPart", defaultValue = GoalDefaults.FAKE_ROWS_PER_PART)
    private int fakeRowsPerPart;

    /**
     * Deprecated: use {@code fakePort}.
     *
     * @deprecated the earlier name of {@code fakePort}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private Integer port;

    /**
     * Deprecated: use {@code fakeRegion}.
     *
     * @deprecated the earlier name of {@code fakeRegion}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private String region;

    /**
     * Deprecated: use {@code fakeSeeds}.
     *
     * @deprecated the earlier name of {@code fakeSeeds}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private List<Seed> seeds;

    /**
     * Deprecated: use {@code fakeBuckets}.
     *
     * @deprecated the earlier name of {@code fakeBuckets}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private List<String> buckets;

    /**
     * Deprecated: use {@code fakePacing}.
     *
     * @deprecated the earlier name of {@code fakePacing}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private String pacing;

    /**
     * Deprecated: use {@code fakeOutcome}.
     *
     * @deprecated the earlier name of {@code fakeOutcome}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private String outcome;

    /**
     * Deprecated: use {@code fakeRowsPerPart}.
     *
     * @deprecated the earlier name of {@code fakeRowsPerPart}
     * @since 0.1.0
     */
    @Deprecated
    @Parameter
    private Integer rowsPerPart;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:fake-start: skip is true (glue-labels.skipFake).");
            return;
        }
        ConfigurationProblems problems = problemsWithUnknownProperties("fake-start", "no fake was started");
        FakeStartParameters parameters = parameters(new RenamedParameters(getLog(), "fake-start", problems));
        List<String> validBuckets = parameters.check(problems);
        problems.throwIfAny();
        new FakeLauncher(getLog(), project()).start(parameters, validBuckets);
    }

    /** @return the parameters, each under the name it was configured with: the new one, or the deprecated one */
    FakeStartParameters parameters(RenamedParameters renamed) {
        FakeParameters behaviour = new FakeParameters(
                renamed.pick(FakeParameters.PACING, fakePacing, GoalDefaults.FAKE_PACING, "pacing", pacing),
                renamed.pick(FakeParameters.OUTCOME, fakeOutcome, GoalDefaults.FAKE_OUTCOME, "outcome", outcome),
                renamed.pick(
                        FakeParameters.ROWS_PER_PART,
                        fakeRowsPerPart,
                        Integer.valueOf(GoalDefaults.FAKE_ROWS_PER_PART),
                        "rowsPerPart",
                        rowsPerPart));
        return new FakeStartParameters(
                renamed.pick("fakePort", fakePort, Integer.valueOf(GoalDefaults.FAKE_PORT), "port", port),
                renamed.pick("fakeRegion", fakeRegion, GoalDefaults.FAKE_REGION, "region", region),
                renamed.pick("fakeSeeds", fakeSeeds, null, "seeds", seeds),
                renamed.pick("fakeBuckets", fakeBuckets, null, "buckets", buckets),
                behaviour);
    }
}
