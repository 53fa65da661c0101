package io.github.gluelabels.maven;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.aws.MissingRegionException;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.text.Redaction;
import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
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
public class ExportMojo extends AbstractMojo {

    private static final String TRANSFORM_PLACEHOLDER = "{transformId}";
    private static final String SAMPLE_LABELS = "sample-labels.csv";
    private static final String FAKE_CREDENTIALS = "the embedded fake's test credentials (not secret)";
    private static final String FAKE_REGION = "us-east-1";
    private static final String STUB_BASEDIR = "${project.basedir}";

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
     * Whether to wait for the task run to end. Without waiting, the goal only starts the export and reports its
     * {@code TaskRunId} (status {@code STARTED}); nothing is downloaded. Default: {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.wait", defaultValue = "true")
    private boolean wait;

    /**
     * How long to wait for the task run in all, e.g. {@code 30m}, {@code 90s}, {@code 2h}, {@code 1h30m} or ISO-8601
     * {@code PT30M}. When it passes, the build fails naming the task run, which keeps running unless
     * {@code cancelOnTimeout} is set. Default: {@code 30m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.timeout", defaultValue = "30m")
    private String timeout;

    /**
     * The first interval between two status reads (same forms as {@code timeout}); it grows by half after each read, up
     * to 30 seconds or this interval if longer. Default: {@code 2s}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.pollInterval", defaultValue = "2s")
    private String pollInterval;

    /**
     * Whether to cancel the task run when {@code timeout} passes. Default: {@code false} — the run goes on and may
     * still finish.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.cancelOnTimeout", defaultValue = "false")
    private boolean cancelOnTimeout;

    /**
     * How many status reads in a row must fail to connect to Glue (connection refused, unknown host, connect timeout)
     * before the wait gives up on an endpoint that is gone, also for at least {@code maxUnreachableTime}. Answers that
     * are errors (throttling, HTTP 5xx) never count: Glue is there. The build then fails naming the endpoint and the
     * task run, which may still be running. Default: {@code 5}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxUnreachableReads", defaultValue = "5")
    private int maxUnreachableReads;

    /**
     * How long status reads must have failed to connect, from the first of them, before the wait gives up (with
     * {@code maxUnreachableReads}, both must be reached, so a network blip is ridden out); same forms as
     * {@code timeout}. Default: {@code 2m}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxUnreachableTime", defaultValue = "2m")
    private String maxUnreachableTime;

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
            defaultValue = "${project.build.directory}/glue-labels/" + TRANSFORM_PLACEHOLDER)
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
     * The most objects one download brings. An export that wrote more is refused before anything is written, naming
     * this bound: a guard against an {@code outputS3Path} that holds far more than labels. Objects of earlier exports
     * under the path, left aside, do not count. Default: {@code 100000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxDownloadObjects", defaultValue = "100000")
    private long maxDownloadObjects;

    /**
     * The most bytes one download brings, e.g. {@code 50GiB}, {@code 500MB}, {@code 2g} or a number of bytes. An export
     * that wrote more is refused before anything is written, naming this bound. Default: {@code 50GiB}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxDownloadBytes", defaultValue = "50GiB")
    private String maxDownloadBytes;

    /**
     * The AWS region of the transform, e.g. {@code eu-west-1}. Default: the AWS SDK's region chain (the
     * {@code AWS_REGION} environment variable, then the profile); never a guess — with no region anywhere the build
     * fails saying how to set one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.region")
    private String region;

    /**
     * A profile of {@code ~/.aws/config} and {@code ~/.aws/credentials} to take the credentials (and the region, if
     * the profile has one) from; SSO profiles work after {@code aws sso login}. Default: the AWS SDK's default
     * credentials chain (environment, {@code AWS_PROFILE} or the default profile, container or instance role).
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.profile")
    private String profile;

    /**
     * The id of a {@code <server>} in Maven's {@code settings.xml} to take the credentials from: {@code <username>} is
     * the access key id, {@code <password>} the secret key (encrypted with {@code mvn --encrypt-password} or not), and
     * an optional {@code <configuration><sessionToken>} the session token. The secret is never logged. Set this or
     * {@code profile}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.serverId")
    private String serverId;

    /**
     * The Glue endpoint to call instead of the region's, e.g. a VPC endpoint, or the fake of {@code fake-start}:
     * <code>${glue-labels.fake.endpoint}</code>. Default: what the AWS SDK itself honours ({@code AWS_ENDPOINT_URL_GLUE},
     * {@code AWS_ENDPOINT_URL}), else the region's public endpoint.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.endpointUrl")
    private String endpointUrl;

    /**
     * The S3 endpoint to download from (path-style). Default: {@code endpointUrl} when that is on this machine (a fake
     * serves Glue and S3 on one endpoint), else what the AWS SDK honours ({@code AWS_ENDPOINT_URL_S3},
     * {@code AWS_ENDPOINT_URL}), else S3's public endpoints.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.s3EndpointUrl")
    private String s3EndpointUrl;

    /**
     * How many attempts the AWS SDK makes per call before it gives up on a transient error (throttling, 5xx); 1 means
     * no retry. Default: {@code 3}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxAttempts", defaultValue = "3")
    private int maxAttempts;

    /**
     * How many transforms of {@code transformIds} are exported at once. Default: {@code 4}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.parallelism", defaultValue = "4")
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
     * Exports from an embedded fake Glue + S3 instead of AWS: the goal starts the fake in the Maven JVM, seeds every
     * exported transform with {@code fakeLabels}, creates the output bucket, runs the export against it and stops it.
     * The goal's AWS SDK clients reach the fake in process, without a socket: no port is opened (use
     * {@code fake-start} for a fake that other processes call). No AWS account, credentials or network needed;
     * {@code region}, {@code profile}, {@code serverId}, {@code endpointUrl} and {@code s3EndpointUrl} are ignored.
     * Default: {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fake", defaultValue = "false")
    private boolean fake;

    /**
     * With {@code fake}: the labeling file (UTF-8 CSV whose header starts with {@code labeling_set_id,label}) every
     * exported transform is seeded with, e.g. {@code src/test/resources/labels.csv}. Default: a small sample shipped
     * with the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeLabels")
    private File fakeLabels;

    /**
     * With {@code fake}: how fast the task runs move — {@code immediate}, {@code reads:<n>} (they end at the n-th
     * status read) or {@code duration:<duration>} (e.g. {@code duration:5s}). Default: {@code immediate}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakePacing", defaultValue = "immediate")
    private String fakePacing;

    /**
     * With {@code fake}: how the task runs end — {@code succeed}, {@code fail:<error string>} or {@code timeout}.
     * Default: {@code succeed}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeOutcome", defaultValue = "succeed")
    private String fakeOutcome;

    /**
     * With {@code fake}: the most labels the fake writes into one part file; lower it to get a multi-part export.
     * Default: {@code 10000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.fakeRowsPerPart", defaultValue = "10000")
    private int fakeRowsPerPart;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final SettingsDecrypter settingsDecrypter;

    /**
     * @param settingsDecrypter decrypts the password of {@code serverId}
     */
    @Inject
    public ExportMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping glue-labels:export: skip is true (glue-labels.skip).");
            return;
        }
        ExportPlan plan = plan();
        SecretSafeLogging.apply();
        if (fake) {
            exportFromEmbeddedFake(plan);
            return;
        }
        try (Connection connection = connectToAws()) {
            if (dryRun) {
                printDryRun(plan, connection);
                return;
            }
            refuseRemoteCallsWhenOffline(plan, connection);
            runner().run(plan, connection);
        }
    }

    private ExportRunner runner() {
        return new ExportRunner(getLog(), project, workDirectory().resolve("receipts"));
    }

    /** Where receipts and the embedded fake's journal go: {@code ${project.build.directory}/glue-labels}. */
    private Path workDirectory() {
        return resolved(buildDirectory).resolve("glue-labels");
    }

    /**
     * A path of the project, usable also without a {@code pom.xml}: Maven's stub project leaves
     * <code>${project.basedir}</code> in its build directory, which is then read as the project's folder.
     */
    private Path resolved(File file) {
        String path = file.getPath();
        int at = path.indexOf(STUB_BASEDIR);
        if (at < 0) {
            return file.toPath();
        }
        String rest = path.substring(at + STUB_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        String root = project.getBasedir() != null
                ? project.getBasedir().getPath()
                : session.getRequest().getBaseDirectory() != null
                        ? session.getRequest().getBaseDirectory()
                        : System.getProperty("user.dir");
        return Path.of(root).resolve(rest);
    }

    // ------------------------------------------------------------------------------------------------ validation

    /** Checks every parameter and builds every request; reports all problems at once, before anything starts. */
    private ExportPlan plan() throws MojoFailureException {
        ConfigurationProblems problems = new ConfigurationProblems("export", "nothing was sent");
        UnknownProperties.check(session.getUserProperties(), plugin, project.getProperties(), problems);
        List<String> ids = transformIds(problems);
        if (outputS3Path == null || outputS3Path.isBlank()) {
            problems.add(
                    "outputS3Path (property glue-labels.outputS3Path) is not set: give the S3 path Glue writes the "
                            + "labels to, e.g. s3://my-bucket/labels/");
        }
        Optional<Duration> waitTimeout = duration("timeout", timeout, problems, true);
        Optional<Duration> firstPoll = duration("pollInterval", pollInterval, problems, false);
        Optional<Duration> unreachableTime = duration("maxUnreachableTime", maxUnreachableTime, problems, true);
        if (maxUnreachableReads < 1) {
            problems.parameter("maxUnreachableReads", "must be 1 or more", String.valueOf(maxUnreachableReads));
        }
        if (parallelism < 1) {
            problems.parameter("parallelism", "must be 1 or more", String.valueOf(parallelism));
        }
        if (maxAttempts < 1) {
            problems.parameter("maxAttempts", "must be 1 or more (1 = no retry)", String.valueOf(maxAttempts));
        }
        if (Boolean.TRUE.equals(download) && !wait) {
            problems.add(
                    "download (property glue-labels.download) is true but wait is false: the labels exist only "
                            + "once the task run succeeded, so downloading needs waiting. Set wait to true, or download to false.");
        }
        boolean downloading = wait && (download == null || download);
        if (downloading && downloadTo == null) {
            problems.add("downloadTo (property glue-labels.downloadTo) is not set: give the folder to download to");
        }
        Optional<DownloadLimits> limits = downloadLimits(problems);
        if (fake) {
            checkFakeParameters(problems);
        } else {
            checkAwsParameters(problems);
        }

        List<ExportTarget> targets = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        if (outputS3Path != null && !outputS3Path.isBlank()) {
            for (String id : ids) {
                String path = forTransform(outputS3Path, id, ids.size() > 1, true);
                try {
                    Path folder = downloading && downloadTo != null
                            ? resolved(new File(
                                    forTransform(downloadTo.getPath(), Names.safeFileName(id), ids.size() > 1, false)))
                            : null;
                    ExportRequest request = ExportRequest.of(id, path);
                    if (folder != null && request.outputS3Path().isWholeBucket()) {
                        problems.add("outputS3Path (property glue-labels.outputS3Path) is a whole bucket, "
                                + request.outputS3Path()
                                + ": glue-labels does not download a whole bucket (it would bring every "
                                + "object in it). Export to a folder in it, e.g. " + request.outputS3Path()
                                + "/labels/, or set "
                                + "download to false");
                    }
                    targets.add(new ExportTarget(request, folder));
                } catch (InvalidRequestException e) {
                    violations.addAll(e.violations());
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Violation v : violations) {
            String parameter = ExportRequest.TRANSFORM_ID.equals(v.field())
                    ? (transformIds != null && !transformIds.isEmpty() ? "transformIds" : "transformId")
                    : ExportRequest.OUTPUT_S3_PATH.equals(v.field()) ? "outputS3Path" : v.field();
            if (seen.add(v.message())) {
                problems.add(parameter + ": " + v.message());
            }
        }
        problems.throwIfAny();
        WaitOptions waitOptions = WaitOptions.defaults()
                .withTimeout(waitTimeout.orElseThrow())
                .withPollInterval(firstPoll.orElseThrow())
                .withCancelOnTimeout(cancelOnTimeout)
                .withMaxUnreachable(maxUnreachableReads, unreachableTime.orElseThrow());
        return new ExportPlan(targets, wait, waitOptions, parallelism, summarize, limits.orElseThrow());
    }

    private Optional<DownloadLimits> downloadLimits(ConfigurationProblems problems) {
        if (maxDownloadObjects < 1) {
            problems.parameter("maxDownloadObjects", "must be 1 or more", String.valueOf(maxDownloadObjects));
        }
        Optional<Long> bytes = ByteSizeParameter.parse(maxDownloadBytes);
        if (bytes.isEmpty()) {
            problems.parameter("maxDownloadBytes", "must be " + ByteSizeParameter.FORMS, maxDownloadBytes);
        }
        return maxDownloadObjects < 1 || bytes.isEmpty()
                ? Optional.empty()
                : Optional.of(new DownloadLimits(maxDownloadObjects, bytes.get()));
    }

    private List<String> transformIds(ConfigurationProblems problems) {
        boolean single = transformId != null && !transformId.isEmpty();
        boolean several = transformIds != null && !transformIds.isEmpty();
        if (single && several) {
            problems.add("transformId (" + Values.describe(transformId) + ") and transformIds ("
                    + ShortList.of(transformIds) + ") are both set: set one of them");
            return List.of();
        }
        if (!single && !several) {
            problems.add(
                    "transformId (property glue-labels.transformId) is not set: name the transform whose labels to "
                            + "export, e.g. -Dglue-labels.transformId=tfm-0123456789abcdef, or list several in transformIds");
            return List.of();
        }
        if (single) {
            return List.of(transformId);
        }
        List<String> ids = new ArrayList<>();
        for (String id : transformIds) {
            String trimmed = id == null ? "" : id.trim();
            if (ids.contains(trimmed)) {
                problems.add("transformIds lists " + Values.describe(trimmed) + " twice");
            } else {
                ids.add(trimmed);
            }
        }
        return ids;
    }

    private static Optional<Duration> duration(
            String parameter, String value, ConfigurationProblems problems, boolean zeroAllowed) {
        Optional<Duration> parsed = DurationParameter.parse(value);
        if (parsed.isEmpty()) {
            problems.parameter(parameter, "must be " + DurationParameter.FORMS, value);
        } else if (parsed.get().isNegative() || (!zeroAllowed && parsed.get().isZero())) {
            problems.parameter(parameter, "must be " + (zeroAllowed ? "0 or more" : "more than 0"), value);
            return Optional.empty();
        }
        return parsed;
    }

    private void checkFakeParameters(ConfigurationProblems problems) {
        if (FakeBehaviour.pacing(fakePacing).isEmpty()) {
            problems.parameter("fakePacing", "must be " + FakeBehaviour.PACING_FORMS, fakePacing);
        }
        if (FakeBehaviour.outcome(fakeOutcome).isEmpty()) {
            problems.parameter("fakeOutcome", "must be " + FakeBehaviour.OUTCOME_FORMS, fakeOutcome);
        }
        if (fakeRowsPerPart < 1) {
            problems.parameter("fakeRowsPerPart", "must be 1 or more", String.valueOf(fakeRowsPerPart));
        }
        if (fakeLabels != null && !fakeLabels.isFile()) {
            problems.add("fakeLabels (property glue-labels.fakeLabels): the labeling file " + fakeLabels
                    + " does not exist (or is not a file)");
        }
    }

    private void checkAwsParameters(ConfigurationProblems problems) {
        if (present(serverId) && present(profile)) {
            problems.add("serverId (" + Values.describe(serverId) + ") and profile (" + Values.describe(profile)
                    + ") are both set: take the credentials from one of them");
        }
        endpoint("endpointUrl", endpointUrl, problems);
        endpoint("s3EndpointUrl", s3EndpointUrl, problems);
    }

    private static Optional<URI> endpoint(String parameter, String value, ConfigurationProblems problems) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // the value may hold a password (https://user:password@host), also when it is not a valid URL
        problems.parameter(
                parameter,
                "must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:4566",
                Redaction.configuredUrl(value));
        return Optional.empty();
    }

    /**
     * Where one transform's output goes: the placeholder replaced, or, with several transforms and no placeholder, a
     * sub-folder named after the transform.
     */
    private static String forTransform(String template, String id, boolean several, boolean s3) {
        if (template.contains(TRANSFORM_PLACEHOLDER)) {
            return template.replace(TRANSFORM_PLACEHOLDER, id);
        }
        if (!several) {
            return template;
        }
        String separator = s3 ? "/" : File.separator;
        return (template.endsWith(separator) ? template : template + separator) + id + (s3 ? "/" : "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    // ------------------------------------------------------------------------------------------------ AWS

    private Connection connectToAws() throws MojoFailureException {
        ClientSettings.Builder settings =
                ClientSettings.builder().region(region).maxAttempts(maxAttempts);
        String credentialsSource;
        if (present(serverId)) {
            ServerCredentials.Found found =
                    ServerCredentials.lookUp(serverId.trim(), session.getSettings(), settingsDecrypter);
            settings.credentials(found.credentials());
            credentialsSource = found.description();
        } else if (present(profile)) {
            settings.credentials(Credentials.profile(profile.trim()));
            credentialsSource = "profile '" + profile.trim() + "' of ~/.aws/config and ~/.aws/credentials";
        } else {
            credentialsSource = "the AWS SDK's default credentials chain (resolved at the first call: environment, "
                    + "AWS_PROFILE or the default profile, container or instance role)";
        }
        ConfigurationProblems checkedInPlan = new ConfigurationProblems("export", "nothing was sent");
        Optional<URI> glue = endpoint("endpointUrl", endpointUrl, checkedInPlan);
        Optional<URI> s3 =
                endpoint("s3EndpointUrl", s3EndpointUrl, checkedInPlan).or(() -> glue.filter(AwsClients::isLocal));
        glue.ifPresent(settings::glueEndpoint);
        s3.ifPresent(settings::s3Endpoint);
        try {
            return new Connection(AwsClients.create(settings.build()), credentialsSource, false);
        } catch (MissingRegionException e) {
            throw new MojoFailureException(e.getMessage() + " With glue-labels:export, set <region> in the plugin's "
                    + "configuration or -Dglue-labels.region=eu-west-1 (your transform's region) on the command line.");
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw new MojoFailureException("Cannot set up the AWS clients: " + Redaction.text(e.getMessage()), e);
        }
    }

    /** Offline, a call to AWS would hang or fail slowly on a network that is not there: refuse at once instead. */
    private void refuseRemoteCallsWhenOffline(ExportPlan plan, Connection connection) throws MojoFailureException {
        if (!session.isOffline()) {
            return;
        }
        List<String> remote = new ArrayList<>();
        if (!AwsClients.isLocal(connection.glueEndpoint())) {
            remote.add("AWS Glue at " + connection.glueEndpointDescription());
        }
        if (plan.download()
                && connection.s3Endpoint().map(e -> !AwsClients.isLocal(e)).orElse(true)) {
            remote.add("S3 at " + connection.s3EndpointDescription());
        }
        if (!remote.isEmpty()) {
            throw new MojoFailureException("Maven is offline (-o), and this export would call "
                    + String.join(" and ", remote)
                    + (remote.size() == 1 ? ", which is not on this machine" : ", neither of which is on this machine")
                    + ": refusing instead of waiting for a network that is not there. "
                    + "Nothing was sent. Run without -o, or export from a fake: -Dglue-labels.fake=true for the embedded "
                    + "one, or endpointUrl pointing at the fake of glue-labels:fake-start.");
        }
    }

    private void printDryRun(ExportPlan plan, Connection connection) {
        getLog().info("Dry run: nothing is sent.");
        for (ExportTarget target : plan.targets()) {
            getLog().info("  Request: StartExportLabelsTaskRun {\"TransformId\": \"" + target.transformId()
                    + "\", \"OutputS3Path\": \"" + target.request().outputS3Path() + "\"}");
        }
        getLog().info("  Glue endpoint: " + connection.glueEndpointDescription());
        getLog().info("  S3 endpoint: " + connection.s3EndpointDescription());
        getLog().info("  Region: " + connection.region() + " (" + connection.regionSource() + ")");
        getLog().info("  Credentials: " + connection.credentialsSource());
        printPlanTail(plan);
        if (session.isOffline() && !connection.fake() && !AwsClients.isLocal(connection.glueEndpoint())) {
            getLog().warn("  Maven is offline (-o): without dryRun, this export would be refused, as "
                    + connection.glueEndpointDescription() + " is not on this machine.");
        }
    }

    private void printPlanTail(ExportPlan plan) {
        if (!plan.waitForCompletion()) {
            getLog().info("  Then: start only, no wait (wait = false)");
            return;
        }
        WaitOptions w = plan.waitOptions();
        getLog().info("  Then: wait up to " + Durations.describe(w.timeout())
                + " (status reads from every " + Durations.describe(w.pollInterval())
                + "), " + (w.cancelOnTimeout() ? "cancelling" : "not cancelling")
                + " the run on timeout; giving up on Glue "
                + "after " + w.maxUnreachableReads() + " status reads in a row and "
                + Durations.describe(w.maxUnreachableTime()) + " that cannot connect");
        for (ExportTarget target : plan.targets()) {
            if (target.downloadDir() != null) {
                getLog().info("  Download " + target.transformId() + " to " + target.downloadDir()
                        + (plan.summarize() ? "" : ", without a summary (summarize = false)"));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ embedded fake

    private void exportFromEmbeddedFake(ExportPlan plan) throws MojoExecutionException, MojoFailureException {
        List<String> ignored = new ArrayList<>();
        addIfPresent(ignored, "region", region);
        addIfPresent(ignored, "profile", profile);
        addIfPresent(ignored, "serverId", serverId);
        addIfPresent(ignored, "endpointUrl", endpointUrl);
        addIfPresent(ignored, "s3EndpointUrl", s3EndpointUrl);
        if (!ignored.isEmpty()) {
            getLog().info("fake is true: ignoring " + String.join(", ", ignored) + " (the embedded fake has its own)");
        }
        Pacing pacing = FakeBehaviour.pacing(fakePacing).orElseThrow();
        Outcome outcome = FakeBehaviour.outcome(fakeOutcome).orElseThrow();
        String labelsSource = fakeLabels == null ? "the plugin's sample labels" : fakeLabels.toString();
        if (dryRun) {
            getLog().info("Dry run: nothing is sent, and the embedded fake is not started.");
            for (ExportTarget target : plan.targets()) {
                getLog().info("  Request: StartExportLabelsTaskRun {\"TransformId\": \"" + target.transformId()
                        + "\", \"OutputS3Path\": \"" + target.request().outputS3Path() + "\"}");
            }
            getLog().info("  Glue and S3 endpoint: the embedded fake, in this JVM (no port)");
            getLog().info("  Region: " + FAKE_REGION + " (the embedded fake's)");
            getLog().info("  Credentials: " + FAKE_CREDENTIALS);
            printPlanTail(plan);
            return;
        }
        FakeGlueServer server;
        // the SDK's classes load on another core while the fake starts and takes its labels
        AwsClients.warmUpInBackground();
        try {
            // in process: nothing but this goal calls it, so it needs no port, and no WireMock start-up (about a
            // second)
            server = FakeGlueServer.builder()
                    .region(FAKE_REGION)
                    .rowsPerPart(fakeRowsPerPart)
                    .startInProcess();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot start the embedded fake Glue + S3: " + e.getMessage(), e);
        }
        Path journal = workDirectory().resolve("fake-journal.txt");
        String endpoint = server.endpoint().toString();
        try {
            FakeGlue account = server.defaultAccount().pacing(pacing).outcome(outcome);
            for (ExportTarget target : plan.targets()) {
                seed(account, target.transformId());
                account.createBucket(target.request().outputS3Path().bucket());
            }
            getLog().info("Embedded fake Glue + S3 in this JVM (endpoint " + endpoint + ", reached in process; region "
                    + server.region() + "): "
                    + (plan.several()
                            ? plan.targets().size() + " transforms"
                            : plan.targets().get(0).transformId())
                    + " seeded with " + account.labelCount(plan.targets().get(0).transformId()) + " labels from "
                    + labelsSource + "; " + FakeBehaviour.describe(pacing, outcome));
            ClientSettings settings = ClientSettings.builder()
                    .region(server.region())
                    .credentials(Credentials.of(account.accessKeyId(), account.secretAccessKey()))
                    .glueEndpoint(server.endpoint())
                    .s3Endpoint(server.endpoint())
                    .maxAttempts(maxAttempts)
                    .build();
            try (Connection connection =
                    new Connection(AwsClients.create(settings, server.inProcessHttpClient()), FAKE_CREDENTIALS, true)) {
                runner().run(plan, connection);
            }
        } finally {
            try {
                JournalFile.write(
                        journal, server.defaultAccount().journal(), endpoint, "embedded in glue-labels:export");
            } catch (IOException e) {
                getLog().warn("Cannot write the embedded fake's journal to " + journal + ": " + e.getMessage());
            }
            server.stop();
        }
    }

    private void seed(FakeGlue account, String id) throws MojoFailureException {
        try {
            if (fakeLabels != null) {
                account.seedLabels(id, fakeLabels.toPath());
            } else {
                try (InputStream sample = ExportMojo.class.getResourceAsStream(SAMPLE_LABELS)) {
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

    private static void addIfPresent(List<String> names, String name, String value) {
        if (present(value)) {
            names.add(name);
        }
    }
}
