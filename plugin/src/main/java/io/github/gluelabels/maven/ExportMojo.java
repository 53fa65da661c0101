package io.github.gluelabels.maven;

import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Exports the labels of one or more AWS Glue FindMatches transforms: starts the export task run, waits for it,
 * downloads what it wrote and summarizes the labels — against real AWS Glue, or against a fake (the embedded one with
 * {@code fake=true}, or one started by {@code fake-start}).
 *
 * <p>The log shows the {@code TaskRunId}, each status change and the final status, where the labels landed (S3 path
 * and local folder) and their summary. Each export leaves a JSON receipt,
 * <code>${project.build.directory}/glue-labels/receipts/&lt;transformId&gt;-&lt;taskRunId&gt;.json</code>, and
 * sets project properties for the plugins that run after it: {@code glue-labels.<transformId>.taskRunId},
 * {@code .status} and {@code .downloadDir}, and, when a single transform is exported, {@code glue-labels.taskRunId},
 * {@code glue-labels.status} and {@code glue-labels.downloadDir}.
 *
 * <p>Every problem of the configuration is reported at once, before anything is sent. A failed export ends the build
 * with a message that says what went wrong and what to do. Runs without a project, e.g.
 * {@code mvn glue-labels:export -Dglue-labels.fake -Dglue-labels.transformId=tfm-1
 * -Dglue-labels.outputS3Path=s3://labels/out}.
 *
 * @since 0.1.0
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractEmbeddedFakeMojo {

    /**
     * The id of the transform whose labels to export, e.g. {@code tfm-0123456789abcdef}. Set this or
     * {@code transformIds}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.transformId")
    private String transformId;

    /**
     * Several transforms to export, in parallel (at most {@code parallelism} at once). Unless {@code outputS3Path}
     * holds the placeholder <code>{transformId}</code>, each transform's labels go to
     * {@code <outputS3Path>/<transformId>/}. On the command line: {@code -Dglue-labels.transformIds=tfm-1,tfm-2}. Set
     * this or {@code transformId}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.transformIds")
    private List<String> transformIds;

    /**
     * Where Glue writes the labels: {@code s3://bucket/prefix}. May hold the placeholder <code>{transformId}</code>, e.g.
     * <code>s3://my-bucket/labels/{transformId}/</code>. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.outputS3Path")
    private String outputS3Path;

    /**
     * Whether to download the exported files to {@code downloadTo} and summarize the labels (unless
     * {@code summarize} is false). Downloading needs {@code wait}. Default: {@code true} when waiting, else
     * {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.download")
    private Boolean download;

    /**
     * The local folder to download the labels to; may hold the placeholder <code>{transformId}</code>. With several
     * transforms and no placeholder, each goes to {@code <downloadTo>/<transformId>}. A download brings only what this
     * export's task run wrote (objects under {@code outputS3Path} from earlier exports are left aside, and counted). The
     * files arrive in the folder's hidden {@code .glue-labels} folder and move into place only when every one has arrived
     * whole, all or nothing: the files of the earlier download there are replaced, and a build stopped half-way leaves
     * them as they were (the next export finishes putting them back). glue-labels lists what it wrote in
     * {@code .glue-labels/manifest.json}, and never replaces or removes a file it did not write, nor follows a symbolic
     * link inside the folder. Default: <code>${project.build.directory}/glue-labels/{transformId}</code>.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "glue-labels.downloadTo",
            defaultValue = "${project.build.directory}/glue-labels/" + ExportPlanner.TRANSFORM_PLACEHOLDER)
    private File downloadTo;

    /**
     * Whether the download reads every label it brings: to check that each part is a labeling file, and to log and
     * record a summary (labels, labeling sets, distinct labels per set). With {@code false} the files are only copied,
     * their sizes checked, as {@code aws s3 cp} does: for backups of millions of labels, where nobody reads the summary
     * and reading them takes most of the download's CPU. No effect without a download.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.summarize", defaultValue = "true")
    private boolean summarize;

    /**
     * How many transforms of {@code transformIds} are exported at once. Default: {@code 4}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.parallelism", defaultValue = GoalDefaults.PARALLELISM)
    private int parallelism;

    /**
     * Skips the goal. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Validates the configuration and prints each request with the endpoint, region and credentials source it would
     * use — and sends nothing. Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * @param settingsDecrypter decrypts the password of {@code serverId}
     */
    @Inject
    public ExportMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:export: skip is true (glue-labels.skip).");
            return;
        }
        ExportParameters parameters = parameters();
        ExportPlan plan = new ExportPlanner(
                        parameters, problemsWithUnknownProperties("export", "nothing was sent"), paths()::resolve)
                .plan();
        SecretSafeLogging.apply();
        if (fake()) {
            exportFromEmbeddedFake(parameters, plan);
            return;
        }
        try (Connection connection = connectToAws("export")) {
            if (dryRun) {
                new DryRunReport(getLog()).print(plan, connection, session().isOffline());
                return;
            }
            AwsConnector.refuseRemoteCallsWhenOffline(
                    session().isOffline(), "export", plan.download(), connection, AwsConnector.fakeAdvice("export"));
            runner().run(plan, connection);
        }
    }

    private void exportFromEmbeddedFake(ExportParameters parameters, ExportPlan plan)
            throws MojoExecutionException, MojoFailureException {
        List<String> ignored = parameters.aws.setButIgnoredByFake();
        if (!ignored.isEmpty()) {
            getLog().info("fake is true: ignoring " + String.join(", ", ignored) + " (the embedded fake has its own)");
        }
        EmbeddedFakeExport export =
                new EmbeddedFakeExport(getLog(), parameters.fakeParameters, fakeLabels(), parameters.aws.maxAttempts());
        if (dryRun) {
            export.dryRun(plan);
        } else {
            export.run(plan, workDirectory().resolve("fake-journal.txt"), runner());
        }
    }

    /** @return the parameters as configured, for the planner */
    private ExportParameters parameters() {
        ExportParameters parameters = new ExportParameters();
        parameters.transformId = transformId;
        parameters.transformIds = transformIds;
        parameters.outputS3Path = outputS3Path;
        parameters.waiting = waitParameters();
        parameters.download = download;
        parameters.downloadTo = downloadTo;
        parameters.summarize = summarize;
        parameters.maxDownloadObjects = downloadLimits().maxObjects();
        parameters.maxDownloadBytes = downloadLimits().maxBytes();
        parameters.parallelism = parallelism;
        parameters.fake = fake();
        parameters.fakeLabels = fakeLabels();
        parameters.fakeParameters = fakeParameters();
        parameters.aws = awsParameters();
        return parameters;
    }

    private ExportRunner runner() {
        return new ExportRunner(getLog(), project(), workDirectory().resolve("receipts"));
    }
}
