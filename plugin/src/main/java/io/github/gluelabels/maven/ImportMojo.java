package io.github.gluelabels.maven;

import java.io.File;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Imports labels into an AWS Glue FindMatches transform: checks the local labeling files (every problem at once, with
 * file, line and rule, before anything is sent), backs up the current labels before a replace (a real export, kept in
 * S3 and locally), uploads the files to {@code inputS3Path}, starts the import task run and waits for it — against
 * real AWS Glue, the embedded fake ({@code fake=true}) or one started by {@code fake-start}.
 *
 * <p>The log shows the check, the backup, each upload, the {@code TaskRunId} and its statuses, and the transform's
 * label count before and after. Each import leaves a JSON receipt,
 * <code>${project.build.directory}/glue-labels/receipts/import-&lt;transformId&gt;-&lt;taskRunId&gt;.json</code>, and
 * sets the project properties {@code glue-labels.import.taskRunId}, {@code .status}, {@code .labelCount} and, after a
 * backup, {@code .backupS3Path} and {@code .backupDir}. With {@code dryRun} it plans instead: checks, exports the
 * current labels and prints the diff of what the import would change, changing no label.
 *
 * <p>Runs without a project, e.g. {@code mvn glue-labels:import -Dglue-labels.transformId=tfm-1
 * -Dglue-labels.labels=labels.csv -Dglue-labels.inputS3Path=s3://my-bucket/labels/import-1/}.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractEmbeddedFakeMojo {

    /**
     * The id of the transform to import the labels into, e.g. {@code tfm-0123456789abcdef}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.transformId")
    private String transformId;

    /**
     * The labels to import: a labeling file (UTF-8 CSV whose header starts with {@code labeling_set_id,label}, then the
     * transform's columns) or a folder of them. Checked before anything is sent. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.labels")
    private File labels;

    /**
     * Where the labels are uploaded to and imported from ({@code InputS3Path}): a folder, e.g.
     * {@code s3://my-bucket/labels/import-1/}, that must hold nothing yet (Glue would import it too), or, for a single
     * file, the object's path. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.inputS3Path")
    private String inputS3Path;

    /**
     * Whether the import replaces all the transform's labels ({@code ReplaceAllLabels}) rather than adding to them.
     * A replace first backs up the current labels (see {@code backup}). Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.replaceAllLabels", defaultValue = "false")
    private boolean replaceAllLabels;

    /**
     * Where a replace's backup (an export of the current labels) goes, e.g. {@code s3://my-bucket/backups/}; its local
     * copy goes to <code>${project.build.directory}/glue-labels/backups/&lt;transformId&gt;/&lt;time&gt;</code>. Also
     * where {@code dryRun} exports the current labels. Default: {@code glue-labels-backups/<transformId>/<time>/}
     * beside the input path's folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.backupS3Path")
    private String backupS3Path;

    /**
     * Whether a replace first backs up the current labels; if the backup fails, nothing is imported. {@code false}
     * is the explicit opt-out: the labels replaced are then lost, and the log warns. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.backup", defaultValue = "true")
    private boolean backup;

    /**
     * Skips the goal. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Plans instead of importing: checks the files, fetches the transform's current labels (an export to
     * {@code backupS3Path}) and prints the diff of what the import would change — for a replace, the current labels
     * against the files; else the labels added. Uploads and imports nothing: no label changes. Default:
     * {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** @param settingsDecrypter decrypts the password of {@code serverId} */
    @Inject
    public ImportMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:import: skip is true (glue-labels.skip).");
            return;
        }
        ImportParameters parameters = parameters();
        ImportPlan plan = new ImportPlanner(
                        parameters,
                        problemsWithUnknownProperties("import", "nothing was sent"),
                        paths()::resolve,
                        Instant.now())
                .plan();
        SecretSafeLogging.apply();
        if (fake()) {
            List<String> ignored = parameters.aws.setButIgnoredByFake();
            if (!ignored.isEmpty()) {
                getLog().info("fake is true: ignoring " + String.join(", ", ignored)
                        + " (the embedded fake has its own)");
            }
            new EmbeddedFake(getLog(), parameters.fakeParameters, fakeLabels(), parameters.aws.maxAttempts(), "import")
                    .run(
                            List.of(plan.transformId()),
                            plan.buckets(),
                            workDirectory().resolve("fake-journal.txt"),
                            connection -> run(plan, connection));
            return;
        }
        try (Connection connection = connectToAws("import")) {
            AwsConnector.refuseRemoteCallsWhenOffline(
                    session().isOffline(), "import", true, connection, AwsConnector.fakeAdvice("import"));
            run(plan, connection);
        }
    }

    private void run(ImportPlan plan, Connection connection) throws MojoExecutionException, MojoFailureException {
        if (dryRun) {
            new ImportDryRun(
                            getLog(),
                            new DiffReporting(
                                    getLog(), project(), workDirectory().resolve("receipts")))
                    .run(plan, connection);
        } else {
            new ImportRunner(getLog(), project(), workDirectory().resolve("receipts")).run(plan, connection);
        }
    }

    private ImportParameters parameters() {
        ImportParameters parameters = new ImportParameters();
        parameters.transformId = transformId;
        parameters.labels = labels;
        parameters.inputS3Path = inputS3Path;
        parameters.replaceAllLabels = replaceAllLabels;
        parameters.backup = backup;
        parameters.backupS3Path = backupS3Path;
        parameters.waiting = waitParameters();
        parameters.workDirectory = workDirectory().toFile();
        parameters.maxDownloadObjects = downloadLimits().maxObjects();
        parameters.maxDownloadBytes = downloadLimits().maxBytes();
        parameters.fake = fake();
        parameters.fakeLabels = fakeLabels();
        parameters.fakeParameters = fakeParameters();
        parameters.aws = awsParameters();
        return parameters;
    }
}
