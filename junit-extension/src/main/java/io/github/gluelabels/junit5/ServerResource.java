package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeGlueServer;
import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/**
 * A running fake server and the HTTP client that the clients injected for its accounts share (a connection pool to
 * 127.0.0.1, with no state of any account). Kept in the store of the context that started it, which closes it when
 * that context ends.
 */
final class ServerResource implements AutoCloseable {

  private final FakeGlueServer server;
  private SdkHttpClient http;

  private ServerResource(FakeGlueServer server) {
    this.server = server;
  }

  static ServerResource start(Settings.ServerSettings settings) {
    return new ServerResource(FakeGlueServer.builder()
        .region(settings.region())
        .rowsPerPart(settings.rowsPerPart())
        .start());
  }

  FakeGlueServer server() {
    return server;
  }

  synchronized SdkHttpClient http() {
    if (http == null) {
      // timeouts that a fake on 127.0.0.1 never needs, but that stop a test from hanging if something goes wrong;
      // a test that injects a longer delay than the socket timeout sees the client give up, as it would with AWS
      http = Apache5HttpClient.builder()
          .connectionTimeout(Duration.ofSeconds(5))
          .socketTimeout(Duration.ofSeconds(60))
          .connectionAcquisitionTimeout(Duration.ofSeconds(30))
          .maxConnections(128)
          .build();
    }
    return http;
  }

  @Override
  public synchronized void close() {
    try {
      if (http != null) {
        http.close();
        http = null;
      }
    } finally {
      server.stop();
    }
  }
}
