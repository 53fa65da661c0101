package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.export.WaitTimeoutException;
import io.github.gluelabels.core.it.RecordingListener.PollFailure;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.ServerPerClass;
import io.github.gluelabels.fake.TaskRunInfo;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wait runs on {@link FakeTime}: the exporter's clock moves only when it sleeps, so every duration below is exact
 * and no test sleeps for real.
 */
@DisplayName("Waiting for a task run")
class WaitTest {

    static final Duration POLL = Duration.ofMillis(100);
    static final Duration MAX_POLL = Duration.ofMillis(300);
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final WaitOptions OPTIONS = WaitOptions.defaults()
            .withPollInterval(POLL)
            .withMaxPollInterval(MAX_POLL)
            .withTimeout(TIMEOUT);

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    AwsClients clients;
    FakeTime time = new FakeTime();
    RecordingListener listener = new RecordingListener();
    LabelExporter exporter;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\ns1,A,y\n").createBucket("bucket");
        // one attempt per call: a fault reaches the wait instead of the SDK's retries
        clients = Fakes.clients(fake, s -> s.maxAttempts(1));
        exporter = LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .clock(time)
                .sleeper(time)
                .build();
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    private String start() {
        return exporter.start(ExportRequest.of("tfm-1", "s3://bucket/out"));
    }

    @Test
    @DisplayName("reads the status at once: a run already ended costs one read and no sleep")
    void firstReadAtOnce() {
        String run = start();

        TaskRunState state = exporter.await("tfm-1", run, OPTIONS);

        assertThat(state.status()).isEqualTo("SUCCEEDED");
        assertThat(time.sleeps()).isEmpty();
        assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(1);
    }

    @Test
    @DisplayName("sleeps half as long again between reads, up to the cap")
    void growingInterval() {
        fake.pacing(Pacing.afterReads(6));
        String run = start();

        exporter.await("tfm-1", run, OPTIONS.withTimeout(Duration.ofMinutes(1)));

        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofMillis(100),
                        Duration.ofMillis(150),
                        Duration.ofMillis(225),
                        Duration.ofMillis(300),
                        Duration.ofMillis(300));
        assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(6);
    }

    @Test
    @DisplayName("tells the listener each status once, not each read")
    void eachStatusOnce() {
        fake.pacing(Pacing.afterReads(5));
        String run = start();

        exporter.await("tfm-1", run, OPTIONS.withTimeout(Duration.ofMinutes(1)));

        assertThat(listener.statuses()).containsExactly("STARTING", "RUNNING", "SUCCEEDED");
    }

    @Nested
    @DisplayName("when the timeout passes first")
    class Timeout {

        @Test
        @DisplayName("fails naming the task run and its last status, saying it was not cancelled and how to check it")
        void message() {
            fake.pacing(Pacing.manual());
            String run = start();

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS))
                    .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                        assertThat(e.cancelled()).isFalse();
                        assertThat(e.lastState().status()).isEqualTo("STARTING");
                    })
                    .hasMessageContaining("task run " + run + " of transform tfm-1 is still STARTING")
                    .hasMessageContaining("It was not cancelled and may still finish")
                    .hasMessageContaining("aws glue get-ml-task-run --transform-id tfm-1 --task-run-id " + run);
        }

        @Test
        @DisplayName("leaves the run going on the service")
        void runGoesOn() {
            fake.pacing(Pacing.manual());
            String run = start();

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS)).isInstanceOf(WaitTimeoutException.class);

            assertThat(fake.taskRun(run).map(TaskRunInfo::status)).hasValue("STARTING");
            assertThat(fake.journal().count("CancelMLTaskRun")).isZero();
        }

        @Test
        @DisplayName("gives up exactly at the timeout: the last sleep is cut to the deadline, then one last read")
        void endsAtTheDeadline() {
            fake.pacing(Pacing.manual());
            String run = start();

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageStartingWith("Gave up waiting after 1 s: ");

            assertThat(time.elapsed()).isEqualTo(TIMEOUT);
            assertThat(time.sleeps())
                    .containsExactly(
                            Duration.ofMillis(100),
                            Duration.ofMillis(150),
                            Duration.ofMillis(225),
                            Duration.ofMillis(300),
                            Duration.ofMillis(225));
            assertThat(fake.journal().count("GetMLTaskRun"))
                    .isEqualTo(time.sleeps().size() + 1);
        }

        @Test
        @DisplayName("a zero timeout reads once and gives up")
        void zeroTimeout() {
            fake.pacing(Pacing.manual());
            String run = start();

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS.withTimeout(Duration.ZERO)))
                    .isInstanceOf(WaitTimeoutException.class);
            assertThat(time.sleeps()).isEmpty();
            assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(1);
        }

        @Test
        @DisplayName("with cancelOnTimeout, cancels the run and says so")
        void cancelOnTimeout() {
            fake.pacing(Pacing.manual());
            String run = start();

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS.withCancelOnTimeout(true)))
                    .isInstanceOfSatisfying(
                            WaitTimeoutException.class,
                            e -> assertThat(e.cancelled()).isTrue())
                    .hasMessageContaining("task run " + run + " of transform tfm-1")
                    .hasMessageContaining("It was cancelled (cancelOnTimeout)");

            assertThat(fake.taskRun(run).map(TaskRunInfo::status)).hasValue("STOPPING");
            assertThat(fake.journal().count("CancelMLTaskRun")).isEqualTo(1);
        }

        @Test
        @DisplayName("with cancelOnTimeout, a cancel that fails is reported within the timeout failure")
        void cancelFails() {
            fake.pacing(Pacing.manual());
            String run = start();
            fake.faults().inject("CancelMLTaskRun", 1, Fault.internalServiceError());

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS.withCancelOnTimeout(true)))
                    .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                        assertThat(e.cancelled()).isFalse();
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(AwsCallException.class);
                    })
                    .hasMessageContaining("task run " + run + " of transform tfm-1 is still STARTING")
                    .hasMessageContaining("Cancelling it (cancelOnTimeout) failed, so it may still be running: ")
                    .hasMessageContaining("InternalServiceException")
                    .hasMessageContaining("aws glue get-ml-task-run --transform-id tfm-1 --task-run-id " + run);
            assertThat(fake.taskRun(run).map(TaskRunInfo::status)).hasValue("STARTING");
        }

        @Test
        @DisplayName("the timeout of an export names the run it started")
        void exportTimeout() {
            fake.pacing(Pacing.manual());

            assertThatThrownBy(() -> exporter.export(
                            ExportRequest.of("tfm-1", "s3://bucket/out"),
                            ExportOptions.defaults().waiting(OPTIONS)))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("task run " + fake.taskRuns().get(0).taskRunId() + " of transform tfm-1");
        }
    }

    @Nested
    @DisplayName("when a status read fails")
    class PollFailures {

        @Test
        @DisplayName("a transient failure is told to the listener and the wait goes on")
        void transientFailureTolerated() {
            String run = start();
            fake.faults().inject("GetMLTaskRun", 2, Fault.internalServiceError());

            TaskRunState state = exporter.await("tfm-1", run, OPTIONS);

            assertThat(state.status()).isEqualTo("SUCCEEDED");
            assertThat(listener.all(PollFailure.class)).hasSize(2).allSatisfy(f -> {
                assertThat(f.transformId()).isEqualTo("tfm-1");
                assertThat(f.taskRunId()).isEqualTo(run);
                assertThat(f.problem()).contains("InternalServiceException").contains("GetMLTaskRun");
            });
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
            assertThat(fake.journal().count("GetMLTaskRun")).isEqualTo(3);
        }

        @Test
        @DisplayName("throttling is transient too")
        void throttlingTolerated() {
            String run = start();
            fake.faults().inject("GetMLTaskRun", 1, Fault.throttling());

            assertThat(exporter.await("tfm-1", run, OPTIONS).status()).isEqualTo("SUCCEEDED");
            assertThat(listener.all(PollFailure.class))
                    .singleElement()
                    .satisfies(f -> assertThat(f.problem()).contains("ThrottlingException"));
        }

        @Test
        @DisplayName("failures until the timeout end in a timeout that says no read succeeded")
        void failingUntilTheTimeout() {
            String run = start();
            fake.faults().injectAlways("GetMLTaskRun", Fault.internalServiceError());

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS))
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("task run " + run + " of transform tfm-1 may still be going: no status read "
                            + "succeeded, so its status is unknown.")
                    .isInstanceOfSatisfying(
                            WaitTimeoutException.class,
                            e -> assertThat(e.lastState().status()).isEqualTo(WaitTimeoutException.UNKNOWN));
            assertThat(listener.all(PollFailure.class)).hasSize(time.sleeps().size() + 1);
        }

        @Test
        @DisplayName("a failure that is not transient ends the wait at once")
        void permanentFailureEndsTheWait() {
            String run = start();
            fake.faults().inject("GetMLTaskRun", 1, Fault.error("AccessDeniedException", 400, "not authorized"));

            assertThatThrownBy(() -> exporter.await("tfm-1", run, OPTIONS))
                    .isInstanceOfSatisfying(
                            AwsCallException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("AccessDeniedException"));
            assertThat(time.sleeps()).isEmpty();
            assertThat(listener.all(PollFailure.class)).isEmpty();
        }
    }

    @Test
    @DisplayName("an interrupted wait stops, keeps the interrupt, and says the run was not cancelled")
    void interrupted() {
        fake.pacing(Pacing.manual());
        String run = start();
        LabelExporter interrupted = LabelExporter.builder()
                .clients(clients)
                .clock(time)
                .sleeper(d -> {
                    throw new InterruptedException();
                })
                .build();

        try {
            assertThatThrownBy(() -> interrupted.await("tfm-1", run, OPTIONS))
                    .isInstanceOf(GlueLabelsException.class)
                    .hasMessage("Interrupted while waiting for task run " + run + " of transform tfm-1; it was not "
                            + "cancelled and may still finish.");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(fake.taskRun(run).map(TaskRunInfo::status)).hasValue("STARTING");
    }
}
