package io.github.gluelabels.core.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunsResponse;
import software.amazon.awssdk.services.glue.model.ImportLabelsTaskRunProperties;
import software.amazon.awssdk.services.glue.model.SortDirectionType;
import software.amazon.awssdk.services.glue.model.TaskRun;
import software.amazon.awssdk.services.glue.model.TaskRunSortColumnType;
import software.amazon.awssdk.services.glue.model.TaskType;

/**
 * Looks for the import task run a start without an answer may have started ({@code GetMLTaskRuns}): an
 * {@code IMPORT_LABELS} run of the transform whose properties name the same input path and replace flag, started since
 * shortly before the first attempt. The window opens {@link #CLOCK_ALLOWANCE} early because Glue stamps
 * {@code StartedOn} with its own clock, and the SDK corrects the signing time of a machine whose clock is off: an
 * import of the same input path in that window is taken to be this one (the input path held nothing before the
 * upload). What the SDK throws is left to the caller. Not thread-safe: one per start.
 */
final class ImportRunLookup {

    /** How far this machine's clock may be from Glue's, and a run still be found. */
    static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(15);
    /** Pages of runs read at most: 1,000 import runs of one transform in the window. */
    static final int MAX_PAGES = 10;

    /**
     * What was found.
     *
     * @param taskRunId the newest matching run, or {@code null} when none
     * @param others the ids of older matching runs, newest first
     */
    record Found(String taskRunId, List<String> others) {}

    private final GlueClient glue;
    private final String transformId;
    private final String inputS3Path;
    private final boolean replaceAllLabels;
    private final Instant startedAfter;

    /**
     * @param firstAttempt when the first start was sent, on this machine's clock
     */
    ImportRunLookup(
            GlueClient glue, String transformId, String inputS3Path, boolean replaceAllLabels, Instant firstAttempt) {
        this.glue = glue;
        this.transformId = transformId;
        this.inputS3Path = inputS3Path;
        this.replaceAllLabels = replaceAllLabels;
        this.startedAfter = firstAttempt.minus(CLOCK_ALLOWANCE);
    }

    /** @return the matching runs, newest first; none when Glue lists none */
    Found find() {
        List<String> matching = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            GetMlTaskRunsResponse response = page(token);
            for (TaskRun run : response.taskRuns()) {
                if (matches(run)) {
                    matching.add(run.taskRunId());
                }
            }
            token = response.nextToken();
            if (token == null || token.isEmpty()) {
                break;
            }
        }
        return matching.isEmpty()
                ? new Found(null, List.of())
                : new Found(matching.get(0), List.copyOf(matching.subList(1, matching.size())));
    }

    private GetMlTaskRunsResponse page(String token) {
        return glue.getMLTaskRuns(r -> r.transformId(transformId)
                .filter(f -> f.taskRunType(TaskType.IMPORT_LABELS).startedAfter(startedAfter))
                .sort(s -> s.column(TaskRunSortColumnType.STARTED).sortDirection(SortDirectionType.DESCENDING))
                .maxResults(100)
                .nextToken(token));
    }

    private boolean matches(TaskRun run) {
        ImportLabelsTaskRunProperties properties =
                run.properties() == null ? null : run.properties().importLabelsTaskRunProperties();
        return properties != null
                && inputS3Path.equals(properties.inputS3Path())
                && replaceAllLabels == Boolean.TRUE.equals(properties.replace());
    }

    /**
     * @param region the region, or words that are not one (the default "the client's region"), then left out
     * @return the command that lists the transform's import runs of the window, for a person to check
     */
    String command(String region) {
        boolean named = region != null && region.matches("[a-z0-9-]+");
        return "aws glue get-ml-task-runs" + (named ? " --region " + region : "") + " --transform-id " + transformId
                + " --filter TaskRunType=IMPORT_LABELS,StartedAfter=" + startedAfter;
    }
}
