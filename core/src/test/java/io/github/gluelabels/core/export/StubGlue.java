package io.github.gluelabels.core.export;

import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.GlueServiceClientConfiguration;

/**
 * A Glue client of the SDK's interface that answers what a test overrides: every other call is the interface's default
 * (an {@code UnsupportedOperationException}). Tests reach the code between the SDK and glue-labels with it, with no
 * class of ours mocked.
 */
abstract class StubGlue implements GlueClient {

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public GlueServiceClientConfiguration serviceClientConfiguration() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
}
