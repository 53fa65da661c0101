package io.github.gluelabels.fake;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Real AWS SDK clients pointed at a fake account, over real sockets. Retries are off so that tests count calls. */
// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
final class Clients {

    private Clients() {}

    static SdkHttpClient http() {
        return ApacheHttpClient.builder().socketTimeout(Duration.ofSeconds(10)).build();
    }

    static GlueClient glue(FakeGlue fake) {
        return glue(fake, http());
    }

    static GlueClient glue(FakeGlue fake, SdkHttpClient http) {
        return glue(fake, http, fake.glueEndpoint());
    }

    /** A client of an in-process fake, with any endpoint: asking the fake for its own could open its port. */
    static GlueClient glue(FakeGlue fake, SdkHttpClient http, URI endpoint) {
        return GlueClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(fake.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                .httpClient(http)
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    static S3Client s3(FakeGlue fake) {
        return s3(fake, http());
    }

    static S3Client s3(FakeGlue fake, SdkHttpClient http) {
        return s3(fake, http, fake.s3Endpoint());
    }

    static S3Client s3(FakeGlue fake, SdkHttpClient http, URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(fake.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fake.accessKeyId(), fake.secretAccessKey())))
                .httpClient(http)
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }
}
