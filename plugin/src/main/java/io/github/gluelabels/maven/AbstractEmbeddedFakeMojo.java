package io.github.gluelabels.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of a task-run goal that can run against an embedded fake Glue + S3 instead of AWS ({@code export},
 * {@code import}): whether to, which labels the fake's transforms start with, and how its task runs behave — the same
 * names, properties and rules for every such goal (and for {@code fake-start}'s task runs).
 */
abstract class AbstractEmbeddedFakeMojo extends AbstractTaskRunMojo {

    /**
     * Runs against an embedded fake Glue + S3 instead of AWS: the goal starts the fake in the Maven JVM, seeds each
     * transform it works on with {@code fakeLabels}, creates the buckets it names, runs against it and stops it. The
     * goal's AWS SDK clients reach the fake in process, without a socket: no port is opened (use {@code fake-start}
     * for a fake that other processes call, or that outlives one goal). No AWS account, credentials or network needed;
     * {@code region}, {@code profile}, {@code serverId}, {@code endpointUrl} and {@code s3EndpointUrl} are ignored.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fake", defaultValue = "false")
    private boolean fake;

    /**
     * With {@code fake}: the labeling file (UTF-8 CSV whose header starts with {@code labeling_set_id,label}) each
     * transform of the goal is seeded with, e.g. {@code src/test/resources/labels.csv}. Default: a small sample shipped
     * with the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeLabels")
    private File fakeLabels;

    /**
     * With {@code fake}: how fast the task runs move — {@code immediate}, {@code reads:<n>} (they end at the n-th
     * status read), {@code duration:<duration>} or the duration alone (e.g. {@code 5s}, {@code 1h30m}, {@code PT2M}),
     * or {@code manual} (they never end by themselves: the goal waits until its timeout). The forms of the standalone
     * fake's {@code --pacing}, read by the same parser. Default: {@code immediate}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePacing", defaultValue = GoalDefaults.FAKE_PACING)
    private String fakePacing;

    /**
     * With {@code fake}: how the task runs end — {@code succeed}, {@code fail}, {@code fail:<error string>},
     * {@code timeout} or {@code stopped} (or the status: {@code SUCCEEDED}, {@code FAILED}, {@code TIMEOUT},
     * {@code STOPPED}); the forms of the standalone fake's {@code --outcome}. Default: {@code succeed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeOutcome", defaultValue = GoalDefaults.FAKE_OUTCOME)
    private String fakeOutcome;

    /**
     * With {@code fake}: the most labels the fake writes into one file of an export; lower it to get a multi-part
     * export ({@code <TransformId>_labels_<time>_<uuid>_part-00001.csv}, …). Default: {@code 2147483647}, no limit: one
     * file per export, as Glue writes it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRowsPerPart", defaultValue = GoalDefaults.FAKE_ROWS_PER_PART)
    private int fakeRowsPerPart;

    /** @param settingsDecrypter decrypts the password of {@code serverId} */
    protected AbstractEmbeddedFakeMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /** @return whether the goal runs against the embedded fake */
    protected final boolean fake() {
        return fake;
    }

    /** @return the labeling file to seed the fake with, or {@code null} for the plugin's sample */
    protected final File fakeLabels() {
        return fakeLabels;
    }

    /** @return how the fake's task runs behave, as configured (checked by the goal's planner) */
    protected final FakeParameters fakeParameters() {
        return FakeParameters.of(fakePacing, fakeOutcome, fakeRowsPerPart);
    }
}
