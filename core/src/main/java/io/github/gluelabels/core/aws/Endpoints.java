package io.github.gluelabels.core.aws;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.endpoints.GlueEndpointParams;
import software.amazon.awssdk.services.glue.endpoints.GlueEndpointProvider;

/**
 * Where the clients' calls go when the settings name no endpoint, as the AWS SDK decides it — the system properties
 * {@code aws.endpointUrlGlue} / {@code aws.endpointUrlS3}, the environment variables {@code AWS_ENDPOINT_URL_GLUE} /
 * {@code AWS_ENDPOINT_URL_S3}, then {@code aws.endpointUrl} and {@code AWS_ENDPOINT_URL}, else the region's public
 * endpoint — and whether an endpoint is on this machine.
 */
final class Endpoints {

    private Endpoints() {}

    /** @return the Glue endpoint the SDK calls in a region when no endpoint is set in the settings */
    static URI glue(Region region) {
        return configured("GLUE", "Glue")
                .orElseGet(() -> GlueEndpointProvider.defaultProvider()
                        .resolveEndpoint(
                                GlueEndpointParams.builder().region(region).build())
                        .join()
                        .endpointUrl()
                        .toUri());
    }

    /** @return the S3 endpoint set in the environment or system properties, if any */
    static Optional<URI> s3() {
        return configured("S3", "S3");
    }

    private static Optional<URI> configured(String envSuffix, String propertySuffix) {
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

    /** @return true for localhost and loopback addresses */
    static boolean isLocal(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        try {
            // an address literal only: a name of hex letters ("cafe") would otherwise be looked up in the DNS
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
