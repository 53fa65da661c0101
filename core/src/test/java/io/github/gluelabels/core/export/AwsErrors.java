package io.github.gluelabels.core.export;

import java.net.URI;
import java.time.Duration;

/** The error translator of a client of real AWS in eu-west-1 (3 attempts, 30 s calls), as the unit tests use it. */
final class AwsErrors {

    private AwsErrors() {}

    static ErrorTranslator euWest1() {
        return new ErrorTranslator(
                "eu-west-1",
                URI.create("https://glue.eu-west-1.amazonaws.com"),
                URI.create("https://s3.eu-west-1.amazonaws.com"),
                3,
                Duration.ofSeconds(30),
                EndpointKind.AWS);
    }
}
