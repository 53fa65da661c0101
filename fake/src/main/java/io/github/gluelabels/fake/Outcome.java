package io.github.gluelabels.fake;

import java.util.Objects;

/**
 * How a task run of the fake ends when nobody cancels it.
 *
 * @since 0.1.0
 */
public sealed interface Outcome {

    /**
     * {@code SUCCEEDED}: an export writes its labels, an import applies them. The default.
     *
     * @return the outcome
     */
    static Outcome succeed() {
        return new Succeed();
    }

    /**
     * {@code FAILED} with this {@code ErrorString}; nothing is written.
     *
     * @param errorString what {@code GetMLTaskRun} reports as the error
     * @return the outcome
     */
    static Outcome fail(String errorString) {
        return new Fail(errorString);
    }

    /**
     * {@code TIMEOUT}; nothing is written.
     *
     * @return the outcome
     */
    static Outcome timeout() {
        return new Timeout();
    }

    /**
     * {@code STOPPED}, as a run ends that someone stopped (a {@code CancelMLTaskRun} from elsewhere, the console): it
     * passes through {@code STOPPING} unless it paces {@link Pacing#immediate()}; nothing is written.
     *
     * @return the outcome
     * @since 0.1.0
     */
    static Outcome stopped() {
        return new Stopped();
    }

    /**
     * The forms {@link #parse(String)} reads, for messages.
     *
     * @since 0.1.0
     */
    String FORMS = "succeed, fail, fail:<error string>, timeout or stopped (or the status: SUCCEEDED, FAILED, "
            + "TIMEOUT, STOPPED)";

    /**
     * Reads an outcome from its text form, the one parser of the standalone fake's {@code --outcome}, its control API
     * and the Maven goals' {@code fakeOutcome}: {@code succeed}, {@code fail}, {@code fail:Out of memory},
     * {@code timeout}, {@code stopped}, or the status ({@code SUCCEEDED}, {@code FAILED}, {@code TIMEOUT},
     * {@code STOPPED}), in any case.
     *
     * @param text the form
     * @return the outcome
     * @throws IllegalArgumentException naming the value and the forms when the text is none of them
     * @since 0.1.0
     */
    static Outcome parse(String text) {
        try {
            return BehaviourForms.outcomeOnly(text);
        } catch (BehaviourForms.BadForm e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * @return the status a run with this outcome ends in: {@code SUCCEEDED}, {@code FAILED}, {@code TIMEOUT} or
     *     {@code STOPPED}
     * @since 0.1.0
     */
    default String status() {
        if (this instanceof Fail) {
            return "FAILED";
        }
        if (this instanceof Timeout) {
            return "TIMEOUT";
        }
        return this instanceof Stopped ? "STOPPED" : "SUCCEEDED";
    }

    /** See {@link Outcome#succeed()}. */
    record Succeed() implements Outcome {}

    /**
     * See {@link Outcome#fail(String)}.
     *
     * @param errorString the error reported
     */
    record Fail(String errorString) implements Outcome {
        /**
         * Refuses a {@code null} error string.
         *
         * @param errorString the error reported
         */
        public Fail {
            Objects.requireNonNull(errorString, "errorString");
        }
    }

    /** See {@link Outcome#timeout()}. */
    record Timeout() implements Outcome {}

    /**
     * See {@link Outcome#stopped()}.
     *
     * @since 0.1.0
     */
    record Stopped() implements Outcome {}
}
