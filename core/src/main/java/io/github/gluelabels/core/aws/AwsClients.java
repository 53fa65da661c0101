package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.text.Redaction;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one factory of the AWS clients glue-labels uses: a {@link GlueClient} and an {@link S3Client} sharing one HTTP
 * client (Apache's, unless given another), with the region, credentials, endpoints, timeouts and retries of
 * {@link ClientSettings}. Close it to release the connections.
 *
 * @since 0.1.0
 */
public final class AwsClients implements AutoCloseable {

    /** Sent in the User-Agent of every call, so that CloudTrail shows who called. */
    public static final String USER_AGENT = "glue-labels/0.1.0";

    private final ClientSettings settings;
    private final Region region;
    private final String regionSource;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final GlueClient glue;
    private final S3Client s3;

    private AwsClients(ClientSettings settings, RegionChoice region, SdkHttpClient given) {
        this.settings = settings;
        this.region = region.region();
        this.regionSource = region.source();
        this.http = given != null ? given : SdkClientFactory.http(settings);
        this.credentials = SdkClientFactory.credentialsProvider(settings.credentials());
        this.glue = SdkClientFactory.glue(settings, this.region, credentials, http);
        this.s3 = SdkClientFactory.s3(settings, this.region, credentials, http);
    }

    /**
     * Builds the clients. Nothing is sent: credentials are resolved at the first call.
     *
     * @param settings how
     * @return the clients
     * @throws MissingRegionException when no region is set anywhere
     */
    public static AwsClients create(ClientSettings settings) {
        return create(settings, null);
    }

    /**
     * Builds the clients on an HTTP client of the caller's instead of the Apache one, such as a fake's in-process
     * client; the connect and read timeouts of the settings are then the HTTP client's business. It is closed with
     * these clients.
     *
     * @param settings how
     * @param http the HTTP client, or {@code null} for the Apache one
     * @return the clients
     * @throws MissingRegionException when no region is set anywhere
     * @throws AwsSdkVersions.UnsupportedSdkException when the AWS SDK on the classpath is older than glue-labels
     *     supports, or of mixed versions
     */
    public static AwsClients create(ClientSettings settings, SdkHttpClient http) {
        AwsSdkVersions.requireSupported();
        return new AwsClients(settings, RegionChoice.of(settings), http);
    }

    /**
     * Loads the AWS SDK's classes on a background thread, once per JVM: building the first clients and making the first
     * call costs a cold JVM several hundred milliseconds of class loading, which this lets overlap with other start-up
     * work (such as starting a fake). The warm-up calls a closed port on 127.0.0.1, so it reaches nothing and needs no
     * credentials.
     */
    public static void warmUpInBackground() {
        SdkWarmUp.startOnce();
    }

    /** @return the Glue client */
    public GlueClient glue() {
        return glue;
    }

    /** @return the S3 client */
    public S3Client s3() {
        return s3;
    }

    /** @return the region the clients call */
    public Region region() {
        return region;
    }

    /** @return where the region came from, e.g. {@code from the AWS SDK's region chain} */
    public String regionSource() {
        return regionSource;
    }

    /** @return the settings the clients were built with */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * The Glue endpoint calls go to: the override, else what the SDK reads from {@code AWS_ENDPOINT_URL_GLUE} or
     * {@code AWS_ENDPOINT_URL} (environment, or the system properties {@code aws.endpointUrlGlue},
     * {@code aws.endpointUrl}), else the region's public endpoint.
     *
     * @return the endpoint
     */
    public URI glueEndpoint() {
        if (settings.glueEndpoint() != null) {
            return settings.glueEndpoint();
        }
        return Endpoints.glue(region);
    }

    /** @return the S3 endpoint override or configured endpoint, if any (else S3's public endpoints) */
    public Optional<URI> s3Endpoint() {
        return Optional.ofNullable(settings.s3Endpoint()).or(Endpoints::s3);
    }

    /**
     * Whether an endpoint is on this machine (a fake), so that calls need no network.
     *
     * @param endpoint an endpoint
     * @return true for localhost and loopback addresses
     */
    public static boolean isLocal(URI endpoint) {
        return Endpoints.isLocal(endpoint);
    }

    /**
     * Describes the clients in one line, without secrets: region and its source, Glue endpoint (user information
     * masked), credentials source.
     *
     * @return e.g. {@code region eu-west-1 (set explicitly), Glue endpoint https://glue.eu-west-1.amazonaws.com,
     *     credentials: profile 'labels'}
     */
    public String describe() {
        return "region " + region.id() + " (" + regionSource + "), Glue endpoint " + Redaction.endpoint(glueEndpoint())
                + s3Endpoint()
                        .map(e -> ", S3 endpoint " + Redaction.endpoint(e))
                        .orElse("") + ", credentials: "
                + settings.credentials();
    }

    @Override
    public void close() {
        try {
            glue.close();
        } finally {
            try {
                s3.close();
            } finally {
                // the clients close neither the HTTP client nor the credentials provider they were given
                if (credentials instanceof SdkAutoCloseable closeable) {
                    closeable.close();
                }
                http.close();
            }
        }
    }
}
