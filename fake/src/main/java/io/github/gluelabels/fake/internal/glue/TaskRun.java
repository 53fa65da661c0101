package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import io.github.gluelabels.fake.TaskRunInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * One task run of the fake and its life: {@code STARTING → RUNNING →} its outcome, or {@code STOPPING → STOPPED}
 * after a cancel, at the pace its {@link Pacing} sets. The work of the run (writing an export, applying an import)
 * happens at the moment it succeeds. Thread-safe: every change happens under the run's lock.
 */
final class TaskRun {

    static final String STARTING = "STARTING";
    static final String RUNNING = "RUNNING";
    static final String STOPPING = "STOPPING";
    static final String STOPPED = "STOPPED";
    static final String SUCCEEDED = "SUCCEEDED";
    static final String FAILED = "FAILED";
    static final String TIMEOUT = "TIMEOUT";

    /** The work a run does when it succeeds; throws {@link Failure} to end the run {@code FAILED}. */
    @FunctionalInterface
    interface Work {
        void run();
    }

    /** Ends a run {@code FAILED} with this message as its {@code ErrorString}. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String errorString) {
            super(errorString, null, false, false);
        }
    }

    final String id;
    final String transformId;
    final TaskRunSpec spec;
    final Instant startedOn;
    private final Pacing pacing;
    private final Outcome outcome;
    private final Work work;

    private String status = STARTING;
    private Instant lastModifiedOn;
    private Instant completedOn;
    private String errorString;
    private int reads;
    private Instant cancelledOn;
    private int readsSinceCancel;
    private ScheduledFuture<?> scheduled;

    TaskRun(
            String id,
            String transformId,
            TaskRunSpec spec,
            Instant startedOn,
            Pacing pacing,
            Outcome outcome,
            Work work) {
        this.id = id;
        this.transformId = transformId;
        this.spec = spec;
        this.startedOn = startedOn;
        this.lastModifiedOn = startedOn;
        this.pacing = pacing;
        this.outcome = outcome;
        this.work = work;
    }

    synchronized void scheduled(ScheduledFuture<?> future) {
        this.scheduled = future;
    }

    /** Stops any timer of this run: the fake is being reset or stopped. */
    synchronized void abandon() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    /** A {@code GetMLTaskRun} of this run: counts as a read, then reports. */
    synchronized TaskRunInfo read(Instant now) {
        reads++;
        if (STOPPING.equals(status)) {
            readsSinceCancel++;
        }
        update(now);
        return info();
    }

    /** Reports without counting a read (listings, the test's own look). */
    synchronized TaskRunInfo peek(Instant now) {
        update(now);
        return info();
    }

    /** {@code CancelMLTaskRun}: a run that has not ended starts stopping. */
    synchronized TaskRunInfo cancel(Instant now) {
        update(now);
        if (!isTerminal()) {
            status = STOPPING;
            lastModifiedOn = now;
            cancelledOn = now;
            readsSinceCancel = 0;
        }
        return info();
    }

    /**
     * Moves the run one step by hand: {@code STARTING → RUNNING}, {@code RUNNING →} its outcome,
     * {@code STOPPING → STOPPED}. Works whatever the pacing.
     *
     * @return the run after the step
     */
    synchronized TaskRunInfo advance(Instant now) {
        switch (status) {
            case STARTING -> moveTo(RUNNING, now);
            case RUNNING -> complete(now);
            case STOPPING -> end(STOPPED, now, null);
            default -> {
                // an ended run stays as it is
            }
        }
        return info();
    }

    /** Ends the run with its outcome now, whatever its pacing. */
    synchronized TaskRunInfo finish(Instant now) {
        if (!STOPPING.equals(status) && !isTerminal()) {
            complete(now);
        }
        if (STOPPING.equals(status)) {
            end(STOPPED, now, null);
        }
        return info();
    }

    private void update(Instant now) {
        if (isTerminal()) {
            return;
        }
        if (STOPPING.equals(status)) {
            if (pacing instanceof Pacing.Immediate) {
                end(STOPPED, now, null);
            } else if (pacing instanceof Pacing.AfterReads && readsSinceCancel >= 1) {
                end(STOPPED, now, null);
            } else if (pacing instanceof Pacing.AfterDuration d) {
                Instant stopAt = cancelledOn.plus(d.duration().dividedBy(2));
                if (!now.isBefore(stopAt)) {
                    end(STOPPED, stopAt, null);
                }
            }
            return;
        }
        if (pacing instanceof Pacing.Immediate) {
            complete(now);
        } else if (pacing instanceof Pacing.AfterReads r) {
            if (reads >= r.reads()) {
                complete(now);
            } else if (reads >= 2) {
                moveTo(RUNNING, now);
            }
        } else if (pacing instanceof Pacing.AfterDuration d) {
            Instant running = startedOn.plus(d.duration().dividedBy(2));
            Instant end = startedOn.plus(d.duration());
            if (!now.isBefore(end)) {
                complete(end);
            } else if (!now.isBefore(running)) {
                moveTo(RUNNING, running);
            }
        }
    }

    private void moveTo(String next, Instant at) {
        if (!next.equals(status)) {
            status = next;
            lastModifiedOn = at;
        }
    }

    private void complete(Instant at) {
        if (outcome instanceof Outcome.Fail f) {
            end(FAILED, at, f.errorString());
        } else if (outcome instanceof Outcome.Timeout) {
            end(TIMEOUT, at, null);
        } else if (outcome instanceof Outcome.Stopped) {
            stop(at);
        } else {
            try {
                work.run();
                end(SUCCEEDED, at, null);
            } catch (Failure e) {
                end(FAILED, at, e.getMessage());
            }
        }
    }

    /**
     * A run stopped from elsewhere: {@code STOPPED} at once when it paces immediately, else through {@code STOPPING},
     * which then ends as a cancelled run's does.
     */
    private void stop(Instant at) {
        if (pacing instanceof Pacing.Immediate) {
            end(STOPPED, at, null);
        } else {
            status = STOPPING;
            lastModifiedOn = at;
            cancelledOn = at;
            readsSinceCancel = 0;
        }
    }

    private void end(String terminal, Instant at, String error) {
        status = terminal;
        lastModifiedOn = at;
        completedOn = at;
        errorString = error;
    }

    /** @return whether the run is still going: it counts towards the transform's concurrent runs */
    synchronized boolean isActive(Instant now) {
        update(now);
        return !isTerminal();
    }

    private boolean isTerminal() {
        return switch (status) {
            case STOPPED, SUCCEEDED, FAILED, TIMEOUT -> true;
            default -> false;
        };
    }

    private TaskRunInfo info() {
        long executionTime = completedOn == null
                ? 0
                : Duration.between(startedOn, completedOn).toSeconds();
        return new TaskRunInfo(
                transformId,
                id,
                spec.taskType(),
                status,
                spec.s3Path(),
                spec.replace(),
                startedOn,
                lastModifiedOn,
                completedOn,
                executionTime,
                errorString);
    }
}
