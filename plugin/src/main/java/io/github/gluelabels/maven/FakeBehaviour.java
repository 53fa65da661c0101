package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads how the fake's task runs move and end from their one-word forms in a POM or on the command line:
 * pacing {@code immediate}, {@code reads:3}, {@code duration:5s}; outcome {@code succeed}, {@code fail:<message>},
 * {@code timeout}.
 */
final class FakeBehaviour {

    static final String PACING_FORMS = "immediate, reads:<n> (n >= 1) or duration:<duration> (e.g. duration:5s)";
    static final String OUTCOME_FORMS = "succeed, fail:<error string> or timeout";

    private FakeBehaviour() {}

    /**
     * @param value e.g. {@code reads:3}
     * @return the pacing, or empty when the value is not one
     */
    static Optional<Pacing> pacing(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Pacing.immediate());
        }
        String text = value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("immediate")) {
            return Optional.of(Pacing.immediate());
        }
        if (lower.startsWith("reads:")) {
            try {
                int reads = Integer.parseInt(text.substring("reads:".length()).trim());
                return reads >= 1 ? Optional.of(Pacing.afterReads(reads)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (lower.startsWith("duration:")) {
            return DurationParameter.parse(text.substring("duration:".length())).map(Pacing::afterDuration);
        }
        return Optional.empty();
    }

    /**
     * @param value e.g. {@code fail:Out of memory}
     * @return the outcome, or empty when the value is not one
     */
    static Optional<Outcome> outcome(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Outcome.succeed());
        }
        String text = value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("succeed")) {
            return Optional.of(Outcome.succeed());
        }
        if (lower.equals("timeout")) {
            return Optional.of(Outcome.timeout());
        }
        if (lower.startsWith("fail:") && text.length() > "fail:".length()) {
            return Optional.of(Outcome.fail(text.substring("fail:".length()).trim()));
        }
        if (lower.equals("fail")) {
            return Optional.of(Outcome.fail("The fake was told to fail this run (fakeOutcome=fail)."));
        }
        return Optional.empty();
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
        if (outcome instanceof Outcome.Timeout) {
            return "TIMEOUT";
        }
        return "SUCCEEDED";
    }
}
