package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.TaskRunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code GetMLTaskRuns} asks for: its {@code Filter} (task type, status, started before or after) and its
 * {@code Sort} (column and direction; newest first when absent), checked against the service's enumerations.
 */
final class TaskRunQuery {

    static final List<String> TASK_TYPES =
            List.of("EVALUATION", "LABELING_SET_GENERATION", "IMPORT_LABELS", "EXPORT_LABELS", "FIND_MATCHES");
    static final List<String> STATUSES =
            List.of("STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT");
    static final List<String> SORT_COLUMNS = List.of("TASK_RUN_TYPE", "STATUS", "STARTED");
    static final List<String> SORT_DIRECTIONS = List.of("DESCENDING", "ASCENDING");

    private final JsonIn filter;
    private final JsonIn sort;
    private final String taskType;
    private final String status;
    private final Instant startedBefore;
    private final Instant startedAfter;
    private final String column;
    private final String direction;

    private TaskRunQuery(JsonIn filter, JsonIn sort) {
        this.filter = filter;
        this.sort = sort;
        this.taskType = filter == null ? null : filter.string("TaskRunType");
        this.status = filter == null ? null : filter.string("Status");
        this.startedBefore = filter == null ? null : filter.timestamp("StartedBefore");
        this.startedAfter = filter == null ? null : filter.timestamp("StartedAfter");
        this.column = sort == null ? "STARTED" : sort.string("Column");
        this.direction = sort == null ? "DESCENDING" : sort.string("SortDirection");
    }

    /**
     * Reads the query's members; their values are checked by {@link #violations}.
     *
     * @throws GlueError {@code SerializationException} when a member has the wrong JSON type
     */
    static TaskRunQuery read(JsonIn in) {
        JsonIn filter = in.object("Filter");
        JsonIn sort = in.object("Sort");
        return new TaskRunQuery(filter, sort);
    }

    /** @return every rule the filter and sort break, in the order of their members */
    List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(Validation.enumValue(filter, "TaskRunType", taskType, TASK_TYPES));
        violations.addAll(Validation.enumValue(filter, "Status", status, STATUSES));
        if (sort != null) {
            violations.addAll(Validation.requiredMember(sort, "Column", column));
            violations.addAll(Validation.requiredMember(sort, "SortDirection", direction));
            violations.addAll(Validation.enumValue(sort, "Column", column, SORT_COLUMNS));
            violations.addAll(Validation.enumValue(sort, "SortDirection", direction, SORT_DIRECTIONS));
        }
        return violations;
    }

    /** @return whether the run passes the filter */
    boolean matches(TaskRunInfo run) {
        return (taskType == null || run.taskType().equals(taskType))
                && (status == null || run.status().equals(status))
                && (startedBefore == null || run.startedOn().isBefore(startedBefore))
                && (startedAfter == null || run.startedOn().isAfter(startedAfter));
    }

    /** @return the order of the sort; runs that tie stay in the order they started, then of their ids */
    Comparator<TaskRunInfo> order() {
        Comparator<TaskRunInfo> order = switch (column) {
            case "TASK_RUN_TYPE" -> Comparator.comparing(TaskRunInfo::taskType);
            case "STATUS" -> Comparator.comparing(TaskRunInfo::status);
            default -> Comparator.comparing(TaskRunInfo::startedOn);
        };
        order = order.thenComparing(TaskRunInfo::startedOn).thenComparing(TaskRunInfo::taskRunId);
        return direction.equals("DESCENDING") ? order.reversed() : order;
    }

    /** @return what this query of the transform's runs is, for its {@link PageToken}s */
    String fingerprint(String transformId) {
        return Integer.toHexString(
                Objects.hash(transformId, taskType, status, startedBefore, startedAfter, column, direction));
    }
}
