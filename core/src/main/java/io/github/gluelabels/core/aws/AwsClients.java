package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.text.Redaction;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.endpoints.GlueEndpointParams;
import software.amazon.awssdk.services.glue.endpoints.GlueEndpointProvider;
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

    // The SDK deprecates its Apache 4 client in favour of apache5-client, which older SDK lines (2.40 and before) lack:
    // glue-labels runs on the SDK its users bring, so it takes the client every supported SDK version has.
    @SuppressWarnings("deprecation")
    private AwsClients(ClientSettings settings, Region region, String regionSource, SdkHttpClient given) {
        this.settings = settings;
        this.region = region;
        this.regionSource = regionSource;
        this.http = given != null
                ? given
                : ApacheHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.readTimeout())
                        .maxConnections(64)
                        .build();
        this.credentials = credentialsProvider(settings.credentials());
        var glueBuilder = GlueClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(this.http)
                .overrideConfiguration(c -> c.retryStrategy(retryStrategy(settings.maxAttempts()))
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, USER_AGENT));
        if (settings.glueEndpoint() != null) {
            glueBuilder.endpointOverride(settings.glueEndpoint());
        }
        var s3Builder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(this.http)
                .forcePathStyle(settings.s3PathStyle())
                .overrideConfiguration(c -> c.retryStrategy(retryStrategy(settings.maxAttempts()))
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, USER_AGENT));
        if (settings.s3Endpoint() != null) {
            s3Builder.endpointOverride(settings.s3Endpoint());
        }
        this.glue = glueBuilder.build();
        this.s3 = s3Builder.build();
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
        if (settings.region() != null) {
            return new AwsClients(settings, Region.of(settings.region()), "set explicitly", http);
        }
        String profile = null;
        var chain = DefaultAwsRegionProviderChain.builder();
        if (settings.credentials() instanceof Credentials.Profile p) {
            profile = p.name();
            Optional<String> fromProfile =
                    ProfileFile.defaultProfileFile().profile(profile).flatMap(section -> section.property("region"));
            if (fromProfile.isPresent()) {
                return new AwsClients(settings, Region.of(fromProfile.get()), "from profile '" + profile + "'", http);
            }
            // the rest of the chain (aws.region, AWS_REGION), but never the region of another profile
            chain.profileName(profile);
        }
        try {
            Region region = chain.build().getRegion();
            return new AwsClients(settings, region, "from the AWS SDK's region chain", http);
        } catch (SdkClientException e) {
            throw new MissingRegionException(profile, ProfileFileLocation.configurationFilePath());
        }
    }

    /**
     * The SDK's standard retry strategy, whatever {@code AWS_RETRY_MODE} says, with our number of attempts. Glue's
     * {@code OperationTimeoutException} is an HTTP 400 the SDK does not retry by itself; it is as passing as a 500.
     */
    private static RetryStrategy retryStrategy(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .retryOnException(AwsClients::isOperationTimeout)
                .build();
    }

    private static boolean isOperationTimeout(Throwable t) {
        return t instanceof AwsServiceException e
                && e.awsErrorDetails() != null
                && "OperationTimeoutException".equals(e.awsErrorDetails().errorCode());
    }

    /**
     * Loads the AWS SDK's classes on a background thread, once per JVM: building the first clients and making the first
     * call costs a cold JVM several hundred milliseconds of class loading, which this lets overlap with other start-up
     * work (such as starting a fake). The warm-up calls a closed port on 127.0.0.1, so it reaches nothing and needs no
     * credentials.
     */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread thread = new Thread(AwsClients::warmUp, "glue-labels-sdk-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static void warmUp() {
        URI nowhere = URI.create("http://127.0.0.1:9");
        ClientSettings settings = ClientSettings.builder()
                .region("us-east-1")
                .credentials(Credentials.of("GLUELABELSWARMUP", "not-a-secret"))
                .glueEndpoint(nowhere)
                .s3Endpoint(nowhere)
                .connectTimeout(java.time.Duration.ofMillis(200))
                .maxAttempts(1)
                .build();
        try (AwsClients clients = create(settings)) {
            try {
                clients.glue().getMLTransform(r -> r.transformId("warm-up"));
            } catch (RuntimeException expected) {
                // nothing listens there: the point was to load the classes of a call
            }
            try {
                clients.s3().headBucket(r -> r.bucket("warm-up"));
            } catch (RuntimeException expected) {
                // likewise
            }
        } catch (RuntimeException e) {
            // a warm-up that fails costs nothing but the time it would have saved
        }
    }

    static AwsCredentialsProvider credentialsProvider(Credentials credentials) {
        if (credentials instanceof Credentials.Static s) {
            return StaticCredentialsProvider.create(
                    s.sessionToken() == null
                            ? AwsBasicCredentials.create(s.accessKeyId(), s.secretAccessKey())
                            : AwsSessionCredentials.create(s.accessKeyId(), s.secretAccessKey(), s.sessionToken()));
        }
        if (credentials instanceof Credentials.Profile p) {
            return ProfileCredentialsProvider.create(p.name());
        }
        return DefaultCredentialsProvider.builder().build();
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
        return configuredEndpoint("GLUE", "Glue")
                .orElseGet(() -> GlueEndpointProvider.defaultProvider()
                        .resolveEndpoint(
                                GlueEndpointParams.builder().region(region).build())
                        .join()
                        .endpointUrl()
                        .toUri());
    }

    /** @return the S3 endpoint override or configured endpoint, if any (else S3's public endpoints) */
    public Optional<URI> s3Endpoint() {
        return Optional.ofNullable(settings.s3Endpoint()).or(() -> configuredEndpoint("S3", "S3"));
    }

    private static Optional<URI> configuredEndpoint(String envSuffix, String propertySuffix) {
        for (String value : new String[] {
            System.getProperty("aws.endpointUrl" + propertySuffix), System.getenv("AWS_ENDPOINT_URL_" + envSuffix),
            System.getProperty("aws.endpointUrl"), System.getenv("AWS_ENDPOINT_URL")
        }) {
            if (value != null && !value.isBlank()) {
                return Optional.of(URI.create(value.trim()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an endpoint is on this machine (a fake), so that calls need no network.
     *
     * @param endpoint an endpoint
     * @return true for localhost and loopback addresses
     */
    public static boolean isLocal(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        try {
            return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
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
