package io.github.gluelabels.core.aws;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.regions.Region;

/**
 * Loads the AWS SDK's classes on a background thread, once per JVM (see {@link AwsClients#warmUpInBackground()}): it
 * builds clients and makes a call of each to a closed port on 127.0.0.1, which reaches nothing and needs no
 * credentials.
 */
final class SdkWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Nothing listens there (the discard port), so the calls fail at once. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private SdkWarmUp() {}

    static void startOnce() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(SdkWarmUp::run, "glue-labels-sdk-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run() {
        ClientSettings settings = ClientSettings.builder()
                .region(Region.US_EAST_1.id())
                .credentials(Credentials.of("GLUELABELSWARMUP", "not-a-secret"))
                .glueEndpoint(NOWHERE)
                .s3Endpoint(NOWHERE)
                .connectTimeout(Duration.ofMillis(200))
                .maxAttempts(1)
                .build();
        try (AwsClients clients = AwsClients.create(settings)) {
            try {
                clients.glue().getMLTransform(r -> r.transformId("warm-up"));
            } catch (RuntimeException expected) {
                // nothing listens there: the point was to load the classes of a call
            }
            try {
                clients.s3().headBucket(r -> r.bucket("warm-up"));
            } catch (RuntimeException expected) {
                // likewise
            }
        } catch (RuntimeException e) {
            // a warm-up that fails costs nothing but the time it would have saved
        }
    }
}
