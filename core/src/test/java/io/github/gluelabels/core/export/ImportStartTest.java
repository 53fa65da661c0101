package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsResponse;
import software.amazon.awssdk.services.glue.model.StartImportLabelsTaskRunRequest;
import software.amazon.awssdk.services.glue.model.StartImportLabelsTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskType;

/** A start of an import that is sent once, never twice: what each failure leads to, and what the listener hears. */
class ImportStartTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");
    private static final String LOOK = "aws glue get-ml-task-runs --region eu-west-1 --transform-id tfm-1 --filter "
            + "TaskRunType=IMPORT_LABELS,StartedAfter=2026-12-06T10:00:30Z";

    private final ErrorTranslator errors = AwsErrors.euWest1();
    private final List<String> heard = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final ExportListener listener = new ExportListener() {
        @Override
        public void started(String transformId, String taskRunId) {
            heard.add("started " + transformId + " " + taskRunId);
        }

        @Override
        public void info(String message) {
            heard.add("info " + message);
        }

        @Override
        public void warning(String message) {
            heard.add("warning " + message);
        }
    };

    /** Answers each start with the next outcome (an id, or an exception to throw), and lists the given runs. */
    private static final class StartingGlue extends StubGlue {
        final Deque<Object> outcomes = new ArrayDeque<>();
        final List<TaskRun> listed = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        /** Thrown by each listing, when set. */
        RuntimeException listFailure;

        @Override
        public StartImportLabelsTaskRunResponse startImportLabelsTaskRun(StartImportLabelsTaskRunRequest request) {
            calls.add(
                    "start " + request.transformId() + " " + request.inputS3Path() + " " + request.replaceAllLabels());
            Object outcome = outcomes.removeFirst();
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            return StartImportLabelsTaskRunResponse.builder()
                    .taskRunId((String) outcome)
                    .build();
        }

        @Override
        public GetMlTaskRunsResponse getMLTaskRuns(GetMlTaskRunsRequest request) {
            calls.add("list");
            if (listFailure != null) {
                throw listFailure;
            }
            return GetMlTaskRunsResponse.builder().taskRuns(listed).build();
        }
    }

    private final StartingGlue glue = new StartingGlue();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static AwsServiceException error(String code, int status) {
        return AwsServiceException.builder()
                .statusCode(status)
                .requestId("req-" + code)
                .message(code + " message")
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(code + " message")
                        .build())
                .build();
    }

    private static TaskRun importRun(String id) {
        return TaskRun.builder()
                .taskRunId(id)
                .properties(p -> p.taskType(TaskType.IMPORT_LABELS)
                        .importLabelsTaskRunProperties(
                                i -> i.inputS3Path("s3://bucket/in/").replace(false)))
                .build();
    }

    private ImportStart importStart(Sleeper sleeper) {
        return new ImportStart(glue, errors, listener, Clock.fixed(NOW, ZoneOffset.UTC), sleeper, 3);
    }

    private String start() {
        return importStart(pauses::add).start("tfm-1", "s3://bucket/in/", false);
    }

    @Test
    void aStartThatIsAnsweredIsHeard() {
        glue.outcomes.add("run-1");

        assertThat(start()).isEqualTo("run-1");

        assertThat(heard).containsExactly("started tfm-1 run-1");
        assertThat(glue.calls).containsExactly("start tfm-1 s3://bucket/in/ false");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aStartWithoutAnAnswerWaitsThenAdoptsTheRunGlueLists() {
        glue.outcomes.add(error("InternalServiceException", 500));
        glue.listed.add(importRun("run-1"));

        assertThat(start()).isEqualTo("run-1");

        assertThat(pauses).containsExactly(ImportStart.SETTLE);
        assertThat(glue.calls).containsExactly("start tfm-1 s3://bucket/in/ false", "list");
        assertThat(heard)
                .containsExactly(
                        "info StartImportLabelsTaskRun got no answer, but Glue lists import task run run-1 of "
                                + "s3://bucket/in/ for transform tfm-1, started just now: it is this import's, and it "
                                + "is followed instead of starting another.",
                        "started tfm-1 run-1");
    }

    @Test
    void severalListedRunsAreAWarning() {
        glue.outcomes.add(error("InternalServiceException", 500));
        glue.listed.add(importRun("run-2"));
        glue.listed.add(importRun("run-1"));

        assertThat(start()).isEqualTo("run-2");

        assertThat(heard)
                .containsExactly(
                        "info StartImportLabelsTaskRun got no answer, but Glue lists import task run run-2 of "
                                + "s3://bucket/in/ for transform tfm-1, started just now: it is this import's, and it "
                                + "is followed instead of starting another.",
                        "warning Glue lists 2 import task runs of s3://bucket/in/ for transform tfm-1 started just "
                                + "now (run-2, followed, and run-1): each imports the labels, so an add may import "
                                + "them more than once. Cancel the others (aws glue cancel-ml-task-run) if they have "
                                + "not ended.",
                        "started tfm-1 run-2");
    }

    @Test
    void aRefusalOfTheFirstStartSaysNothingOfAnEarlierOne() {
        AwsServiceException refused = error("EntityNotFoundException", 400);
        glue.outcomes.add(refused);

        assertThatThrownBy(this::start)
                .isInstanceOf(AwsCallException.class)
                .hasMessage(errors.glue(ImportStart.OPERATION, "tfm-1", null, refused)
                        .getMessage())
                .message()
                .doesNotContain("MAY HAVE STARTED");
        assertThat(heard).isEmpty();
    }

    @Test
    void aPauseInterruptedBeforeAnyStartWasUnansweredSaysNoneStarted() {
        glue.outcomes.add(error("ThrottlingException", 400));
        ImportStart start = importStart(d -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> start.start("tfm-1", "s3://bucket/in/", false))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Interrupted while starting the import of s3://bucket/in/ into transform tfm-1; no import "
                        + "was started.")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aPauseInterruptedAfterAnUnansweredStartSaysOneMayHaveStarted() {
        glue.outcomes.add(error("InternalServiceException", 500));
        ImportStart start = importStart(d -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> start.start("tfm-1", "s3://bucket/in/", false))
                .isInstanceOf(GlueLabelsException.class)
                .hasMessage("Interrupted while starting the import of s3://bucket/in/ into transform tfm-1: an import "
                        + "MAY HAVE STARTED (a start got no answer). Look with: " + LOOK);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aStartAndALookupThatBothGetNoAnswerSayAnImportMayHaveStarted() {
        AwsServiceException unanswered = error("InternalServiceException", 500);
        glue.outcomes.add(unanswered);
        AwsServiceException lookupFailure = error("OperationTimeoutException", 500);
        glue.listFailure = lookupFailure;

        assertThatThrownBy(this::start)
                .isInstanceOf(AwsCallException.class)
                .hasMessage("An import of s3://bucket/in/ into transform tfm-1 MAY HAVE STARTED:"
                        + " StartImportLabelsTaskRun got no answer (Glue kept failing with InternalServiceException"
                        + " after 3 attempt(s): InternalServiceException message. This is usually passing; try again"
                        + " later, or raise the number of attempts. (StartImportLabelsTaskRun, request id"
                        + " req-InternalServiceException)), and GetMLTaskRuns, which would show the run, failed too"
                        + " (Glue kept failing with OperationTimeoutException after 3 attempt(s):"
                        + " OperationTimeoutException message. This is usually passing; try again later, or raise the"
                        + " number of attempts. (GetMLTaskRuns, request id req-OperationTimeoutException)). Before"
                        + " importing again, look for it with: " + LOOK
                        + " — an add imported twice adds its labels twice.")
                .hasCause(unanswered)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(lookupFailure))
                .satisfies(e -> assertCall((AwsCallException) e, "InternalServiceException", 500));
        assertThat(glue.calls).containsExactly("start tfm-1 s3://bucket/in/ false", "list");
        assertThat(heard).isEmpty();
    }

    @Test
    void startsThatWereAllThrottledStartedNoImport() {
        for (int i = 0; i < 3; i++) {
            glue.outcomes.add(error("ThrottlingException", 400));
        }

        assertThatThrownBy(this::start)
                .isInstanceOf(AwsCallException.class)
                .hasMessage("StartImportLabelsTaskRun failed 3 time(s); the last time: Glue kept failing with"
                        + " ThrottlingException after 3 attempt(s): ThrottlingException message. This is usually"
                        + " passing; try again later, or raise the number of attempts. (StartImportLabelsTaskRun,"
                        + " request id req-ThrottlingException) Glue acted on none of the attempts: no import was"
                        + " started.")
                .satisfies(e -> assertCall((AwsCallException) e, "ThrottlingException", 400));
        assertThat(glue.calls).hasSize(3).doesNotContain("list");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void startsWithoutAnAnswerThatGlueNeverListedSayWhereToLook() {
        for (int i = 0; i < 3; i++) {
            glue.outcomes.add(error("InternalServiceException", 500));
        }

        assertThatThrownBy(this::start)
                .isInstanceOf(AwsCallException.class)
                .hasMessage("StartImportLabelsTaskRun failed 3 time(s); the last time: Glue kept failing with"
                        + " InternalServiceException after 3 attempt(s): InternalServiceException message. This is"
                        + " usually passing; try again later, or raise the number of attempts."
                        + " (StartImportLabelsTaskRun, request id req-InternalServiceException) No import task run was"
                        + " started as far as Glue lists them (GetMLTaskRuns after each attempt without an answer"
                        + " showed none); to be sure before importing again, look with: " + LOOK)
                .satisfies(e -> assertCall((AwsCallException) e, "InternalServiceException", 500));
        assertThat(glue.calls)
                .containsExactly(
                        "start tfm-1 s3://bucket/in/ false",
                        "list",
                        "start tfm-1 s3://bucket/in/ false",
                        "list",
                        "start tfm-1 s3://bucket/in/ false",
                        "list");
    }

    private static void assertCall(AwsCallException e, String code, int status) {
        assertThat(e.operation()).isEqualTo(ImportStart.OPERATION);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.requestId()).isEqualTo("req-" + code);
    }

    @Test
    void thePauseDoublesFromOneSecondUpToTwenty() {
        assertThat(ImportStart.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ImportStart.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ImportStart.backoff(6)).isEqualTo(Duration.ofSeconds(16));
        assertThat(ImportStart.backoff(7)).isEqualTo(Duration.ofSeconds(20));
        assertThat(ImportStart.backoff(100)).isEqualTo(Duration.ofSeconds(20));
    }
}
