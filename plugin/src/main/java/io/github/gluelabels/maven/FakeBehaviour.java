package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.util.Optional;

/**
 * Reads how the fake's task runs move and end from their forms in a POM or on the command line, with the fake's own
 * parser ({@link Pacing#parse}, {@link Outcome#parse}), so that a goal takes exactly what the standalone fake's
 * {@code --pacing} and {@code --outcome} and its control API take: pacing {@code immediate}, {@code manual},
 * {@code reads:3}, {@code duration:5s}; outcome {@code succeed}, {@code fail:<message>}, {@code timeout},
 * {@code stopped}. The goals name the parameter in their messages; the forms come from the fake.
 */
final class FakeBehaviour {

    static final String PACING_FORMS = Pacing.FORMS;
    static final String OUTCOME_FORMS = Outcome.FORMS;

    private FakeBehaviour() {}

    /**
     * @param value e.g. {@code reads:3}; blank for the default
     * @return the pacing, or empty when the value is not one
     */
    static Optional<Pacing> pacing(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Pacing.immediate());
        }
        try {
            return Optional.of(Pacing.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param value e.g. {@code fail:Out of memory}; blank for the default
     * @return the outcome, or empty when the value is not one
     */
    static Optional<Outcome> outcome(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Outcome.succeed());
        }
        try {
            return Optional.of(Outcome.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Describes how task runs move and end, for a log line.
     *
     * @return e.g. {@code task runs end at status read 3 with SUCCEEDED}
     */
    static String describe(Pacing pacing, Outcome outcome) {
        String when;
        if (pacing instanceof Pacing.AfterReads r) {
            when = "end at status read " + r.reads();
        } else if (pacing instanceof Pacing.AfterDuration d) {
            when = "end after " + Durations.describe(d.duration());
        } else if (pacing instanceof Pacing.Manual) {
            when = "end only when told";
        } else {
            when = "end at once";
        }
        return "task runs " + when + " with " + describe(outcome);
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Fail f) {
            return "FAILED with \"" + f.errorString() + "\"";
        }
        return outcome.status();
    }
}
