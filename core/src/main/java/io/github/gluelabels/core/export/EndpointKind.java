package io.github.gluelabels.core.export;

import io.github.gluelabels.core.aws.AwsClients;
import java.net.URI;

/**
 * What an exporter calls, so that the advice in its messages names what works there: the AWS CLI commands that list
 * transforms and show a run on AWS; how to seed a transform on a fake, which knows only what was seeded into it; and
 * no command at all once a fake that ended with the export is gone.
 *
 * @since 0.1.0
 */
public enum EndpointKind {

    /** AWS Glue, or any service that keeps running after the export: the AWS CLI can ask it. */
    AWS,

    /**
     * A fake that keeps running after the export (one of {@code fake-start}, the standalone fake, a JUnit test's): it
     * knows only the transforms seeded into it; the AWS CLI reaches it with {@code --endpoint-url}.
     */
    FAKE,

    /** A fake that ends with the export (the {@code export} goal's embedded fake): nothing is left to ask afterwards. */
    EMBEDDED_FAKE;

    /**
     * The kind of an endpoint, guessed from where it is: an endpoint on this machine is taken for a fake.
     *
     * @param glueEndpoint the Glue endpoint, possibly {@code null}
     * @return {@link #FAKE} for an endpoint on this machine, else {@link #AWS}
     */
    public static EndpointKind of(URI glueEndpoint) {
        return glueEndpoint != null && AwsClients.isLocal(glueEndpoint) ? FAKE : AWS;
    }
}
