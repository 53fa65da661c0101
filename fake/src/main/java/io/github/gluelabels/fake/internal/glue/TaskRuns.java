package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The task runs of one fake account, and how new ones go: the pacing and outcome a test set, for every transform or
 * for one, and the timers of runs paced by the clock. Thread-safe.
 */
final class TaskRuns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, TaskRun> byId = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final String accountId;
    private final int defaultMaxConcurrentPerTransform;
    private volatile int maxConcurrentPerTransform;
    private volatile Pacing pacing = Pacing.immediate();
    private volatile Outcome outcome = Outcome.succeed();

    /**
     * @param scheduler runs the timers of {@link Pacing#afterDuration}
     * @param accountId the account, as the service's messages name it
     * @param maxConcurrentPerTransform how many runs of one transform may go at once (Glue's quota)
     */
    TaskRuns(Clock clock, ScheduledExecutorService scheduler, String accountId, int maxConcurrentPerTransform) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.accountId = accountId;
        this.defaultMaxConcurrentPerTransform = maxConcurrentPerTransform;
        this.maxConcurrentPerTransform = maxConcurrentPerTransform;
    }

    /** @return a new task run id, as the service makes them: {@code tsk-} and 32 hex digits */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "tsk-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Starts a run at the pacing set now, to end with the outcome set now for its transform.
     *
     * @param runId its id, from {@link #newId}
     * @param spec its task type and properties
     * @param work what it does when it succeeds
     * @return the run
     */
    synchronized TaskRun start(String runId, String transformId, TaskRunSpec spec, TaskRun.Work work) {
        Pacing runPacing = pacing;
        TaskRun run = new TaskRun(
                runId,
                transformId,
                spec,
                clock.instant(),
                runPacing,
                outcomes.getOrDefault(transformId, outcome),
                work);
        byId.put(run.id, run);
        if (runPacing instanceof Pacing.Immediate) {
            run.peek(run.startedOn);
        } else if (runPacing instanceof Pacing.AfterDuration d) {
            run.scheduled(scheduler.schedule(
                    () -> run.peek(clock.instant()), Math.max(1, d.duration().toMillis()), TimeUnit.MILLISECONDS));
        }
        return run;
    }

    /**
     * Starts a run as {@link #start} does, if the transform has room for one more: the operations whose model lists
     * {@code ConcurrentRunsExceededException} call this. Every run of the transform that has not ended counts, whatever
     * its type.
     *
     * @throws GlueError {@code ConcurrentRunsExceededException} when the transform already has the most runs going
     */
    synchronized TaskRun startWithinQuota(String runId, String transformId, TaskRunSpec spec, TaskRun.Work work) {
        Instant now = clock.instant();
        long active = byId.values().stream()
                .filter(r -> r.transformId.equals(transformId))
                .filter(r -> r.isActive(now))
                .count();
        int quota = maxConcurrentPerTransform;
        if (active >= quota) {
            throw new GlueError(
                    "ConcurrentRunsExceededException",
                    400,
                    "Too many concurrent task runs for transform " + transformId + " in account " + accountId + ": "
                            + active + " are running, the quota is " + quota + ".");
        }
        return start(runId, transformId, spec, work);
    }

    /**
     * @return the run a request names
     * @throws GlueError {@code EntityNotFoundException} as the service words it when the transform has no such run
     */
    TaskRun of(String transformId, String taskRunId) {
        TaskRun run = byId.get(taskRunId);
        if (run == null || !run.transformId.equals(transformId)) {
            throw GlueError.entityNotFound("No ML Task Run found for " + taskRunId + ": in account " + accountId
                    + " for transform " + transformId + ".");
        }
        return run;
    }

    /**
     * @return the run a test names
     * @throws IllegalArgumentException listing the runs there are when there is no such run
     */
    TaskRun existing(String taskRunId) {
        TaskRun run = byId.get(taskRunId);
        if (run == null) {
            throw new IllegalArgumentException("The fake has no task run " + taskRunId + "; it has " + byId.keySet());
        }
        return run;
    }

    /** @return the run as it is now, if it exists */
    Optional<TaskRunInfo> find(String taskRunId) {
        return Optional.ofNullable(byId.get(taskRunId)).map(r -> r.peek(clock.instant()));
    }

    /** @return every run, oldest first, as they are now */
    List<TaskRunInfo> all() {
        Instant now = clock.instant();
        return byId.values().stream()
                .map(r -> r.peek(now))
                .sorted(Comparator.comparing(TaskRunInfo::startedOn).thenComparing(TaskRunInfo::taskRunId))
                .toList();
    }

    /** @return the transform's runs as they are at {@code now}, in no order */
    List<TaskRunInfo> ofTransform(String transformId, Instant now) {
        return byId.values().stream()
                .filter(r -> r.transformId.equals(transformId))
                .map(r -> r.peek(now))
                .toList();
    }

    /**
     * Forgets the transform's runs; those that had not ended stop without doing their work. Synchronized as the starts
     * are, so that a run started while its transform is deleted is not left behind.
     */
    synchronized void forget(String transformId) {
        byId.values().removeIf(r -> {
            if (r.transformId.equals(transformId)) {
                r.abandon();
                return true;
            }
            return false;
        });
    }

    void pacing(Pacing pacing) {
        this.pacing = Objects.requireNonNull(pacing, "pacing");
    }

    void outcome(Outcome outcome) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    void outcome(String transformId, Outcome outcome) {
        outcomes.put(transformId, Objects.requireNonNull(outcome, "outcome"));
    }

    /** Sets how many runs of one transform may go at once from now on; runs going stay. */
    void maxConcurrentPerTransform(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("maxConcurrentTaskRunsPerTransform must be at least 1, was " + runs);
        }
        maxConcurrentPerTransform = runs;
    }

    /** Forgets every run, and the pacing, outcomes and quota set. */
    void reset() {
        maxConcurrentPerTransform = defaultMaxConcurrentPerTransform;
        byId.values().forEach(TaskRun::abandon);
        byId.clear();
        outcomes.clear();
        pacing = Pacing.immediate();
        outcome = Outcome.succeed();
    }

    /** Stops every timer. */
    void shutdown() {
        byId.values().forEach(TaskRun::abandon);
    }
}
