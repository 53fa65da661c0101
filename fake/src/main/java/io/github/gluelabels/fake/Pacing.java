package io.github.gluelabels.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a task run of the fake moves from {@code STARTING} through {@code RUNNING} to its outcome (and, after a
 * cancel, from {@code STOPPING} to {@code STOPPED}).
 *
 * @since 0.1.0
 */
public sealed interface Pacing {

    /**
     * The run ends at once: the first {@code GetMLTaskRun} already shows its outcome, and an export's objects exist
     * when {@code StartExportLabelsTaskRun} answers. The default: fastest for tests.
     *
     * @return the pacing
     */
    static Pacing immediate() {
        return new Immediate();
    }

    /**
     * The run ends at the n-th {@code GetMLTaskRun} of it: the first read shows {@code STARTING}, the following ones
     * {@code RUNNING}, the n-th and later the outcome. {@code afterReads(1)} is like {@link #immediate()} but writes the
     * export at the first read.
     *
     * @param reads at which read the run ends, 1 or more
     * @return the pacing
     */
    static Pacing afterReads(int reads) {
        return new AfterReads(reads);
    }

    /**
     * The run is {@code STARTING} for the first half of the duration, {@code RUNNING} for the second, and ends when it
     * has passed — whether or not anyone reads it.
     *
     * @param duration how long the run takes
     * @return the pacing
     */
    static Pacing afterDuration(Duration duration) {
        return new AfterDuration(duration);
    }

    /**
     * The run moves only when the test says so, through {@code FakeGlue.advance(taskRunId)}.
     *
     * @return the pacing
     */
    static Pacing manual() {
        return new Manual();
    }

    /**
     * The forms {@link #parse(String)} reads, for messages.
     *
     * @since 0.1.0
     */
    String FORMS = "immediate, manual, reads:<n> (n >= 1), duration:<duration> or a duration alone ("
            + OptionValues.DURATION_FORMS + "), e.g. reads:3 or 5s";

    /**
     * Reads a pacing from its text form, the one parser of the standalone fake's {@code --pacing}, its control API and
     * the Maven goals' {@code fakePacing}: {@code immediate}, {@code manual}, {@code reads:3}, {@code duration:5s} or
     * {@code 5s}; durations in {@code ms}, {@code s}, {@code m}, {@code h}, {@code d} ({@code 1h30m}) or ISO-8601
     * ({@code PT2M}).
     *
     * @param text the form
     * @return the pacing
     * @throws IllegalArgumentException naming the value and the forms when the text is none of them
     * @since 0.1.0
     */
    static Pacing parse(String text) {
        try {
            return BehaviourForms.pacing(text);
        } catch (BehaviourForms.BadForm e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** See {@link Pacing#immediate()}. */
    record Immediate() implements Pacing {}

    /**
     * See {@link Pacing#afterReads(int)}.
     *
     * @param reads at which read the run ends
     */
    record AfterReads(int reads) implements Pacing {
        /**
         * Refuses fewer than one read.
         *
         * @param reads at which read the run ends
         */
        public AfterReads {
            if (reads < 1) {
                throw new IllegalArgumentException("reads must be at least 1, was " + reads);
            }
        }
    }

    /**
     * See {@link Pacing#afterDuration(Duration)}.
     *
     * @param duration how long the run takes
     */
    record AfterDuration(Duration duration) implements Pacing {
        /**
         * Refuses a {@code null} or negative duration.
         *
         * @param duration how long the run takes
         */
        public AfterDuration {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative, was " + duration);
            }
        }
    }

    /** See {@link Pacing#manual()}. */
    record Manual() implements Pacing {}
}
