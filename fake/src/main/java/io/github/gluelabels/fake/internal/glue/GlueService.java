package io.github.gluelabels.fake.internal.glue;

import static java.util.Map.entry;

import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.fake.EvaluationMetrics;
import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The fake Glue of one account: the ML task-run API on the wire, AWS JSON 1.1, and its state as tests drive it. This
 * class assembles the parts and is the one door to them; the {@link GlueProtocol} carries the envelope, one class per
 * group of operations answers them (the table of which is in the constructor), and {@link GlueState} holds what they
 * share. Thread-safe.
 */
public final class GlueService {

    /**
     * What a fake Glue account is.
     *
     * @param region the region of its transforms
     * @param accountId the account, as the service's messages name it
     * @param rowsPerPart how many labels an export writes into each part file
     * @param importLimitBytes the largest labeling file an import takes
     * @param maxConcurrentRunsPerTransform how many task runs of one transform may go at once, Glue's quota
     */
    public record Settings(
            String region,
            String accountId,
            int rowsPerPart,
            long importLimitBytes,
            int maxConcurrentRunsPerTransform) {
        public Settings {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(accountId, "accountId");
            if (rowsPerPart < 1) {
                throw new IllegalArgumentException("rowsPerPart must be at least 1, was " + rowsPerPart);
            }
            if (maxConcurrentRunsPerTransform < 1) {
                throw new IllegalArgumentException(
                        "maxConcurrentRunsPerTransform must be at least 1, was " + maxConcurrentRunsPerTransform);
            }
        }

        /** Settings with Glue's quota of concurrent task runs per transform. */
        public Settings(String region, String accountId, int rowsPerPart, long importLimitBytes) {
            this(region, accountId, rowsPerPart, importLimitBytes, FakeDefaults.MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM);
        }
    }

    /** Every operation the fake Glue answers: what a fault can name. */
    public static final Set<String> OPERATIONS = Set.of(
            "StartExportLabelsTaskRun",
            "StartImportLabelsTaskRun",
            "StartMLLabelingSetGenerationTaskRun",
            "StartMLEvaluationTaskRun",
            "GetMLTaskRun",
            "GetMLTaskRuns",
            "CancelMLTaskRun",
            "GetMLTransform",
            "GetMLTransforms",
            "ListMLTransforms",
            "CreateMLTransform",
            "UpdateMLTransform",
            "DeleteMLTransform");

    private final GlueState state;
    private final GlueProtocol protocol;

    /**
     * @param settings the account's settings
     * @param clock the clock of timestamps and pacing
     * @param s3 the account's S3, where exports go and imports come from
     * @param labelsDir a folder this service owns for label files
     * @param scheduler runs the timers of {@link Pacing#afterDuration}
     */
    public GlueService(Settings settings, Clock clock, S3Store s3, Path labelsDir, ScheduledExecutorService scheduler) {
        this.state = new GlueState(
                settings,
                clock,
                new Transforms(clock, settings.accountId()),
                new TaskRuns(clock, scheduler, settings.accountId(), settings.maxConcurrentRunsPerTransform()),
                new LabelFiles(labelsDir, settings.rowsPerPart()),
                s3,
                new S3Paths(s3, settings.region()));
        Map<String, Operation> operations = operations(state);
        if (!operations.keySet().equals(OPERATIONS)) {
            throw new IllegalStateException(
                    "GlueService.OPERATIONS is not the operations the fake answers: " + operations.keySet());
        }
        this.protocol = new GlueProtocol(operations);
    }

    /** Every operation the fake answers, by name: a new operation is one more line here. */
    private static Map<String, Operation> operations(GlueState state) {
        TaskRunOperations taskRuns = new TaskRunOperations(state);
        TransformOperations transforms = new TransformOperations(state);
        TransformLifecycleOperations lifecycle = new TransformLifecycleOperations(state);
        return Map.ofEntries(
                entry("StartExportLabelsTaskRun", new ExportLabelsOperation(state)),
                entry("StartImportLabelsTaskRun", new ImportLabelsOperation(state)),
                entry("StartMLLabelingSetGenerationTaskRun", new LabelingSetGenerationOperation(state)),
                entry("StartMLEvaluationTaskRun", new EvaluationOperation(state)),
                entry("GetMLTaskRun", taskRuns::get),
                entry("GetMLTaskRuns", taskRuns::list),
                entry("CancelMLTaskRun", taskRuns::cancel),
                entry("GetMLTransform", transforms::get),
                entry("GetMLTransforms", transforms::getMany),
                entry("ListMLTransforms", transforms::list),
                entry("CreateMLTransform", lifecycle::create),
                entry("UpdateMLTransform", lifecycle::update),
                entry("DeleteMLTransform", lifecycle::delete));
    }

    // ---------------------------------------------------------------- the wire

    /**
     * Names the operation a request asks for.
     *
     * @param r the request
     * @return the operation, e.g. {@code GetMLTaskRun}; {@code UnknownOperation} when the target is not one of ours
     */
    public String operation(FakeRequest r) {
        return protocol.operation(r);
    }

    /**
     * Answers a request.
     *
     * @param r the request
     * @param operation what {@link #operation} named
     * @return the response: the operation's output, or a modelled error
     */
    public FakeResponse handle(FakeRequest r, String operation) {
        return protocol.handle(r, operation);
    }

    /**
     * An error response as the service sends it.
     *
     * @return the response
     */
    public FakeResponse error(FakeRequest r, String type, int status, String message) {
        return protocol.error(r, type, status, message);
    }

    // ---------------------------------------------------------------- the state, as tests drive it

    /**
     * Seeds a transform with labels, creating it if needed; replaces any labels it had.
     *
     * @param transformId the transform
     * @param labelingFile the labeling file's bytes
     * @param source where they come from, for messages
     * @return how many labels it now has
     * @throws LabelingFileException when the file is not a valid labeling file; nothing is seeded then
     */
    public long seed(String transformId, InputStream labelingFile, String source) {
        Transforms.requireValidId(transformId);
        LabelSet labels = state.labelFiles().read(labelingFile, source);
        state.transforms()
                .getOrCreate(transformId)
                .replaceLabels(labels, state.clock().instant());
        return labels.rows();
    }

    /**
     * Gives a transform the records of its input table, creating it if needed: labeling set generations draw from
     * them (without them, from the records its labels hold).
     *
     * @param transformId the transform
     * @param recordsFile a UTF-8 CSV whose header names the table's columns
     * @param source where it comes from, for messages
     * @return how many records it now has
     * @throws IllegalArgumentException naming the source and record when the file is not such a CSV
     */
    public long seedRecords(String transformId, InputStream recordsFile, String source) {
        Transforms.requireValidId(transformId);
        InputRecords records = RecordsFile.read(recordsFile, source);
        state.transforms().getOrCreate(transformId).records(records);
        return records.rows().size();
    }

    /**
     * Chooses what the evaluations of a transform started from now on find, creating the transform if needed.
     *
     * @param transformId the transform
     * @param metrics the metrics; null to derive them from the labels again
     */
    public void evaluationMetrics(String transformId, EvaluationMetrics metrics) {
        Transforms.requireValidId(transformId);
        state.transforms().getOrCreate(transformId).chooseMetrics(metrics);
    }

    /** Sets how many task runs of one transform may go at once from now on, until a reset. */
    public void maxConcurrentTaskRunsPerTransform(int runs) {
        state.runs().maxConcurrentPerTransform(runs);
    }

    /**
     * Creates a transform without labels (exporting it fails as the service documents).
     *
     * @param transformId the transform
     */
    public void createTransform(String transformId) {
        Transforms.requireValidId(transformId);
        state.transforms().getOrCreate(transformId);
    }

    /** @return the ids of every transform */
    public Set<String> transformIds() {
        return state.transforms().ids();
    }

    /** @return how many labels the transform has, 0 when it does not exist */
    public long labelCount(String transformId) {
        return state.transforms().find(transformId).map(Transform::labelCount).orElse(0L);
    }

    /** @return the labeling file of the transform as it is now, if it has labels */
    public Optional<byte[]> labels(String transformId) {
        return state.transforms().find(transformId).flatMap(Transform::labelingFile);
    }

    public void pacing(Pacing pacing) {
        state.runs().pacing(pacing);
    }

    public void outcome(Outcome outcome) {
        state.runs().outcome(outcome);
    }

    public void outcome(String transformId, Outcome outcome) {
        state.runs().outcome(transformId, outcome);
    }

    /** @return every task run, oldest first, as they are now */
    public List<TaskRunInfo> taskRuns() {
        return state.runs().all();
    }

    /** @return the run as it is now, if it exists */
    public Optional<TaskRunInfo> taskRun(String taskRunId) {
        return state.runs().find(taskRunId);
    }

    /** Moves a run one step, see {@link TaskRun#advance}. */
    public TaskRunInfo advance(String taskRunId) {
        return state.runs().existing(taskRunId).advance(state.clock().instant());
    }

    /** Ends a run with its outcome now. */
    public TaskRunInfo finish(String taskRunId) {
        return state.runs().existing(taskRunId).finish(state.clock().instant());
    }

    /** Forgets every transform, run and setting. */
    public void reset() {
        state.runs().reset();
        state.transforms().clear();
        state.labelFiles().deleteAll();
    }

    /** Stops every timer. */
    public void shutdown() {
        state.runs().shutdown();
    }
}
