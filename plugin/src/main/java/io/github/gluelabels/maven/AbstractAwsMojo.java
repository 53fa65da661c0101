package io.github.gluelabels.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters of a goal that calls AWS — region, credentials, endpoints, retries — and the clients they make. A
 * goal that calls Glue or S3 extends it and so has the same parameters, properties and messages as {@code export}.
 */
abstract class AbstractAwsMojo extends AbstractGlueLabelsMojo {

    /**
     * The AWS region of the transform, e.g. {@code eu-west-1}. Default: the region of the fake of {@code fake-start}
     * when {@code endpointUrl} points at it, else the AWS SDK's region chain (the {@code AWS_REGION} environment
     * variable, then the profile); never a guess — with no region anywhere the build fails saying how to set one.
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
     * <code>${glue-labels.fake.endpoint}</code>. A goal pointed at the fake of {@code fake-start} signs with that fake's
     * test credentials and takes its region, unless {@code region}, {@code profile} or {@code serverId} is set.
     * Default: what the AWS SDK itself honours ({@code AWS_ENDPOINT_URL_GLUE}, {@code AWS_ENDPOINT_URL}), else the
     * region's public endpoint.
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
    @Parameter(property = "glue-labels.maxAttempts", defaultValue = GoalDefaults.MAX_ATTEMPTS)
    private int maxAttempts;

    /**
     * The most objects one download brings: an export's, an import plan's (its current labels), a diff side on S3; a
     * replace's backup uses the default. A download of more is
     * refused before anything is written, naming this bound: a guard against an S3 path that holds far more than
     * labels. Objects of earlier exports under the path, left aside, do not count. Default: {@code 100000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxDownloadObjects", defaultValue = GoalDefaults.MAX_DOWNLOAD_OBJECTS)
    private long maxDownloadObjects;

    /**
     * The most bytes one download brings, e.g. {@code 50GiB}, {@code 500MB}, {@code 2g} or a number of bytes. A
     * download of more is refused before anything is written, naming this bound. Default: {@code 50GiB}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "glue-labels.maxDownloadBytes", defaultValue = GoalDefaults.MAX_DOWNLOAD_BYTES)
    private String maxDownloadBytes;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    private final SettingsDecrypter settingsDecrypter;

    /** @param settingsDecrypter decrypts the password of {@code serverId} */
    protected AbstractAwsMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    /** @return the connection parameters as configured */
    protected final AwsParameters awsParameters() {
        return new AwsParameters(region, profile, serverId, endpointUrl, s3EndpointUrl, maxAttempts);
    }

    /** @return the bounds of the goal's downloads as configured */
    protected final DownloadLimitParameters downloadLimits() {
        return new DownloadLimitParameters(maxDownloadObjects, maxDownloadBytes);
    }

    /**
     * Makes the AWS clients of the (checked) connection parameters.
     *
     * @param goal the goal, for the advice of messages
     * @throws MojoFailureException when no region is set anywhere, or the clients cannot be made
     */
    protected final Connection connectToAws(String goal) throws MojoFailureException {
        return connectToAws(goal, "");
    }

    /**
     * Makes the AWS clients of the (checked) connection parameters.
     *
     * @param goal the goal, for the advice of messages
     * @param missingRegionAdvice what else the user may do when no region is set, or empty
     * @throws MojoFailureException when no region is set anywhere, or the clients cannot be made
     */
    protected final Connection connectToAws(String goal, String missingRegionAdvice) throws MojoFailureException {
        return new AwsConnector(session().getSettings(), settingsDecrypter)
                .connect(awsParameters(), goal, missingRegionAdvice);
    }

    /** @return reads configured paths as paths of the project, also without a {@code pom.xml} */
    protected final ProjectPaths paths() {
        return new ProjectPaths(project().getBasedir(), session().getRequest().getBaseDirectory());
    }

    /** Where receipts, reports and the embedded fake's journal go: {@code ${project.build.directory}/glue-labels}. */
    protected final Path workDirectory() {
        return paths().resolve(buildDirectory).resolve("glue-labels");
    }
}
