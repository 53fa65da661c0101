package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeGlue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system properties through which the AWS SDK for Java v2 finds an endpoint, a region and credentials when a
 * client is built with its defaults, set for one account, and what they were before. The names are the SDK's:
 * {@code SdkSystemSetting} ({@code aws.region}, {@code aws.accessKeyId}, {@code aws.secretAccessKey},
 * {@code aws.sessionToken}) and the endpoint resolution of each client ({@code aws.endpointUrl}, and the
 * service-specific {@code aws.endpointUrlGlue} and {@code aws.endpointUrlS3}, which also win over the
 * {@code AWS_ENDPOINT_URL_GLUE} and {@code AWS_ENDPOINT_URL_S3} environment variables).
 */
final class PublishedProperties {

    static final List<String> NAMES = List.of(
            "aws.endpointUrl",
            "aws.endpointUrlGlue",
            "aws.endpointUrlS3",
            "aws.region",
            "aws.accessKeyId",
            "aws.secretAccessKey",
            "aws.sessionToken");

    private final Map<String, String> before;

    private PublishedProperties(Map<String, String> before) {
        this.before = before;
    }

    static PublishedProperties publish(FakeGlue account) {
        Map<String, String> before = new LinkedHashMap<>();
        for (String name : NAMES) {
            before.put(name, System.getProperty(name));
        }
        String endpoint = account.glueEndpoint().toString();
        System.setProperty("aws.endpointUrl", endpoint);
        System.setProperty("aws.endpointUrlGlue", endpoint);
        System.setProperty("aws.endpointUrlS3", account.s3Endpoint().toString());
        System.setProperty("aws.region", account.region());
        System.setProperty("aws.accessKeyId", account.accessKeyId());
        System.setProperty("aws.secretAccessKey", account.secretAccessKey());
        System.clearProperty("aws.sessionToken");
        return new PublishedProperties(before);
    }

    void restore() {
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
