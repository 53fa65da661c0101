package io.github.gluelabels.maven;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.EndpointKind;
import io.github.gluelabels.core.text.Redaction;
import java.net.URI;
import java.util.Optional;

/**
 * The AWS clients an export uses, with what the log and the receipt say about them: region, endpoints (their user
 * information masked) and where the credentials come from — never the credentials themselves.
 *
 * @param clients the clients
 * @param credentialsSource e.g. {@code profile 'labels'}, {@code settings.xml server 'aws' (access key id AKIA…WXYZ)}
 * @param fake whether the clients call the embedded fake
 * @param regionSource where the region comes from when the clients' own account of it would mislead (the region of
 *     the fake of {@code fake-start}, set on the clients by the plugin), or {@code null}
 */
record Connection(AwsClients clients, String credentialsSource, boolean fake, String regionSource)
        implements AutoCloseable {

    Connection(AwsClients clients, String credentialsSource, boolean fake) {
        this(clients, credentialsSource, fake, null);
    }

    @Override
    public String regionSource() {
        if (regionSource != null) {
            return regionSource;
        }
        return fake ? "the embedded fake's" : clients.regionSource();
    }

    String region() {
        return clients.region().id();
    }

    URI glueEndpoint() {
        return clients.glueEndpoint();
    }

    /** @return the S3 endpoint, if one is set or configured (else S3's public endpoints) */
    Optional<URI> s3Endpoint() {
        return clients.s3Endpoint();
    }

    /** @return the Glue endpoint as it may be shown: its user information masked */
    String glueEndpointDescription() {
        return Redaction.endpoint(glueEndpoint());
    }

    /** @return the S3 endpoint as it may be shown: its user information masked */
    String s3EndpointDescription() {
        return s3Endpoint().map(Redaction::endpoint).orElse("the public S3 endpoints of " + region());
    }

    /** @return what the clients call, for the advice of messages: the embedded fake, a fake on this machine, or AWS */
    EndpointKind kind() {
        return fake ? EndpointKind.EMBEDDED_FAKE : EndpointKind.of(glueEndpoint());
    }

    /** @return e.g. {@code region eu-west-1 (set explicitly), Glue endpoint https://…, credentials: profile 'x'} */
    String describe() {
        return "region " + region() + " (" + regionSource() + "), Glue endpoint " + glueEndpointDescription()
                + ", S3 endpoint " + s3EndpointDescription() + ", credentials: " + credentialsSource;
    }

    @Override
    public void close() {
        clients.close();
    }
}
