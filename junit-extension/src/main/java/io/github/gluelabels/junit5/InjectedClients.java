package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeGlue;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients injected into tests. They fail closed: the endpoint, the region and the credentials are given, never
 * looked up, so no environment variable, system property or {@code ~/.aws} file can send them to real AWS; and they
 * read an empty profile file, so that settings in a developer's {@code ~/.aws/config} cannot change how they behave
 * from one machine to another.
 */
final class InjectedClients {

    private InjectedClients() {}

    static GlueClient glue(FakeGlue account, URI endpoint, SdkHttpClient http) {
        return GlueClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(account.region()))
                .credentialsProvider(credentials(account))
                .httpClient(http)
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .overrideConfiguration(InjectedClients::configure)
                .build();
    }

    static S3Client s3(FakeGlue account, URI endpoint, SdkHttpClient http) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(account.region()))
                .credentialsProvider(credentials(account))
                .forcePathStyle(true)
                .httpClient(http)
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .overrideConfiguration(InjectedClients::configure)
                .build();
    }

    /**
     * The account's credentials, read at every call: an account reused by the next test gets a new access key (see
     * {@link FakeGlue#recycle()}), and its clients follow it.
     */
    private static AwsCredentialsProvider credentials(FakeGlue account) {
        return () -> AwsBasicCredentials.create(account.accessKeyId(), account.secretAccessKey());
    }

    private static void configure(ClientOverrideConfiguration.Builder c) {
        c.defaultProfileFile(ProfileFile.aggregator().build())
                .defaultProfileName("default")
                .retryStrategy(RetryMode.STANDARD);
    }
}
