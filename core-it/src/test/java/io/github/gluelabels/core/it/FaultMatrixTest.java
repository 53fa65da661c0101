package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.AwsCallException;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.export.WaitTimeoutException;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import io.github.gluelabels.fake.Fault;
import io.github.gluelabels.fake.S3ObjectInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every injected fault in every phase of an export, once passing (fewer faulty calls than the attempts) and once
 * lasting: each export ends within its budget (the wait within its timeout plus one poll interval, on a test clock),
 * makes exactly the calls its retries allow (counted in the fake's journal), and either succeeds with every file equal
 * to its object, or fails with a message naming the cause and leaves no file that looks finished. The start of an adding
 * import meets the same faults: its labels are imported exactly once, or not at all with the cause named. The outcome
 * of every case is written to {@code target/reliability/fault-matrix.md}.
 */
@DisplayName("Fault matrix: every fault in every phase ends in time, retries as configured and names its cause")
@Timeout(60)
@Execution(ExecutionMode.CONCURRENT) // each case has its own account, clients and clock; most of its time is waiting
class FaultMatrixTest {

    static final int MAX_ATTEMPTS = 3;
    /** The read timeout of the slow-answer cases, which run one at a time so that only the fault is slow. */
    // 1 s, not less: the calls that are not slowed (the listing before a start, say) must never reach it, and on a
    // busy 2-core machine (other test classes' JVMs beside these cases) a plain call took over 200 ms
    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    /** The read timeout of the other cases, which run side by side: never reached by a call the fake answers. */
    static final Duration GENEROUS_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Taken shared by the cases that run side by side, alone by the slow-answer ones. */
    static final String QUIET_MACHINE = "fault-matrix: nothing else runs while a read timeout is measured";

    static final Duration SLOW = READ_TIMEOUT.multipliedBy(3);
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration WAIT_TIMEOUT = Duration.ofMillis(250);
    /** Real time a start or a download may take at most: every attempt's read timeout, the SDK's backoffs, slack. */
    static final Duration CALL_BUDGET = Duration.ofSeconds(8);
    /** Three labels, two per part: an export of two objects. */
    static final String LABELS = """
            labeling_set_id,label,name
            set-1,A,"Zo\u00eb, first"
            set-1,B,"two
            lines"
            set-2,A,\u6771\u4eac
            """;

    enum Phase {
        START("StartExportLabelsTaskRun"),
        WAIT("GetMLTaskRun"),
        DOWNLOAD("GetObject");

        final String operation;

        Phase(String operation) {
            this.operation = operation;
        }
    }

    enum Kind {
        INTERNAL_ERROR(Fault::internalServiceError),
        OPERATION_TIMEOUT(Fault::operationTimeout),
        THROTTLING(Fault::throttling),
        SLOWER_THAN_READ_TIMEOUT(() -> Fault.delay(SLOW)),
        DROPPED_CONNECTION(Fault::dropConnection),
        OBJECT_VANISHES(null),
        OBJECT_CUT_SHORT(() -> Fault.cutShort(10));

        @SuppressWarnings("ImmutableEnumChecker") // the suppliers are stateless: each call makes a new fault
        final Supplier<Fault> fault;

        Kind(Supplier<Fault> fault) {
            this.fault = fault;
        }
    }

    enum Mode {
        /** Fewer faulty calls than the attempts: the retries get through. */
        PASSING,
        /** Every call is faulty. */
        LASTING
    }

    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (Kind kind :
                    List.of(Kind.INTERNAL_ERROR, Kind.OPERATION_TIMEOUT, Kind.THROTTLING, Kind.DROPPED_CONNECTION)) {
                for (Mode mode : Mode.values()) {
                    cases.add(Arguments.of(phase, kind, mode));
                }
            }
        }
        cases.add(Arguments.of(Phase.DOWNLOAD, Kind.OBJECT_VANISHES, Mode.LASTING));
        cases.add(Arguments.of(Phase.DOWNLOAD, Kind.OBJECT_CUT_SHORT, Mode.PASSING));
        return cases.stream();
    }

    static Stream<Arguments> slowAnswers() {
        return Stream.of(Phase.values())
                .flatMap(phase ->
                        Stream.of(Mode.values()).map(mode -> Arguments.of(phase, Kind.SLOWER_THAN_READ_TIMEOUT, mode)));
    }

    /**
     * The calls the fake journaled. It journals a call when it answers, and a slowed answer goes out up to {@link #SLOW}
     * after the client gave up on it: for those, wait (a bounded time) for the answers still on their way.
     */
    private int settledCount(String operation, Kind kind, int expected) {
        long deadline = System.nanoTime() + SLOW.multipliedBy(3).toNanos();
        int count = fake.journal().count(operation);
        while (kind == Kind.SLOWER_THAN_READ_TIMEOUT && count < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            count = fake.journal().count(operation);
        }
        return count;
    }

    /** What each case did, for the report: phase, fault, mode → outcome. */
    static final Map<String, String> OUTCOMES = new ConcurrentSkipListMap<>();

    static FakeGlueServer server;
    FakeGlue fake;
    AwsClients clients;
    FakeTime time = new FakeTime();
    AtomicInteger pollFailures = new AtomicInteger();
    Runnable atDownloadStart = () -> {};

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() {
        server = FakeGlueServer.builder().rowsPerPart(2).start();
    }

    @AfterAll
    static void stopServerAndReport() throws IOException {
        server.stop();
        StringBuilder table = new StringBuilder("| phase | fault | mode | outcome |\n| --- | --- | --- | --- |\n");
        OUTCOMES.forEach((key, outcome) ->
                table.append("| ").append(key).append(" | ").append(outcome).append(" |\n"));
        Path report = Path.of("target", "reliability", "fault-matrix.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        fake.seedLabels("tfm-1", LABELS).createBucket("bucket");
    }

    @AfterEach
    void release() {
        if (clients != null) {
            clients.close();
        }
        fake.close();
    }

    LabelExporter exporter() {
        ExportListener listener = new ExportListener() {
            @Override
            public void pollFailed(String transformId, String taskRunId, String problem) {
                pollFailures.incrementAndGet();
            }

            @Override
            public void downloadStarted(int files, long bytes, Path directory) {
                atDownloadStart.run();
            }
        };
        // one object at a time, so that the attempts the journal counts are those of the object the fault hits
        return LabelExporter.builder()
                .clients(clients)
                .listener(listener)
                .clock(time)
                .sleeper(time)
                .downloadThreads(1)
                .build();
    }

    static ExportOptions options(Path downloadTo) {
        return ExportOptions.defaults()
                .downloadingTo(downloadTo)
                .waiting(WaitOptions.defaults()
                        .withPollInterval(POLL)
                        .withMaxPollInterval(POLL)
                        .withTimeout(WAIT_TIMEOUT));
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("faults")
    @ResourceLock(value = QUIET_MACHINE, mode = ResourceAccessMode.READ)
    void faultInPhase(Phase phase, Kind kind, Mode mode) throws IOException {
        clients = Fakes.clients(fake, s -> s.maxAttempts(MAX_ATTEMPTS).readTimeout(GENEROUS_READ_TIMEOUT));
        check(phase, kind, mode);
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("slowAnswers")
    @ResourceLock(value = QUIET_MACHINE, mode = ResourceAccessMode.READ_WRITE)
    void slowAnswerInPhase(Phase phase, Kind kind, Mode mode) throws IOException {
        clients = Fakes.clients(fake, s -> s.maxAttempts(MAX_ATTEMPTS).readTimeout(READ_TIMEOUT));
        check(phase, kind, mode);
    }

    private void check(Phase phase, Kind kind, Mode mode) throws IOException {
        List<S3ObjectInfo> objects = new ArrayList<>();
        if (kind == Kind.OBJECT_VANISHES) {
            // deleted after the listing, before the first GetObject
            atDownloadStart = () -> {
                objects.addAll(fake.objects("bucket", "out/"));
                clients.s3()
                        .deleteObject(r -> r.bucket("bucket").key(objects.get(0).key()));
            };
        } else if (mode == Mode.PASSING) {
            fake.faults()
                    .inject(phase.operation, kind == Kind.OBJECT_CUT_SHORT ? 1 : MAX_ATTEMPTS - 1, kind.fault.get());
        } else {
            fake.faults().injectAlways(phase.operation, kind.fault.get());
        }
        Path target = work.resolve("labels");

        long began = System.nanoTime();
        ExportResult result = null;
        GlueLabelsException failure = null;
        try {
            result = exporter().export(ExportRequest.of("tfm-1", "s3://bucket/out"), options(target));
        } catch (GlueLabelsException e) {
            failure = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        fake.faults().clear();

        int calls = settledCount(phase.operation, kind, expectedCalls(phase, kind, mode));
        boolean succeeds = mode == Mode.PASSING && kind != Kind.OBJECT_CUT_SHORT;
        int runs = fake.taskRuns().size();
        OUTCOMES.put(
                phase + " | " + kind + " | " + mode,
                (failure == null ? "succeeded" : "failed: " + failure.getClass().getSimpleName()) + ", " + calls + " "
                        + phase.operation + " call(s), " + runs
                        + " task run(s) started, "
                        + (phase == Phase.WAIT ? time.elapsed().toMillis() + " ms waited (test clock), " : "")
                        + took.toMillis() + " ms");

        // ends in time: the wait within its timeout plus one poll interval, every call within its attempts' budget
        assertThat(time.elapsed()).as("time waited, on the test clock").isLessThanOrEqualTo(WAIT_TIMEOUT.plus(POLL));
        assertThat(took).as("real time").isLessThan(CALL_BUDGET.multipliedBy(phase == Phase.WAIT ? 2 : 1));

        // retries as configured
        assertThat(calls).as("%s calls", phase.operation).isEqualTo(expectedCalls(phase, kind, mode));
        // a start whose answer comes after the read timeout did start a run: its retries start more (as on AWS, where
        // StartExportLabelsTaskRun takes no idempotency token)
        assertThat(runs)
                .as("task runs started")
                .isEqualTo(
                        phase == Phase.START && kind == Kind.SLOWER_THAN_READ_TIMEOUT
                                ? calls
                                : phase == Phase.START && mode == Mode.LASTING ? 0 : 1);

        if (succeeds) {
            assertThat(failure).as("the export's failure").isNull();
            assertThat(result.status()).isEqualTo("SUCCEEDED");
            // two objects per run, each downloaded whole
            assertThat(result.download().files()).hasSize(2 * runs);
            for (DownloadedFile file : result.download().files()) {
                assertThat(Files.readAllBytes(file.file())).isEqualTo(fake.objectBytes("bucket", file.key()));
            }
            assertThat(pollFailures.get())
                    .as("status reads that failed after their retries")
                    .isZero();
            return;
        }
        assertThat(failure).as("the export's failure").isNotNull();
        assertThat(failure.getMessage()).as("names the cause").contains(cause(phase, kind, objects));
        if (phase == Phase.WAIT) {
            assertThat(failure)
                    .isInstanceOf(WaitTimeoutException.class)
                    .hasMessageContaining("no status read " + "succeeded");
            assertThat(pollFailures.get())
                    .as("status reads that failed")
                    .isEqualTo(time.sleeps().size() + 1);
        }
        // nothing that looks finished: no file at all when the first object failed, and no temporary file
        assertThat(filesUnder(work)).as("files left").isEmpty();
    }

    static final String IMPORT_START = "StartImportLabelsTaskRun";
    /** Two labels more, added to the transform's three: imported twice, the transform would hold seven. */
    static final String ADDED = "labeling_set_id,label,name\nset-9,A,Eve\nset-9,A,Eva\n";

    static Stream<Arguments> importStartFaults() {
        return Stream.of(Kind.INTERNAL_ERROR, Kind.OPERATION_TIMEOUT, Kind.THROTTLING, Kind.DROPPED_CONNECTION)
                .flatMap(kind -> Stream.of(Mode.values()).map(mode -> Arguments.of(kind, mode)));
    }

    static Stream<Arguments> importStartSlowAnswers() {
        return Stream.of(Mode.values()).map(mode -> Arguments.of(Kind.SLOWER_THAN_READ_TIMEOUT, mode));
    }

    @ParameterizedTest(name = "IMPORT_START × {0} × {1}")
    @MethodSource("importStartFaults")
    @ResourceLock(value = QUIET_MACHINE, mode = ResourceAccessMode.READ)
    void faultInImportStart(Kind kind, Mode mode) throws IOException {
        clients = Fakes.clients(fake, s -> s.maxAttempts(MAX_ATTEMPTS).readTimeout(GENEROUS_READ_TIMEOUT));
        checkImportStart(kind, mode);
    }

    @ParameterizedTest(name = "IMPORT_START × {0} × {1}")
    @MethodSource("importStartSlowAnswers")
    @ResourceLock(value = QUIET_MACHINE, mode = ResourceAccessMode.READ_WRITE)
    void slowAnswerInImportStart(Kind kind, Mode mode) throws IOException {
        clients = Fakes.clients(fake, s -> s.maxAttempts(MAX_ATTEMPTS).readTimeout(READ_TIMEOUT));
        checkImportStart(kind, mode);
    }

    /**
     * An adding import whose start meets the fault: the labels are imported exactly once, or not at all with the
     * cause named. A slow answer comes after the fake started the run (the answer is lost, the run is not): the
     * importer finds it with {@code GetMLTaskRuns} and follows it instead of starting another.
     */
    private void checkImportStart(Kind kind, Mode mode) throws IOException {
        if (mode == Mode.PASSING) {
            fake.faults().inject(IMPORT_START, MAX_ATTEMPTS - 1, kind.fault.get());
        } else {
            fake.faults().injectAlways(IMPORT_START, kind.fault.get());
        }
        Path added = Files.writeString(work.resolve("added.csv"), ADDED);
        long before = fake.labelCount("tfm-1");
        LabelImporter importer = LabelImporter.builder()
                .clients(clients)
                .clock(time)
                .sleeper(time)
                .build();

        long began = System.nanoTime();
        GlueLabelsException failure = null;
        try {
            importer.importLabels(
                    ImportRequest.of("tfm-1", added, "s3://bucket/in/"),
                    ImportOptions.defaults()
                            .waiting(WaitOptions.defaults()
                                    .withPollInterval(POLL)
                                    .withMaxPollInterval(POLL)
                                    .withTimeout(Duration.ofMinutes(5))));
        } catch (GlueLabelsException e) {
            failure = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        fake.faults().clear();

        // the fake started the run of a slowed start before the answer was lost; the other faults start none
        boolean runStartedAnswerLost = kind == Kind.SLOWER_THAN_READ_TIMEOUT;
        boolean lookedUp = kind != Kind.THROTTLING;
        boolean succeeds = runStartedAnswerLost || mode == Mode.PASSING;
        int faulty = runStartedAnswerLost ? 1 : mode == Mode.PASSING ? MAX_ATTEMPTS - 1 : MAX_ATTEMPTS;
        int expectedStarts = runStartedAnswerLost ? 1 : MAX_ATTEMPTS;
        int starts = settledCount(IMPORT_START, kind, expectedStarts);
        int lookups = fake.journal().count("GetMLTaskRuns");
        long runs = fake.taskRuns().stream()
                .filter(r -> r.taskType().equals("IMPORT_LABELS"))
                .count();
        long labels = fake.labelCount("tfm-1");
        OUTCOMES.put(
                "IMPORT_START | " + kind + " | " + mode,
                (failure == null ? "succeeded" : "failed: " + failure.getClass().getSimpleName()) + ", " + starts
                        + " " + IMPORT_START + " call(s), " + lookups + " GetMLTaskRuns, " + runs
                        + " import run(s), labels " + before + " → " + labels + ", " + took.toMillis() + " ms");

        assertThat(took).as("real time").isLessThan(CALL_BUDGET.multipliedBy(2));
        assertThat(starts).as("%s calls", IMPORT_START).isEqualTo(expectedStarts);
        assertThat(lookups)
                .as("GetMLTaskRuns calls: one after each start without an answer")
                .isEqualTo(lookedUp ? faulty : 0);
        assertThat(runs).as("import runs started").isEqualTo(succeeds ? 1 : 0);
        assertThat(labels).as("labels: the two added ones, at most once").isEqualTo(before + (succeeds ? 2 : 0));
        if (succeeds) {
            assertThat(failure).as("the import's failure").isNull();
            return;
        }
        assertThat(failure)
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining(IMPORT_START + " failed " + MAX_ATTEMPTS + " time(s)")
                .hasMessageContaining(
                        lookedUp
                                ? "No import task run was started as far as Glue lists them"
                                : "Glue acted on none of the attempts: no import was started.");
        if (lookedUp) {
            assertThat(failure.getMessage()).contains("aws glue get-ml-task-runs");
        }
    }

    /** The calls of the faulty operation the export makes: the attempts of each call, and no more. */
    int expectedCalls(Phase phase, Kind kind, Mode mode) {
        if (kind == Kind.OBJECT_VANISHES || kind == Kind.OBJECT_CUT_SHORT) {
            return 1; // NoSuchKey is not retried; a body cut short is found after the SDK returned the stream
        }
        if (mode == Mode.PASSING) {
            // MAX_ATTEMPTS - 1 faulty calls, then one that works; the download then fetches its second object
            return MAX_ATTEMPTS + (phase == Phase.DOWNLOAD ? 1 : 0);
        }
        // every attempt of one call; in the wait, of every status read
        return MAX_ATTEMPTS * (phase == Phase.WAIT ? time.sleeps().size() + 1 : 1);
    }

    String cause(Phase phase, Kind kind, List<S3ObjectInfo> vanished) {
        String glue = "Glue kept failing with ";
        // the object the download fails on: the first one listed
        String firstObject = phase != Phase.DOWNLOAD
                ? null
                : "s3://bucket/"
                        + (kind == Kind.OBJECT_VANISHES
                                ? vanished.get(0).key()
                                : fake.objects("bucket", "out/").get(0).key());
        return switch (kind) {
            case INTERNAL_ERROR ->
                phase == Phase.DOWNLOAD
                        ? "S3 GetObject of " + firstObject + " failed: InternalError"
                        : glue + "InternalServiceException after " + MAX_ATTEMPTS + " attempt(s)";
            case OPERATION_TIMEOUT ->
                phase == Phase.DOWNLOAD
                        ? "S3 GetObject of " + firstObject + " failed: " + "RequestTimeout"
                        : glue + "OperationTimeoutException after " + MAX_ATTEMPTS + " attempt(s)";
            case THROTTLING ->
                phase == Phase.DOWNLOAD
                        ? "S3 GetObject of " + firstObject + " failed: SlowDown"
                        : glue + "ThrottlingException after " + MAX_ATTEMPTS + " attempt(s)";
            case SLOWER_THAN_READ_TIMEOUT ->
                (phase == Phase.DOWNLOAD
                                ? "S3 for " + firstObject + " at " + fake.s3Endpoint()
                                : "Glue at " + fake.glueEndpoint())
                        + " did not answer " + phase.operation + " within the read timeout of "
                        + Durations.describe(READ_TIMEOUT) + " ("
                        + MAX_ATTEMPTS + " attempt(s))";
            case DROPPED_CONNECTION ->
                "The connection to "
                        + (phase == Phase.DOWNLOAD
                                ? "S3 for " + firstObject + " at " + fake.s3Endpoint()
                                : "Glue at " + fake.glueEndpoint())
                        + " was lost during " + phase.operation + " (" + MAX_ATTEMPTS
                        + " attempt(s))";
            case OBJECT_VANISHES ->
                "S3 GetObject of " + firstObject + " failed: NoSuchKey: The specified key does not "
                        + "exist. The object vanished between listing and download";
            case OBJECT_CUT_SHORT ->
                "Download of " + firstObject + " broke off after 10 of "
                        + fake.objects("bucket", "out/").get(0).size() + " bytes";
        };
    }

    /** Every file under a folder but the empty lock file a download keeps in its bookkeeping folder. */
    static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith(Path.of(".glue-labels", "lock")))
                    .toList();
        }
    }
}
