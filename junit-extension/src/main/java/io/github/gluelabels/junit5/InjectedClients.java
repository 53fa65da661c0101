package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeGlue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
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

    static GlueClient glue(AccountResource account) {
        return GlueClient.builder()
                .endpointOverride(account.clientEndpoint())
                .region(Region.of(account.fake().region()))
                .credentialsProvider(credentials(account.fake()))
                .httpClient(account.http())
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .overrideConfiguration(InjectedClients::configure)
                .build();
    }

    static S3Client s3(AccountResource account) {
        return S3Client.builder()
                .endpointOverride(account.clientEndpoint())
                .region(Region.of(account.fake().region()))
                .credentialsProvider(credentials(account.fake()))
                .forcePathStyle(true)
                .httpClient(account.http())
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
