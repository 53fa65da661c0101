package io.github.gluelabels.core.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the AWS SDK's parts as {@link ClientSettings} say: the HTTP client, the credentials provider, and the Glue
 * and S3 clients with their endpoints, retries and User-Agent.
 */
final class SdkClientFactory {

    /** The connections the Apache HTTP client keeps, shared by both clients and every download thread. */
    private static final int MAX_CONNECTIONS = 64;

    private SdkClientFactory() {}

    // The SDK deprecates its Apache 4 client in favour of apache5-client, which older SDK lines (2.40 and before) lack:
    // glue-labels runs on the SDK its users bring, so it takes the client every supported SDK version has.
    @SuppressWarnings("deprecation")
    static SdkHttpClient http(ClientSettings settings) {
        return ApacheHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.readTimeout())
                .maxConnections(MAX_CONNECTIONS)
                .build();
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

    static GlueClient glue(
            ClientSettings settings, Region region, AwsCredentialsProvider credentials, SdkHttpClient http) {
        var builder = GlueClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(c -> c.retryStrategy(retryStrategy(settings.maxAttempts()))
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, AwsClients.USER_AGENT));
        if (settings.glueEndpoint() != null) {
            builder.endpointOverride(settings.glueEndpoint());
        }
        return builder.build();
    }

    static S3Client s3(ClientSettings settings, Region region, AwsCredentialsProvider credentials, SdkHttpClient http) {
        var builder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .forcePathStyle(settings.s3PathStyle())
                .overrideConfiguration(c -> c.retryStrategy(retryStrategy(settings.maxAttempts()))
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, AwsClients.USER_AGENT));
        if (settings.s3Endpoint() != null) {
            builder.endpointOverride(settings.s3Endpoint());
        }
        return builder.build();
    }

    /**
     * The SDK's standard retry strategy, whatever {@code AWS_RETRY_MODE} says, with our number of attempts. Glue's
     * {@code OperationTimeoutException} is an HTTP 400 the SDK does not retry by itself; it is as passing as a 500.
     */
    private static RetryStrategy retryStrategy(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .retryOnException(SdkClientFactory::isOperationTimeout)
                .build();
    }

    private static boolean isOperationTimeout(Throwable t) {
        return t instanceof AwsServiceException e
                && e.awsErrorDetails() != null
                && "OperationTimeoutException".equals(e.awsErrorDetails().errorCode());
    }
}
