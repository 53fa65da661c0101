package io.github.gluelabels.maven;

import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.io.File;

/**
 * How a fake's task runs behave, as configured for the embedded fake of {@code export} and {@code import} or for
 * {@code fake-start}'s: the same parameters ({@code fakePacing}, {@code fakeOutcome}, {@code fakeRowsPerPart}),
 * properties and rules for every goal.
 *
 * @param pacing how fast the task runs move, e.g. {@code reads:3}
 * @param outcome how they end, e.g. {@code fail:Out of memory}
 * @param rowsPerPart the most labels per part file
 */
record FakeParameters(Setting<String> pacing, Setting<String> outcome, Setting<Integer> rowsPerPart) {

    static final String PACING = "fakePacing";
    static final String OUTCOME = "fakeOutcome";
    static final String ROWS_PER_PART = "fakeRowsPerPart";

    /** The parameters under their names. */
    static FakeParameters of(String pacing, String outcome, int rowsPerPart) {
        return new FakeParameters(
                new Setting<>(PACING, pacing),
                new Setting<>(OUTCOME, outcome),
                new Setting<>(ROWS_PER_PART, rowsPerPart));
    }

    /** Adds every problem of these parameters to {@code problems}. */
    void check(ConfigurationProblems problems) {
        if (FakeBehaviour.pacing(pacing.value()).isEmpty()) {
            problems.parameter(
                    pacing.name(), property(PACING), "must be " + FakeBehaviour.PACING_FORMS, pacing.value());
        }
        if (FakeBehaviour.outcome(outcome.value()).isEmpty()) {
            problems.parameter(
                    outcome.name(), property(OUTCOME), "must be " + FakeBehaviour.OUTCOME_FORMS, outcome.value());
        }
        if (rowsPerPart.value() < 1) {
            problems.parameter(
                    rowsPerPart.name(),
                    property(ROWS_PER_PART),
                    "must be 1 or more",
                    String.valueOf(rowsPerPart.value()));
        }
    }

    /**
     * Adds every problem of these parameters and of the seed file to {@code problems}.
     *
     * @param fakeLabels the labeling file the fake's transforms are seeded with, or {@code null} for the sample
     */
    void check(File fakeLabels, ConfigurationProblems problems) {
        check(problems);
        if (fakeLabels != null && !fakeLabels.isFile()) {
            problems.add("fakeLabels (property glue-labels.fakeLabels): the labeling file " + fakeLabels
                    + " does not exist (or is not a file)");
        }
    }

    /** @return the pacing; only after {@link #check} found no problem */
    Pacing runPacing() {
        return FakeBehaviour.pacing(pacing.value()).orElseThrow();
    }

    /** @return the outcome; only after {@link #check} found no problem */
    Outcome runOutcome() {
        return FakeBehaviour.outcome(outcome.value()).orElseThrow();
    }

    /** @return e.g. {@code task runs end at status read 3 with SUCCEEDED} */
    String describe() {
        return FakeBehaviour.describe(runPacing(), runOutcome());
    }

    static String property(String parameter) {
        return PublishedProperties.PREFIX + parameter;
    }
}
