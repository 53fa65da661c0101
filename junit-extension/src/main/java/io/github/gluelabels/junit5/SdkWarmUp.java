package io.github.gluelabels.junit5;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Loads the AWS SDK's classes on a background thread while the first fake server starts, once per JVM: building the
 * first clients and making the first call costs a cold JVM several hundred milliseconds of class loading, which then
 * overlaps with WireMock's own start instead of following it. The warm-up calls a closed port on 127.0.0.1, so it
 * reaches nothing.
 */
final class SdkWarmUp {

  private static final AtomicBoolean STARTED = new AtomicBoolean();
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
    AwsCredentialsProvider credentials = () -> AwsBasicCredentials.create("FAKEGLUEWARMUP", "not-a-secret");
    try (SdkHttpClient http = Apache5HttpClient.builder().connectionTimeout(Duration.ofMillis(200)).build();
        GlueClient glue = InjectedClients.glue(NOWHERE, "us-east-1", credentials, http);
        S3Client s3 = InjectedClients.s3(NOWHERE, "us-east-1", credentials, http)) {
      try {
        glue.getMLTransform(r -> r.transformId("warm-up"));
      } catch (RuntimeException expected) {
        // nothing listens there: the point was to load the classes of a call
      }
      try {
        s3.headBucket(r -> r.bucket("warm-up"));
      } catch (RuntimeException expected) {
        // likewise
      }
    } catch (RuntimeException e) {
      // a warm-up that fails costs nothing but the time it saved
    }
  }
}
