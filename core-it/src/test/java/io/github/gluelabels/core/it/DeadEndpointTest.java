package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.EndpointKind;
import io.github.gluelabels.core.export.EndpointUnreachableException;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.export.WaitTimeoutException;
import io.github.gluelabels.core.it.RecordingListener.PollFailure;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.Pacing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A fake on a port of its own, stopped in the middle of a wait: nothing listens any more, every status read is refused.
 * The wait runs on {@link FakeTime}, so the figures below are exact; the reads are real, over real sockets.
 */
@DisplayName("Waiting on an endpoint that died")
class DeadEndpointTest {

    FakeGlueServer server;
    FakeGlue fake;
    AwsClients clients;
    FakeTime time = new FakeTime();
    RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startAFakeOfItsOwn() {
        server = FakeGlueServer.start();
        fake = server.defaultAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        fake.pacing(Pacing.manual());
        // the SDK's own attempts (3) and backoff stay as they are by default
        clients = Fakes.clients(fake);
    }

    @AfterEach
    void release() {
        clients.close();
        server.stop();
    }

    /** A sleeper that stops the fake at its second sleep: the first read answered, the later ones are refused. */
    private LabelExporter exporterThatKillsTheFake() {
        int[] sleeps = {0};
        return LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .clock(time)
                .sleeper(d -> {
                    if (++sleeps[0] == 2) {
                        server.stop();
                    }
                    time.sleep(d);
                })
                .build();
    }

    @Test
    @DisplayName(
            "with the defaults, gives up about two minutes after the reads began to fail, not at the 30 min timeout")
    void defaultsGiveUpInMinutes() {
        LabelExporter exporter = exporterThatKillsTheFake();
        String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
        String endpoint = server.endpoint().toString();

        assertThatThrownBy(() -> exporter.await("tfm-1", run, WaitOptions.defaults()))
                .isInstanceOfSatisfying(EndpointUnreachableException.class, e -> {
                    assertThat(e.reads()).isEqualTo(9);
                    assertThat(e.unreachableFor())
                            .isEqualTo(Duration.ofMillis(149_343).plusNanos(750_000));
                })
                .hasMessageContaining("Glue at " + endpoint + " cannot be reached")
                .hasMessageContaining("9 status reads in a row failed to connect over 2 min 29 s")
                .hasMessageContaining(
                        "task run " + run + " of transform tfm-1 may still be running (last seen STARTING)")
                .hasMessageContaining("check it with 'aws glue get-ml-task-run --transform-id tfm-1 --task-run-id "
                        + run + " --endpoint-url " + endpoint + "' once Glue can be reached")
                .cause()
                .hasMessageContaining("the connection was refused");
        // reads at 0 s and 2 s answered; then the fake was stopped: reads at 5 s, 9.5 s, 16.25 s … 124.34 s (119.34 s
        // after the first failure: not yet 2 min) and 154.34 s, the ninth failure in a row, which gives up
        assertThat(time.elapsed()).isEqualTo(Duration.ofMillis(154_343).plusNanos(750_000));
    }

    @Nested
    @DisplayName("through a proxy that goes down and up again")
    class Blips {

        SwitchableProxy proxy;
        AwsClients proxied;

        @BeforeEach
        void proxy() throws IOException {
            proxy = new SwitchableProxy(server.endpoint());
            proxied = Fakes.clients(fake, s -> s.glueEndpoint(proxy.endpoint()));
        }

        @AfterEach
        void closeProxy() throws IOException {
            proxied.close();
            proxy.close();
        }

        /** A sleeper that takes the proxy down at its first sleep and up again at sleep {@code upAt}, if any. */
        private LabelExporter exporter(int upAt, EndpointKind kind) {
            int[] sleeps = {0};
            return LabelExporter.builder()
                    .clients(proxied)
                    .listener(listener)
                    .clock(time)
                    .endpointKind(kind)
                    .sleeper(d -> {
                        sleeps[0]++;
                        try {
                            if (sleeps[0] == 1) {
                                proxy.down();
                            } else if (sleeps[0] == upAt) {
                                proxy.up();
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        time.sleep(d);
                    })
                    .build();
        }

        @Test
        @DisplayName("the defaults ride out 8 refused reads over 92 s: the run is waited for to its end")
        void blipRiddenOut() {
            fake.pacing(Pacing.afterReads(3));
            LabelExporter exporter = exporter(9, EndpointKind.FAKE);
            String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));

            TaskRunState state = exporter.await("tfm-1", run, WaitOptions.defaults());

            assertThat(state.status()).isEqualTo("SUCCEEDED");
            // refused at 2, 5, 9.5, 16.25, 26.375, 41.56, 64.34 and 94.34 s; reached again at 124.34 s
            assertThat(listener.all(PollFailure.class))
                    .hasSize(8)
                    .allSatisfy(f -> assertThat(f.problem()).contains("the connection was refused"));
            assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(3);
            assertThat(time.elapsed()).isEqualTo(Duration.ofMillis(154_343).plusNanos(750_000));
        }

        @Test
        @DisplayName(
                "both bounds are configurable: 2 reads and no minimum time end the wait at the second refused read")
        void boundsConfigurable() {
            LabelExporter exporter = exporter(0, EndpointKind.FAKE);
            String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));

            assertThatThrownBy(() ->
                            exporter.await("tfm-1", run, WaitOptions.defaults().withMaxUnreachable(2, Duration.ZERO)))
                    .isInstanceOfSatisfying(EndpointUnreachableException.class, e -> {
                        assertThat(e.reads()).isEqualTo(2);
                        assertThat(e.unreachableFor()).isEqualTo(Duration.ofSeconds(3));
                        assertThat(e.lastState().status()).isEqualTo("STARTING");
                    })
                    .hasMessageContaining("2 status reads in a row failed to connect over 3 s");
            // the first read at 0 s answered; refused at 2 s and 5 s
            assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        @DisplayName("after an embedded fake, the message names no command: nothing is left to ask")
        void embeddedFakeNamesNoCommand() {
            LabelExporter exporter = exporter(0, EndpointKind.EMBEDDED_FAKE);
            String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));

            assertThatThrownBy(() ->
                            exporter.await("tfm-1", run, WaitOptions.defaults().withMaxUnreachable(1, Duration.ZERO)))
                    .isInstanceOf(EndpointUnreachableException.class)
                    .hasMessageContaining("may still be running (last seen STARTING); it was not cancelled.")
                    .hasMessageNotContaining("aws glue");
        }
    }

    @Nested
    @DisplayName("what never counts as unreachable")
    class Reachable {

        static final WaitOptions AT_ONCE =
                WaitOptions.defaults().withTimeout(Duration.ofMinutes(30)).withMaxUnreachable(1, Duration.ZERO);

        @Test
        @DisplayName("a long, healthy run is waited for until the whole timeout, however tight the bounds")
        void healthyRunWaitsTheTimeout() {
            LabelExporter exporter = LabelExporter.builder()
                    .clients(clients)
                    .clock(time)
                    .sleeper(time)
                    .build();
            String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));

            assertThatThrownBy(() -> exporter.await("tfm-1", run, AT_ONCE)).isInstanceOf(WaitTimeoutException.class);
            assertThat(time.elapsed()).isEqualTo(Duration.ofMinutes(30));
        }

        @Test
        @DisplayName("a Glue that answers every read with HTTP 500 is there: waited for until the timeout")
        void errorAnswersNeverCount() {
            LabelExporter exporter = LabelExporter.builder()
                    .clients(clients)
                    .clock(time)
                    .sleeper(time)
                    .build();
            String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
            fake.faults().injectAlways("GetMLTaskRun", Fault.internalServiceError());

            assertThatThrownBy(() -> exporter.await("tfm-1", run, AT_ONCE.withTimeout(Duration.ofMinutes(2))))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("InternalServiceException");
            assertThat(time.elapsed()).isEqualTo(Duration.ofMinutes(2));
        }

        @Test
        @DisplayName("a Glue that answers after the read timeout is there too: waited for until the timeout")
        void lateAnswersNeverCount() {
            try (AwsClients impatient = Fakes.clients(
                    fake, s -> s.readTimeout(Duration.ofMillis(200)).maxAttempts(1))) {
                LabelExporter exporter = LabelExporter.builder()
                        .clients(impatient)
                        .clock(time)
                        .sleeper(time)
                        .build();
                String run = exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
                fake.faults().injectAlways("GetMLTaskRun", Fault.delay(Duration.ofSeconds(1)));

                assertThatThrownBy(() -> exporter.await("tfm-1", run, AT_ONCE.withTimeout(Duration.ofSeconds(10))))
                        .isInstanceOf(WaitTimeoutException.class)
                        .hasMessageContaining("read timeout of 200 ms");
                assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(10));
            }
        }
    }
}
