package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;

/** A wait for a task run on a clock of its own: when it ends, and how failed reads count. */
class TaskRunWaitTest {

    private static final Instant START = Instant.parse("2026-12-06T10:15:30Z");

    private final ErrorTranslator errors = AwsErrors.euWest1();

    /** A clock that moves only when the wait sleeps. */
    private static final class SleptClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Answers each status read with the next outcome: a status, or an exception to throw. */
    private static final class StatusGlue extends StubGlue {
        final Deque<Object> outcomes = new ArrayDeque<>();

        @Override
        public GetMlTaskRunResponse getMLTaskRun(GetMlTaskRunRequest request) {
            Object outcome = outcomes.removeFirst();
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            return GetMlTaskRunResponse.builder()
                    .transformId(request.transformId())
                    .taskRunId(request.taskRunId())
                    .status((String) outcome)
                    .build();
        }
    }

    private final SleptClock clock = new SleptClock();
    private final StatusGlue glue = new StatusGlue();

    private TaskRunWait waitFor(WaitOptions options) {
        return new TaskRunWait(
                new TaskRuns(glue, errors, ExportListener.NONE),
                errors,
                ExportListener.NONE,
                clock,
                d -> clock.now = clock.now.plus(d),
                options,
                "tfm-1",
                "run-1");
    }

    private static SdkClientException refused() {
        return SdkClientException.builder()
                .message("Unable to execute HTTP request: Connection refused")
                .cause(new ConnectException("Connection refused"))
                .build();
    }

    private static AwsServiceException serverError() {
        return AwsServiceException.builder()
                .statusCode(500)
                .message("InternalServiceException message")
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InternalServiceException")
                        .errorMessage("internal")
                        .build())
                .build();
    }

    /** Two reads in a row that fail to connect end the wait; nothing counts time. */
    private static WaitOptions twoUnreachableReads() {
        return WaitOptions.defaults().withMaxUnreachable(2, Duration.ZERO);
    }

    @Test
    void aRunningRunIsReadAgainUntilItSucceeds() {
        glue.outcomes.add("RUNNING");
        glue.outcomes.add("RUNNING");
        glue.outcomes.add("SUCCEEDED");

        TaskRunState state = waitFor(WaitOptions.defaults()).await(START);

        assertThat(state.succeeded()).isTrue();
        assertThat(clock.now).isEqualTo(START.plusSeconds(2 + 3));
        assertThat(glue.outcomes).isEmpty();
    }

    @Test
    void aReadThatConnectsEndsTheStreakOfReadsThatDidNot() {
        glue.outcomes.add(refused());
        glue.outcomes.add("RUNNING");
        glue.outcomes.add(refused());
        glue.outcomes.add("SUCCEEDED");

        assertThat(waitFor(twoUnreachableReads()).await(START).succeeded()).isTrue();
    }

    @Test
    void aReadThatFailsAfterConnectingEndsTheStreakToo() {
        glue.outcomes.add(refused());
        glue.outcomes.add(serverError());
        glue.outcomes.add(refused());
        glue.outcomes.add("SUCCEEDED");

        assertThat(waitFor(twoUnreachableReads()).await(START).succeeded()).isTrue();
    }

    @Test
    void twoUnreachableReadsInARowEndTheWait() {
        glue.outcomes.add(refused());
        glue.outcomes.add(refused());

        assertThatThrownBy(() -> waitFor(twoUnreachableReads()).await(START))
                .isInstanceOf(EndpointUnreachableException.class);
    }

    @Test
    void aTimeoutAfterASuccessfulReadDoesNotBlameTheLastFailedRead() {
        glue.outcomes.add("RUNNING");
        glue.outcomes.add(serverError());

        assertThatThrownBy(() -> waitFor(WaitOptions.defaults().withTimeout(Duration.ofSeconds(2)))
                        .await(START))
                .isInstanceOf(WaitTimeoutException.class)
                .hasNoCause()
                .satisfies(
                        e -> assertThat(((WaitTimeoutException) e).lastState().status())
                                .isEqualTo("RUNNING"));
        assertThat(clock.now).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void aTimeoutWithoutASuccessfulReadNamesTheLastFailure() {
        glue.outcomes.add(serverError());
        glue.outcomes.add(serverError());

        assertThatThrownBy(() -> waitFor(WaitOptions.defaults().withTimeout(Duration.ofSeconds(2)))
                        .await(START))
                .isInstanceOf(WaitTimeoutException.class)
                .cause()
                .isInstanceOf(AwsCallException.class);
    }
}
