package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.http.FakeResponse;
import java.util.List;

/** The task-run calls of the {@link ControlApi}: list, read, advance and finish runs. */
final class ControlTaskRuns {

    private ControlTaskRuns() {}

    static FakeResponse answer(ControlRequest call, List<String> path, Account account) throws ControlRequest.Refused {
        if (path.size() == 1) {
            call.expect(true, "GET");
            String transformId = call.request().queryValue("transformId").orElse(null);
            List<TaskRunInfo> runs = account.glue.taskRuns().stream()
                    .filter(run -> transformId == null || run.transformId().equals(transformId))
                    .toList();
            return ControlApi.json(200, ControlJson.taskRuns(runs));
        }
        String taskRunId = path.get(1);
        if (path.size() == 2) {
            call.expect(true, "GET");
            return account.glue
                    .taskRun(taskRunId)
                    .map(run -> ControlApi.json(200, ControlJson.taskRun(run)))
                    .orElseThrow(() -> noSuchRun(call, taskRunId));
        }
        call.expect(
                path.size() == 3
                        && (path.get(2).equals("advance") || path.get(2).equals("finish")),
                "POST");
        if (account.glue.taskRun(taskRunId).isEmpty()) {
            throw noSuchRun(call, taskRunId);
        }
        TaskRunInfo run =
                path.get(2).equals("advance") ? account.glue.advance(taskRunId) : account.glue.finish(taskRunId);
        return ControlApi.json(200, ControlJson.taskRun(run));
    }

    private static ControlRequest.Refused noSuchRun(ControlRequest call, String taskRunId) {
        return call.refused(404, "there is no task run " + ControlRequest.quoted(taskRunId));
    }
}
