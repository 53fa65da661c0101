package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.TaskRunInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations on a transform's task runs, whatever their type: {@code GetMLTaskRun}, {@code GetMLTaskRuns} and
 * {@code CancelMLTaskRun}.
 */
final class TaskRunOperations {

    private static final String TOKEN_ORIGIN = "GetMLTaskRuns response with the same TransformId, Filter and Sort";

    private final GlueState state;

    TaskRunOperations(GlueState state) {
        this.state = state;
    }

    /** {@code GetMLTaskRun}: the run as it is now; the read counts towards its pacing. */
    byte[] get(JsonIn in) {
        TaskRun run = namedRun(in);
        JsonOut out = new JsonOut();
        TaskRunJson.write(out, run.read(state.clock().instant()));
        return out.bytes();
    }

    /** {@code CancelMLTaskRun}: a run that has not ended starts stopping. */
    byte[] cancel(JsonIn in) {
        TaskRunInfo run = namedRun(in).cancel(state.clock().instant());
        return new JsonOut()
                .string("TransformId", run.transformId())
                .string("TaskRunId", run.taskRunId())
                .string("Status", run.status())
                .bytes();
    }

    /** {@code GetMLTaskRuns}: a page of the transform's runs that pass the filter, in the sort's order. */
    byte[] list(JsonIn in) {
        String transformId = in.string("TransformId");
        Paging paging = Paging.read(in);
        TaskRunQuery query = TaskRunQuery.read(in);
        List<Violation> violations = new ArrayList<>(Constraints.hashString("TransformId", transformId));
        violations.addAll(paging.violations());
        violations.addAll(query.violations());
        Validation.check(violations);
        state.transforms().existing(transformId);

        Instant now = state.clock().instant();
        List<TaskRunInfo> matching = state.runs().ofTransform(transformId, now).stream()
                .filter(query::matches)
                .sorted(query.order())
                .toList();
        Paging.Page<TaskRunInfo> page = paging.page(matching, query.fingerprint(transformId), TOKEN_ORIGIN);
        JsonOut out = new JsonOut().startArray("TaskRuns");
        for (TaskRunInfo run : page.items()) {
            out.startObjectInArray();
            TaskRunJson.write(out, run);
            out.endObject();
        }
        return out.endArray().string("NextToken", page.nextToken()).bytes();
    }

    private TaskRun namedRun(JsonIn in) {
        String transformId = in.string("TransformId");
        String taskRunId = in.string("TaskRunId");
        Validation.check(
                Constraints.hashString("TransformId", transformId), Constraints.hashString("TaskRunId", taskRunId));
        state.transforms().existing(transformId);
        return state.runs().of(transformId, taskRunId);
    }
}
