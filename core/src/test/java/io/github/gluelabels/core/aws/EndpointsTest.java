package io.github.gluelabels.core.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Endpoints: which are on this machine, and which S3 endpoint the SDK's settings name")
class EndpointsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://localhost:4566",
                "http://LOCALHOST",
                "http://glue.localhost:8080",
                "http://127.0.0.1:9000",
                "http://127.1.2.3",
                "http://[::1]:4566"
            })
    @DisplayName("localhost, *.localhost and loopback addresses are local")
    void local(String endpoint) {
        assertThat(Endpoints.isLocal(URI.create(endpoint))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "https://glue.eu-west-1.amazonaws.com",
                "http://10.0.0.1:4566",
                "http://[2001:db8::1]",
                "http://localhost.example.com",
                "http://0.0.0.0.0",
                "http://cafe:4566",
                "mailto:someone@localhost"
            })
    @DisplayName("other hosts, other addresses, numbers that are no address, and URLs without a host are not")
    void notLocal(String endpoint) {
        assertThat(Endpoints.isLocal(URI.create(endpoint))).isFalse();
    }

    @Test
    @DisplayName("aws.endpointUrlS3 names the S3 endpoint; a blank one is passed over for aws.endpointUrl")
    void s3FromSystemProperties() {
        assumeTrue(System.getenv("AWS_ENDPOINT_URL_S3") == null, "AWS_ENDPOINT_URL_S3 is set in this environment");
        String s3 = System.getProperty("aws.endpointUrlS3");
        String any = System.getProperty("aws.endpointUrl");
        try {
            System.setProperty("aws.endpointUrlS3", " http://127.0.0.1:4566 ");
            System.setProperty("aws.endpointUrl", "http://127.0.0.1:9999");
            assertThat(Endpoints.s3()).contains(URI.create("http://127.0.0.1:4566"));

            System.setProperty("aws.endpointUrlS3", "  ");
            assertThat(Endpoints.s3()).contains(URI.create("http://127.0.0.1:9999"));

            System.clearProperty("aws.endpointUrlS3");
            System.clearProperty("aws.endpointUrl");
            assumeTrue(System.getenv("AWS_ENDPOINT_URL") == null, "AWS_ENDPOINT_URL is set in this environment");
            assertThat(Endpoints.s3()).isEqualTo(Optional.empty());
        } finally {
            restore("aws.endpointUrlS3", s3);
            restore("aws.endpointUrl", any);
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
