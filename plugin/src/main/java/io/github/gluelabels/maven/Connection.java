package io.github.gluelabels.maven;

import io.github.gluelabels.core.aws.AwsClients;
import java.net.URI;
import java.util.Optional;

/**
 * The AWS clients an export uses, with what the log and the receipt say about them: region, endpoints and where the
 * credentials come from — never the credentials themselves.
 *
 * @param clients the clients
 * @param credentialsSource e.g. {@code profile 'labels'}, {@code settings.xml server 'aws' (access key id AKIA…WXYZ)}
 * @param fake whether the clients call the embedded fake
 */
record Connection(AwsClients clients, String credentialsSource, boolean fake) implements AutoCloseable {

  String region() {
    return clients.region().id();
  }

  String regionSource() {
    return fake ? "the embedded fake's" : clients.regionSource();
  }

  URI glueEndpoint() {
    return clients.glueEndpoint();
  }

  /** @return the S3 endpoint, if one is set or configured (else S3's public endpoints) */
  Optional<URI> s3Endpoint() {
    return clients.s3Endpoint();
  }

  String s3EndpointDescription() {
    return s3Endpoint().map(URI::toString).orElse("the public S3 endpoints of " + region());
  }

  /** @return e.g. {@code region eu-west-1 (set explicitly), Glue endpoint https://…, credentials: profile 'x'} */
  String describe() {
    return "region " + region() + " (" + regionSource() + "), Glue endpoint " + glueEndpoint() + ", S3 endpoint "
        + s3EndpointDescription() + ", credentials: " + credentialsSource;
  }

  @Override
  public void close() {
    clients.close();
  }
}
