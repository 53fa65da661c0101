package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.ServerPerClass;
import io.github.gluelabels.fake.TaskRunInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of an import never imports twice: {@code StartImportLabelsTaskRun} goes out once, whatever the client's
 * retries, and after a failure that may have started a run, {@code GetMLTaskRuns} decides between adopting that run
 * and sending the start again. Each case adds labels, so a second import would show in the transform's label count.
 */
@DisplayName("The start of an import: at most one import, whatever happens to its answer")
class ImportStartTest {

    static final String CURRENT = "labeling_set_id,label,name\nset-1,A,Zoe\nset-1,B,Ann\nset-2,A,Bob\n";
    static final String NEW = "labeling_set_id,label,name\nset-9,A,Eve\nset-9,A,Eva\n";
    /** Longer than any call the fake answers takes; shorter than {@link #SLOW}. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    /** An answer that comes after the client gave up on it: the run was started, the answer lost. */
    static final Duration SLOW = Duration.ofSeconds(9);

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.with(FakeGlueServer.builder());

    @TempDir
    Path dir;

    FakeGlue fake;
    AwsClients clients;
    ImportRecorder listener = new ImportRecorder();
    FakeTime time = new FakeTime();
    LabelImporter importer;
    Path labels;

    @BeforeEach
    void newAccount() throws IOException {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", CURRENT).createBucket("bucket");
        // three attempts, as by default: the SDK would send a failed start twice more by itself
        clients = Fakes.clients(fake, s -> s.maxAttempts(3).readTimeout(READ_TIMEOUT));
        importer = LabelImporter.builder()
                .clients(clients)
                .listener(listener)
                .clock(time)
                .sleeper(time)
                .build();
        labels = Files.writeString(dir.resolve("labels.csv"), NEW);
    }

    @AfterEach
    void release() {
        clients.close();
        fake.close();
    }

    static ImportOptions options() {
        return ImportOptions.defaults()
                .waiting(WaitOptions.defaults()
                        .withPollInterval(Duration.ofMillis(250))
                        .withMaxPollInterval(Duration.ofMillis(250))
                        .withTimeout(Duration.ofMinutes(5)));
    }

    ImportResult importNew() {
        return importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), options());
    }

    List<TaskRunInfo> importRuns() {
        return fake.taskRuns().stream()
                .filter(r -> r.taskType().equals("IMPORT_LABELS"))
                .toList();
    }

    @Test
    @DisplayName("a start whose answer is lost after the run began adopts that run: the labels are imported once")
    void lostAnswerAdoptsTheRun() {
        fake.faults().inject("StartImportLabelsTaskRun", 1, Fault.delay(SLOW));

        ImportResult result = importNew();

        assertThat(importRuns())
                .singleElement()
                .satisfies(run -> assertThat(run.taskRunId()).isEqualTo(result.taskRunId()));
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(fake.labelCount("tfm-1")).as("3 labels + 2 imported once").isEqualTo(5);
        assertThat(result.labelCountAfter()).isEqualTo(5);
        assertThat(fake.journal().count("GetMLTaskRuns")).isEqualTo(1);
        assertThat(listener.events)
                .anySatisfy(e -> assertThat(e)
                        .startsWith("info: StartImportLabelsTaskRun got no answer")
                        .contains(result.taskRunId(), "s3://bucket/in/"))
                .contains("started: " + result.taskRunId());
    }

    @Test
    @DisplayName("a start refused with a 500 before any run began is sent again, once the lookup found none")
    void serverErrorWithoutRunStartsAgain() {
        fake.faults().inject("StartImportLabelsTaskRun", 1, Fault.internalServiceError());

        ImportResult result = importNew();

        assertThat(importRuns()).hasSize(1);
        assertThat(fake.labelCount("tfm-1")).isEqualTo(5);
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(2);
        assertThat(fake.journal().count("GetMLTaskRuns")).isEqualTo(1);
    }

    @Test
    @DisplayName("a refusal is final: ConcurrentRunsExceededException is neither sent again nor looked up")
    void refusalIsFinal() {
        fake.faults()
                .injectAlways(
                        "StartImportLabelsTaskRun",
                        Fault.error("ConcurrentRunsExceededException", 400, "Too many runs."));

        assertThatThrownBy(this::importNew)
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("ConcurrentRunsExceededException")
                .hasMessageContaining("Too many runs.");
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(1);
        assertThat(fake.journal().count("GetMLTaskRuns")).isZero();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
    }

    @Test
    @DisplayName("a refusal after a start without an answer says an import may have started all the same")
    void refusalAfterUnansweredSaysAnImportMayHaveStarted() {
        fake.faults()
                .inject("StartImportLabelsTaskRun", 1, Fault.dropConnection())
                .inject(
                        "StartImportLabelsTaskRun",
                        1,
                        Fault.error("ConcurrentRunsExceededException", 400, "Too many runs."));

        assertThatThrownBy(this::importNew)
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("ConcurrentRunsExceededException")
                .hasMessageContaining("an import MAY HAVE STARTED all the same")
                .hasMessageContaining("aws glue get-ml-task-runs --region " + fake.region());
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(2);
        assertThat(fake.journal().count("GetMLTaskRuns")).isEqualTo(1);
    }

    @Test
    @DisplayName("throttling is sent again after a pause, without a lookup (Glue did nothing)")
    void throttlingIsSentAgain() {
        fake.faults().inject("StartImportLabelsTaskRun", 2, Fault.throttling());

        importNew();

        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(3);
        assertThat(fake.journal().count("GetMLTaskRuns")).isZero();
        assertThat(time.sleeps()).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(fake.labelCount("tfm-1")).isEqualTo(5);
    }

    @Test
    @DisplayName("when the answer is lost and the lookup fails too, says an import may have started and how to look")
    void lookupFailureSaysWhatMayHaveHappened() {
        fake.faults()
                .inject("StartImportLabelsTaskRun", 1, Fault.delay(SLOW))
                .injectAlways("GetMLTaskRuns", Fault.error("AccessDeniedException", 400, "No glue:GetMLTaskRuns."));

        assertThatThrownBy(this::importNew)
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("An import of s3://bucket/in/ into transform tfm-1 MAY HAVE STARTED")
                .hasMessageContaining("did not answer StartImportLabelsTaskRun within the read timeout")
                .hasMessageContaining("glue:GetMLTaskRuns")
                .hasMessageContaining("aws glue get-ml-task-runs --region " + fake.region()
                        + " --transform-id tfm-1 --filter TaskRunType=IMPORT_LABELS,StartedAfter=");
        // the run did start; nothing sent a second one
        assertThat(importRuns()).hasSize(1);
    }

    @Test
    @DisplayName("an import run of the same input path with the other replace flag is not adopted")
    void otherReplaceFlagIsNotAdopted() {
        // an earlier replace of the same input path, whose file is gone since
        fake.putObject("bucket", "in/x.csv", NEW.getBytes(StandardCharsets.UTF_8));
        String earlier = clients.glue()
                .startImportLabelsTaskRun(r ->
                        r.transformId("tfm-1").inputS3Path("s3://bucket/in/").replaceAllLabels(true))
                .taskRunId();
        clients.s3().deleteObject(r -> r.bucket("bucket").key("in/x.csv"));
        fake.faults().inject("StartImportLabelsTaskRun", 1, Fault.internalServiceError());

        ImportResult result = importNew();

        assertThat(result.taskRunId()).isNotEqualTo(earlier);
        assertThat(importRuns()).hasSize(2);
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(3);
        assertThat(fake.journal().count("GetMLTaskRuns")).isEqualTo(1);
    }

    @Test
    @DisplayName("after every attempt fails unanswered and no run shows, says none started and how to be sure")
    void everyAttemptFailsSaysNoneStarted() {
        fake.faults().injectAlways("StartImportLabelsTaskRun", Fault.dropConnection());

        assertThatThrownBy(this::importNew)
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("StartImportLabelsTaskRun failed 3 time(s)")
                .hasMessageContaining("was lost during StartImportLabelsTaskRun")
                .hasMessageContaining("No import task run was started as far as Glue lists them")
                .hasMessageContaining("aws glue get-ml-task-runs --region " + fake.region());
        assertThat(fake.journal().count("StartImportLabelsTaskRun")).isEqualTo(3);
        assertThat(fake.journal().count("GetMLTaskRuns")).isEqualTo(3);
        assertThat(importRuns()).isEmpty();
        assertThat(fake.labelCount("tfm-1")).isEqualTo(3);
    }
}
