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
}
