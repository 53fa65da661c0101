package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Store;
import io.github.gluelabels.fake.internal.s3.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Glue ML task-run API of the fake, AWS JSON 1.1: {@code StartExportLabelsTaskRun}, {@code GetMLTaskRun},
 * {@code GetMLTaskRuns}, {@code CancelMLTaskRun}, {@code GetMLTransform} and {@code StartImportLabelsTaskRun}, with the
 * errors and messages the service documents. Thread-safe.
 */
public final class GlueService {

    /** The operations this fake answers. */
    public static final Set<String> OPERATIONS = Set.of(
            "StartExportLabelsTaskRun",
            "GetMLTaskRun",
            "GetMLTaskRuns",
            "CancelMLTaskRun",
            "GetMLTransform",
            "StartImportLabelsTaskRun");

    static final String TARGET_PREFIX = "AWSGlue.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** The media types of a JSON 1.x body; parameters such as {@code charset} are ignored, as Smithy requires. */
    private static final Set<String> JSON_CONTENT_TYPES = Set.of(CONTENT_TYPE, "application/x-amz-json-1.0");

    static final String LOG_GROUP = "/aws-glue/ml-transforms";
    static final int DEFAULT_PAGE_SIZE = 100;
    private static final List<String> TASK_TYPES =
            List.of("EVALUATION", "LABELING_SET_GENERATION", "IMPORT_LABELS", "EXPORT_LABELS", "FIND_MATCHES");
    private static final List<String> STATUSES =
            List.of("STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT");
    private static final List<String> SORT_COLUMNS = List.of("TASK_RUN_TYPE", "STATUS", "STARTED");
    private static final List<String> SORT_DIRECTIONS = List.of("DESCENDING", "ASCENDING");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What a fake Glue account is.
     *
     * @param region the region of its transforms
     * @param accountId the account, as the service's messages name it
     * @param rowsPerPart how many labels an export writes into each part file
     * @param importLimitBytes the largest labeling file an import takes
     */
    public record Settings(String region, String accountId, int rowsPerPart, long importLimitBytes) {
        public Settings {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(accountId, "accountId");
            if (rowsPerPart < 1) {
                throw new IllegalArgumentException("rowsPerPart must be at least 1, was " + rowsPerPart);
            }
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final S3Store s3;
    private final Path labelsDir;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Transform> transforms = new ConcurrentHashMap<>();
    private final Map<String, TaskRun> runs = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private volatile Pacing pacing = Pacing.immediate();
    private volatile Outcome outcome = Outcome.succeed();

    /**
     * @param settings the account's settings
     * @param clock the clock of timestamps and pacing
     * @param s3 the account's S3, where exports go and imports come from
     * @param labelsDir a folder this service owns for label files
     * @param scheduler runs the timers of {@link Pacing#afterDuration}
     */
    public GlueService(Settings settings, Clock clock, S3Store s3, Path labelsDir, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.clock = clock;
        this.s3 = s3;
        this.labelsDir = labelsDir;
        this.scheduler = scheduler;
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
        requireValidTransformId(transformId);
        LabelSet labels = LabelSet.read(labelingFile, source, newLabelFile(), settings.rowsPerPart());
        transform(transformId).replaceLabels(labels, clock.instant());
        return labels.rows();
    }

    /**
     * Creates a transform without labels (exporting it fails as the service documents).
     *
     * @param transformId the transform
     */
    public void createTransform(String transformId) {
        requireValidTransformId(transformId);
        transform(transformId);
    }

    private static void requireValidTransformId(String transformId) {
        List<Violation> violations = Constraints.hashString("TransformId", transformId);
        if (!violations.isEmpty()) {
            throw new io.github.gluelabels.core.validation.InvalidRequestException(violations);
        }
    }

    /** @return the ids of every transform */
    public Set<String> transformIds() {
        return Set.copyOf(transforms.keySet());
    }

    /** @return how many labels the transform has, 0 when it does not exist */
    public long labelCount(String transformId) {
        Transform t = transforms.get(transformId);
        return t == null ? 0 : t.labelCount();
    }

    /** @return the labeling file of the transform as it is now, if it has labels */
    public java.util.Optional<byte[]> labels(String transformId) {
        Transform t = transforms.get(transformId);
        if (t == null || t.labels() == null) {
            return java.util.Optional.empty();
        }
        try (InputStream in = t.labels().content().open()) {
            return java.util.Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void pacing(Pacing pacing) {
        this.pacing = Objects.requireNonNull(pacing, "pacing");
    }

    public void outcome(Outcome outcome) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    public void outcome(String transformId, Outcome outcome) {
        outcomes.put(transformId, Objects.requireNonNull(outcome, "outcome"));
    }

    /** @return every task run, oldest first, as they are now */
    public List<TaskRunInfo> taskRuns() {
        Instant now = clock.instant();
        return runs.values().stream()
                .map(r -> r.peek(now))
                .sorted(Comparator.comparing(TaskRunInfo::startedOn).thenComparing(TaskRunInfo::taskRunId))
                .toList();
    }

    /** @return the run as it is now, if it exists */
    public java.util.Optional<TaskRunInfo> taskRun(String taskRunId) {
        return java.util.Optional.ofNullable(runs.get(taskRunId)).map(r -> r.peek(clock.instant()));
    }

    /** Moves a run one step, see {@link TaskRun#advance}. */
    public TaskRunInfo advance(String taskRunId) {
        return existingRun(taskRunId).advance(clock.instant());
    }

    /** Ends a run with its outcome now. */
    public TaskRunInfo finish(String taskRunId) {
        return existingRun(taskRunId).finish(clock.instant());
    }

    private TaskRun existingRun(String taskRunId) {
        TaskRun run = runs.get(taskRunId);
        if (run == null) {
            throw new IllegalArgumentException("The fake has no task run " + taskRunId + "; it has " + runs.keySet());
        }
        return run;
    }

    /** Forgets every transform, run and setting. */
    public void reset() {
        runs.values().forEach(TaskRun::abandon);
        runs.clear();
        transforms.clear();
        outcomes.clear();
        pacing = Pacing.immediate();
        outcome = Outcome.succeed();
        if (Files.isDirectory(labelsDir)) {
            try (var files = Files.list(labelsDir)) {
                files.forEach(LabelSet::deleteQuietly);
            } catch (IOException e) {
                // files left behind go with the fake's data folder
            }
        }
    }

    /** Stops every timer. */
    public void shutdown() {
        runs.values().forEach(TaskRun::abandon);
    }

    // ---------------------------------------------------------------- the wire

    /**
     * Names the operation a request asks for.
     *
     * @param r the request
     * @return the operation, e.g. {@code GetMLTaskRun}; {@code UnknownOperation} when the target is not one of ours
     */
    public String operation(FakeRequest r) {
        String target = r.header("X-Amz-Target").orElse("");
        String op = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
        return OPERATIONS.contains(op) ? op : "UnknownOperation";
    }

    /**
     * Answers a request.
     *
     * @param r the request
     * @param operation what {@link #operation} named
     * @return the response: the operation's output, or a modelled error
     */
    public FakeResponse handle(FakeRequest r, String operation) {
        try {
            if (!r.method().equals("POST")) {
                throw GlueError.serialization("AWS JSON 1.1 requests are POST requests; this one is " + r.method());
            }
            String contentType = r.header("Content-Type").orElse(null);
            if (contentType != null
                    && !JSON_CONTENT_TYPES.contains(
                            contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))) {
                throw GlueError.serialization("The request's Content-Type is \"" + contentType + "\": an AWS JSON 1.1 "
                        + "request is " + CONTENT_TYPE + ", and the fake cannot read the body as anything else.");
            }
            if (operation.equals("UnknownOperation")) {
                String target = r.header("X-Amz-Target").orElse(null);
                throw new GlueError(
                        "UnknownOperationException",
                        400,
                        target == null
                                ? "The request has no X-Amz-Target header: the fake cannot tell which Glue operation it asks for."
                                : "The fake Glue of glue-labels does not implement " + target + ". It answers "
                                        + OPERATIONS.stream()
                                                .sorted()
                                                .map(o -> TARGET_PREFIX + o)
                                                .toList() + ".");
            }
            JsonIn in = JsonIn.parse(r.body());
            byte[] body = switch (operation) {
                case "StartExportLabelsTaskRun" -> startExport(in);
                case "GetMLTaskRun" -> getTaskRun(in);
                case "GetMLTaskRuns" -> getTaskRuns(in);
                case "CancelMLTaskRun" -> cancelTaskRun(in);
                case "GetMLTransform" -> getTransform(in);
                case "StartImportLabelsTaskRun" -> startImport(in);
                default -> throw new IllegalStateException(operation);
            };
            return ok(r, body);
        } catch (GlueError e) {
            return error(r, e.type(), e.status(), e.getMessage());
        }
    }

    /**
     * An error response as the service sends it.
     *
     * @return the response
     */
    public FakeResponse error(FakeRequest r, String type, int status, String message) {
        byte[] body =
                new JsonOut().string("__type", type).string("Message", message).bytes();
        return FakeResponse.status(status)
                .body(body)
                .header("Content-Type", CONTENT_TYPE)
                .header("x-amzn-RequestId", r.requestId())
                .header("x-amzn-ErrorType", type)
                .errorCode(type);
    }

    private static FakeResponse ok(FakeRequest r, byte[] body) {
        return FakeResponse.status(200)
                .body(body)
                .header("Content-Type", CONTENT_TYPE)
                .header("x-amzn-RequestId", r.requestId());
    }

    // ---------------------------------------------------------------- operations

    private byte[] startExport(JsonIn in) {
        String transformId = in.string("TransformId");
        String outputS3Path = in.string("OutputS3Path");
        validate(Constraints.hashString("TransformId", transformId), required("OutputS3Path", outputS3Path));
        S3Uri output = s3Path("OutputS3Path", outputS3Path);
        Transform transform = existingTransform(transformId);
        LabelSet labels = transform.labels();
        if (labels == null || labels.rows() == 0) {
            throw GlueError.entityNotFound("No labelset exists for transformId " + transformId + " in account id "
                    + settings.accountId() + ".");
        }
        requireSameRegion(output);
        String runId = newTaskRunId();
        TaskRun run = start(
                runId,
                transformId,
                "EXPORT_LABELS",
                outputS3Path,
                null,
                () -> ExportWriter.write(labels, s3, output, runId));
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }

    private byte[] startImport(JsonIn in) {
        String transformId = in.string("TransformId");
        String inputS3Path = in.string("InputS3Path");
        Boolean replace = in.bool("ReplaceAllLabels");
        validate(Constraints.hashString("TransformId", transformId), required("InputS3Path", inputS3Path));
        S3Uri input = s3Path("InputS3Path", inputS3Path);
        Transform transform = existingTransform(transformId);
        requireSameRegion(input);
        List<StoredObject> files = labelFiles(input);
        long size = files.stream().mapToLong(StoredObject::size).sum();
        if (size == 0) {
            throw GlueError.invalidInput("Invalid label file of size 0.");
        }
        if (size > settings.importLimitBytes()) {
            throw GlueError.invalidInput(
                    "Label file has exceeded the limit of " + settings.importLimitBytes() / (1024 * 1024) + " MB.");
        }
        boolean replaceAll = Boolean.TRUE.equals(replace);
        TaskRun run = start(
                newTaskRunId(),
                transformId,
                "IMPORT_LABELS",
                inputS3Path,
                replaceAll,
                () -> importLabels(transform, input, files, replaceAll));
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }

    private TaskRun start(
            String runId, String transformId, String type, String s3Path, Boolean replace, TaskRun.Work work) {
        Pacing runPacing = pacing;
        TaskRun run = new TaskRun(
                runId,
                transformId,
                type,
                s3Path,
                replace,
                clock.instant(),
                runPacing,
                outcomes.getOrDefault(transformId, outcome),
                work);
        runs.put(run.id, run);
        if (runPacing instanceof Pacing.Immediate) {
            run.peek(run.startedOn);
        } else if (runPacing instanceof Pacing.AfterDuration d) {
            run.scheduled(scheduler.schedule(
                    () -> run.peek(clock.instant()), Math.max(1, d.duration().toMillis()), TimeUnit.MILLISECONDS));
        }
        return run;
    }

    private List<StoredObject> labelFiles(S3Uri input) {
        if (!s3.bucketExists(input.bucket())) {
            throw GlueError.invalidInput("Invalid label file path.");
        }
        if (!input.key().isEmpty() && !input.key().endsWith("/")) {
            java.util.Optional<StoredObject> file = s3.get(input.bucket(), input.key());
            if (file.isPresent()) {
                return List.of(file.get());
            }
        }
        // a folder, such as an export's output: every object under it but empty markers and Spark's _-files
        List<StoredObject> files = s3.list(input.bucket(), input.folderPrefix()).stream()
                .filter(o -> !o.key().substring(o.key().lastIndexOf('/') + 1).startsWith("_"))
                .filter(o -> !o.key().endsWith("/"))
                .toList();
        if (files.isEmpty()) {
            throw GlueError.invalidInput("Invalid label file path.");
        }
        return files;
    }

    private void importLabels(Transform transform, S3Uri input, List<StoredObject> files, boolean replaceAll) {
        LabelSet imported = null;
        try {
            for (StoredObject file : files) {
                LabelSet part;
                try (InputStream in = s3.open(file)) {
                    part = LabelSet.read(
                            in, input.withKey(file.key()).toString(), newLabelFile(), settings.rowsPerPart());
                } catch (IOException e) {
                    throw new TaskRun.Failure(
                            "Cannot read label file " + input.withKey(file.key()) + ": " + e.getMessage());
                }
                imported = imported == null
                        ? part
                        : join(imported, part, input.withKey(file.key()).toString());
            }
        } catch (LabelingFileException e) {
            throw new TaskRun.Failure("Invalid label file: " + e.getMessage());
        }
        LabelSet current = transform.labels();
        LabelSet next = replaceAll || current == null ? imported : join(current, imported, input.toString());
        transform.replaceLabels(next, clock.instant());
    }

    private LabelSet join(LabelSet first, LabelSet more, String source) {
        if (!first.columns().equals(more.columns())) {
            throw new TaskRun.Failure("The columns of " + source + " " + more.columns()
                    + " differ from the transform's labels " + first.columns() + ".");
        }
        return first.append(more, newLabelFile(), settings.rowsPerPart());
    }

    private byte[] getTaskRun(JsonIn in) {
        String transformId = in.string("TransformId");
        String taskRunId = in.string("TaskRunId");
        validate(Constraints.hashString("TransformId", transformId), Constraints.hashString("TaskRunId", taskRunId));
        existingTransform(transformId);
        TaskRunInfo run = runOf(transformId, taskRunId).read(clock.instant());
        JsonOut out = new JsonOut();
        writeRun(out, run);
        return out.bytes();
    }

    private byte[] getTaskRuns(JsonIn in) {
        String transformId = in.string("TransformId");
        Integer maxResults = in.integer("MaxResults");
        String nextToken = in.string("NextToken");
        JsonIn filter = in.object("Filter");
        JsonIn sort = in.object("Sort");
        List<Violation> violations = new ArrayList<>(Constraints.hashString("TransformId", transformId));
        if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
            violations.add(new Violation(
                    "MaxResults",
                    "must be 1 to 1000",
                    null,
                    maxResults.toString(),
                    maxResults < 1
                            ? "Member must have value greater than or equal to 1"
                            : "Member must have value less than or equal to 1000"));
        }
        String typeFilter = filter == null ? null : filter.string("TaskRunType");
        String statusFilter = filter == null ? null : filter.string("Status");
        Instant startedBefore = filter == null ? null : filter.timestamp("StartedBefore");
        Instant startedAfter = filter == null ? null : filter.timestamp("StartedAfter");
        enumValue(violations, filter, "TaskRunType", typeFilter, TASK_TYPES);
        enumValue(violations, filter, "Status", statusFilter, STATUSES);
        String column = sort == null ? "STARTED" : sort.string("Column");
        String direction = sort == null ? "DESCENDING" : sort.string("SortDirection");
        if (sort != null) {
            violations.addAll(requiredMember(sort, "Column", column));
            violations.addAll(requiredMember(sort, "SortDirection", direction));
            enumValue(violations, sort, "Column", column, SORT_COLUMNS);
            enumValue(violations, sort, "SortDirection", direction, SORT_DIRECTIONS);
        }
        validate(violations);
        existingTransform(transformId);

        Instant now = clock.instant();
        Comparator<TaskRunInfo> order = switch (column) {
            case "TASK_RUN_TYPE" -> Comparator.comparing(TaskRunInfo::taskType);
            case "STATUS" -> Comparator.comparing(TaskRunInfo::status);
            default -> Comparator.comparing(TaskRunInfo::startedOn);
        };
        order = order.thenComparing(TaskRunInfo::startedOn).thenComparing(TaskRunInfo::taskRunId);
        if (direction.equals("DESCENDING")) {
            order = order.reversed();
        }
        List<TaskRunInfo> matching = runs.values().stream()
                .filter(r -> r.transformId.equals(transformId))
                .map(r -> r.peek(now))
                .filter(r -> typeFilter == null || r.taskType().equals(typeFilter))
                .filter(r -> statusFilter == null || r.status().equals(statusFilter))
                .filter(r -> startedBefore == null || r.startedOn().isBefore(startedBefore))
                .filter(r -> startedAfter == null || r.startedOn().isAfter(startedAfter))
                .sorted(order)
                .toList();

        String fingerprint = Integer.toHexString(
                Objects.hash(transformId, typeFilter, statusFilter, startedBefore, startedAfter, column, direction));
        int offset = nextToken == null ? 0 : offsetOf(nextToken, fingerprint);
        int pageSize = maxResults == null ? DEFAULT_PAGE_SIZE : maxResults;
        int end = Math.min(matching.size(), offset + pageSize);
        JsonOut out = new JsonOut().startArray("TaskRuns");
        for (TaskRunInfo run : matching.subList(Math.min(offset, matching.size()), end)) {
            out.startObjectInArray();
            writeRun(out, run);
            out.endObject();
        }
        out.endArray();
        if (end < matching.size()) {
            out.string(
                    "NextToken",
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(("v1:" + end + ":" + fingerprint).getBytes(StandardCharsets.UTF_8)));
        }
        return out.bytes();
    }

    private static int offsetOf(String token, String fingerprint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 3 && parts[0].equals("v1") && parts[2].equals(fingerprint)) {
                return Integer.parseInt(parts[1]);
            }
        } catch (IllegalArgumentException e) {
            // not one of ours
        }
        throw GlueError.invalidInput("Invalid pagination token: NextToken must be a token from a previous "
                + "GetMLTaskRuns response with the same TransformId, Filter and Sort.");
    }

    private byte[] cancelTaskRun(JsonIn in) {
        String transformId = in.string("TransformId");
        String taskRunId = in.string("TaskRunId");
        validate(Constraints.hashString("TransformId", transformId), Constraints.hashString("TaskRunId", taskRunId));
        existingTransform(transformId);
        TaskRunInfo run = runOf(transformId, taskRunId).cancel(clock.instant());
        return new JsonOut()
                .string("TransformId", run.transformId())
                .string("TaskRunId", run.taskRunId())
                .string("Status", run.status())
                .bytes();
    }

    private byte[] getTransform(JsonIn in) {
        String transformId = in.string("TransformId");
        validate(Constraints.hashString("TransformId", transformId));
        Transform t = existingTransform(transformId);
        LabelSet labels = t.labels();
        List<String> columns = labels == null
                ? List.of()
                : labels.columns().subList(2, labels.columns().size());
        JsonOut out = new JsonOut()
                .string("TransformId", t.id)
                .string("Name", t.name)
                .string("Description", "A FindMatches transform of the glue-labels fake")
                .string("Status", "READY")
                .timestamp("CreatedOn", t.createdOn)
                .timestamp("LastModifiedOn", t.lastModifiedOn())
                .startArray("InputRecordTables")
                .startObjectInArray()
                .string("DatabaseName", "glue_labels_fake")
                .string("TableName", tableName(t.id))
                .endObject()
                .endArray()
                .startObject("Parameters")
                .string("TransformType", "FIND_MATCHES")
                .startObject("FindMatchesParameters")
                .string("PrimaryKeyColumnName", columns.isEmpty() ? null : columns.get(0))
                .number("PrecisionRecallTradeoff", 0.5)
                .number("AccuracyCostTradeoff", 0.5)
                .bool("EnforceProvidedLabels", false)
                .endObject()
                .endObject()
                .startObject("EvaluationMetrics")
                .string("TransformType", "FIND_MATCHES")
                .endObject()
                .number("LabelCount", t.labelCount());
        out.startArray("Schema");
        for (String column : columns) {
            out.startObjectInArray()
                    .string("Name", column)
                    .string("DataType", "string")
                    .endObject();
        }
        out.endArray()
                .string("Role", "arn:aws:iam::" + settings.accountId() + ":role/glue-labels-fake")
                .string("GlueVersion", "2.0")
                .number("MaxCapacity", 10.0)
                .number("Timeout", 2880)
                .number("MaxRetries", 0);
        return out.bytes();
    }

    // ---------------------------------------------------------------- helpers

    private static void writeRun(JsonOut out, TaskRunInfo run) {
        out.string("TransformId", run.transformId())
                .string("TaskRunId", run.taskRunId())
                .string("Status", run.status())
                .string("LogGroupName", LOG_GROUP)
                .startObject("Properties")
                .string("TaskType", run.taskType());
        if (run.taskType().equals("EXPORT_LABELS")) {
            out.startObject("ExportLabelsTaskRunProperties")
                    .string("OutputS3Path", run.s3Path())
                    .endObject();
        } else {
            out.startObject("ImportLabelsTaskRunProperties")
                    .string("InputS3Path", run.s3Path())
                    .bool("Replace", run.replaceAllLabels())
                    .endObject();
        }
        out.endObject()
                .string("ErrorString", run.errorString())
                .timestamp("StartedOn", run.startedOn())
                .timestamp("LastModifiedOn", run.lastModifiedOn())
                .timestamp("CompletedOn", run.completedOn())
                .number("ExecutionTime", run.executionTime());
    }

    private Transform transform(String transformId) {
        return transforms.computeIfAbsent(transformId, id -> new Transform(id, tableName(id), clock.instant()));
    }

    private Transform existingTransform(String transformId) {
        Transform t = transforms.get(transformId);
        if (t == null) {
            throw GlueError.entityNotFound(
                    "Cannot find MLTransform in account " + settings.accountId() + " with handle " + transformId + ".");
        }
        return t;
    }

    private TaskRun runOf(String transformId, String taskRunId) {
        TaskRun run = runs.get(taskRunId);
        if (run == null || !run.transformId.equals(transformId)) {
            throw GlueError.entityNotFound("No ML Task Run found for " + taskRunId + ": in account "
                    + settings.accountId() + " for transform " + transformId + ".");
        }
        return run;
    }

    private S3Uri s3Path(String field, String value) {
        List<Violation> violations = Constraints.s3Path(field, value);
        validate(violations);
        return S3Uri.parse(field, value);
    }

    private void requireSameRegion(S3Uri path) {
        s3.bucketRegion(path.bucket()).filter(r -> !r.equals(settings.region())).ifPresent(r -> {
            throw GlueError.invalidInput("S3 path provided is not in the same region as transform. Expecting region - "
                    + settings.region() + ", but got - " + r + ".");
        });
    }

    @SafeVarargs
    private static void validate(List<Violation>... groups) {
        List<Violation> all = new ArrayList<>();
        for (List<Violation> group : groups) {
            all.addAll(group);
        }
        if (!all.isEmpty()) {
            throw GlueError.invalidInput(Constraints.serviceMessage(all));
        }
    }

    private static List<Violation> required(String field, String value) {
        return value == null
                ? List.of(new Violation(field, "is required", null, null, "Member must not be null"))
                : List.of();
    }

    private static List<Violation> requiredMember(JsonIn parent, String name, String value) {
        return value == null
                ? List.of(new Violation(parent.qualified(name), "is required", null, null, "Member must not be null"))
                : List.of();
    }

    private static void enumValue(
            List<Violation> violations, JsonIn parent, String name, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violations.add(new Violation(
                    parent.qualified(name),
                    "must be one of " + allowed,
                    null,
                    value,
                    "Member must satisfy enum value set: " + allowed));
        }
    }

    private String newTaskRunId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "tsk-" + HexFormat.of().formatHex(bytes);
    }

    private Path newLabelFile() {
        return labelsDir.resolve(UUID.randomUUID() + ".csv");
    }

    private static String tableName(String transformId) {
        return transformId.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
