package io.github.gluelabels.maven;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Compares two sets of labels — labeling files, folders of them (an export's download folder), or {@code s3://}
 * paths, downloaded first — and says what changed: labeling sets added, removed and changed; records added, removed
 * and relabeled. Exact however many labels there are, in bounded memory.
 *
 * <p>The log shows a line starting {@code Diff:} with the counts, then the sides and the first changes of each kind;
 * the JSON report ({@code diffReport}) lists every change. The goal leaves a receipt,
 * <code>${project.build.directory}/glue-labels/receipts/diff-&lt;time&gt;.json</code>, and sets the project
 * properties {@code glue-labels.diff.identical}, {@code glue-labels.diff.summary} and {@code glue-labels.diff.report}.
 * A diff that finds changes succeeds — it reports, it does not judge — unless {@code failOnChanges} is set, which makes
 * it a check: the build fails when the sides differ.
 *
 * <p>Runs without a project, e.g. {@code mvn glue-labels:diff -Dglue-labels.from=before.csv
 * -Dglue-labels.to=after.csv}. Calls AWS only for an {@code s3://} side or to read the primary key of
 * {@code transformId}, with the connection parameters of {@code export}.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractAwsMojo {

    /**
     * The labels before: a labeling file (UTF-8 CSV whose header starts with {@code labeling_set_id,label}), a folder
     * of them (every {@code .csv} in it and its subfolders, e.g. an export's download folder) or an {@code s3://}
     * path, downloaded first into <code>${project.build.directory}/glue-labels/diff/from</code>. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.from")
    private String from;

    /**
     * The labels after: a labeling file, a folder of them or an {@code s3://} path (downloaded first into
     * <code>${project.build.directory}/glue-labels/diff/to</code>), as {@code from}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.to")
    private String to;

    /**
     * The column that identifies a record within its labeling set, e.g. the transform's primary key
     * {@code customer_id}; both sides must have it, and their other columns may then differ. Default: the primary key
     * of {@code transformId} when that is set and readable, else a record is identified by all its fields but
     * {@code labeling_set_id} and {@code label}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.primaryKey")
    private String primaryKey;

    /**
     * The transform the labels belong to, whose primary-key column ({@code GetMLTransform}) identifies a record when
     * {@code primaryKey} is not set. When the transform cannot be read, the log says why and records are identified by
     * all their fields. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.transformId")
    private String transformId;

    /**
     * The JSON report of every change, replaced whole once the diff has succeeded. Default:
     * <code>${project.build.directory}/glue-labels/diff.json</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.diffReport", defaultValue = "${project.build.directory}/glue-labels/diff.json")
    private File diffReport;

    /**
     * Fails the build when the sides differ, after the report, the receipt and the properties are written: the
     * message gives the {@code Diff:} line and the report's path. For a check, e.g. that labels exported again equal
     * the file imported. Default: {@code false} (a diff that finds changes succeeds).
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.failOnChanges", defaultValue = "false")
    private boolean failOnChanges;

    /**
     * Skips the goal. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.skip", defaultValue = "false")
    private boolean skip;

    /** @param settingsDecrypter decrypts the password of {@code serverId} */
    @Inject
    public DiffMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:diff: skip is true (glue-labels.skip).");
            return;
        }
        ProjectPaths paths = paths();
        // from and to are text, not files Maven resolves: a relative side is read against the project's folder
        DiffPlan plan = new DiffPlanner(
                        parameters(),
                        problemsWithUnknownProperties("diff", "nothing was read"),
                        file -> paths.resolveText(file.getPath()))
                .plan();
        SecretSafeLogging.apply();
        DiffRunner runner = new DiffRunner(
                getLog(), new DiffReporting(getLog(), project(), workDirectory().resolve("receipts")));
        if (!plan.callsAws()) {
            runner.run(plan, null);
            return;
        }
        boolean s3 = plan.from().isS3() || plan.to().isS3();
        String keyOnly = "or name the column with primaryKey (-Dglue-labels.primaryKey=customer_id): this diff calls "
                + "AWS only to read the primary key of transformId " + plan.transformId() + ", and then calls nothing.";
        try (Connection connection = connectToAws("diff", s3 ? "" : keyOnly)) {
            AwsConnector.refuseRemoteCallsWhenOffline(
                    session().isOffline(),
                    "diff",
                    s3,
                    connection,
                    s3
                            ? "point endpointUrl at the fake of glue-labels:fake-start, or compare local files"
                            : "set primaryKey, and diff calls nothing");
            runner.run(plan, connection);
        }
    }

    private DiffParameters parameters() {
        DiffParameters parameters = new DiffParameters();
        parameters.from = from;
        parameters.to = to;
        parameters.primaryKey = primaryKey;
        parameters.transformId = transformId;
        parameters.diffReport = diffReport;
        parameters.failOnChanges = failOnChanges;
        parameters.workDirectory = workDirectory().toFile();
        parameters.maxDownloadObjects = downloadLimits().maxObjects();
        parameters.maxDownloadBytes = downloadLimits().maxBytes();
        parameters.aws = awsParameters();
        return parameters;
    }
}
