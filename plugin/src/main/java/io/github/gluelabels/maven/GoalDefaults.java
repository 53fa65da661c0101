package io.github.gluelabels.maven;

import io.github.gluelabels.fake.FakeDefaults;

/**
 * The defaults of the goals' parameters, as text: Maven's {@code @Parameter(defaultValue = …)} takes a constant
 * string. Each is the text form of core's or the fake's own default ({@code WaitOptions}, {@code DownloadLimits},
 * {@code ClientSettings}, {@link FakeDefaults}); {@code GoalDefaultsTest} checks that they parse to those values, so
 * that a default changed in core cannot drift from what {@code mvn glue-labels:help} shows.
 */
final class GoalDefaults {

    /** {@code WaitOptions.DEFAULT_TIMEOUT}. */
    static final String TIMEOUT = "30m";

    /** {@code WaitOptions.DEFAULT_POLL_INTERVAL}. */
    static final String POLL_INTERVAL = "2s";

    /** {@code WaitOptions.DEFAULT_MAX_UNREACHABLE_READS}. */
    static final String MAX_UNREACHABLE_READS = "5";

    /** {@code WaitOptions.DEFAULT_MAX_UNREACHABLE_TIME}. */
    static final String MAX_UNREACHABLE_TIME = "2m";

    /** {@code DownloadLimits.DEFAULT_MAX_OBJECTS}. */
    static final String MAX_DOWNLOAD_OBJECTS = "100000";

    /** {@code DownloadLimits.DEFAULT_MAX_BYTES}. */
    static final String MAX_DOWNLOAD_BYTES = "50GiB";

    /** {@code ClientSettings.DEFAULT_MAX_ATTEMPTS}. */
    static final String MAX_ATTEMPTS = "3";

    /** How many transforms export at once: the plugin's own choice, no core default. */
    static final String PARALLELISM = "4";

    /** A free port chosen when the fake starts. */
    static final String FAKE_PORT = "0";

    /** {@link FakeDefaults#REGION}. */
    static final String FAKE_REGION = FakeDefaults.REGION;

    /** {@link FakeDefaults#PACING_TEXT}. */
    static final String FAKE_PACING = FakeDefaults.PACING_TEXT;

    /** {@link FakeDefaults#OUTCOME_TEXT}. */
    static final String FAKE_OUTCOME = FakeDefaults.OUTCOME_TEXT;

    /** {@link FakeDefaults#ROWS_PER_PART_TEXT}. */
    static final String FAKE_ROWS_PER_PART = FakeDefaults.ROWS_PER_PART_TEXT;

    private GoalDefaults() {}
}
