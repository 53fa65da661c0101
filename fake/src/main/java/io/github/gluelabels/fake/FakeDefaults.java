package io.github.gluelabels.fake;

/**
 * The defaults of a fake, in one place: the builders, the standalone program, the JUnit extension's annotation and
 * the Maven goals all take them from here. Constants, so that annotation attributes and {@code @Parameter} defaults
 * can name them; where a goal's default must be text, the text form sits beside the value, and a test checks that
 * the two agree.
 *
 * @since 0.1.0
 */
public final class FakeDefaults {

    /** The region of a fake's transforms and of buckets created without a location. */
    public static final String REGION = "us-east-1";

    /** The account id in a fake's messages and ARNs. */
    public static final String ACCOUNT_ID = "123456789012";

    /**
     * The most labels an export writes into one file: no limit, so that an export writes one file, as Glue's do (see
     * the departures in the fake's README). A smaller value splits exports, for tests of code that reads several files.
     */
    public static final int ROWS_PER_PART = Integer.MAX_VALUE;

    /** {@link #ROWS_PER_PART} as a goal parameter's default. */
    public static final String ROWS_PER_PART_TEXT = "2147483647";

    /** How task runs pace, as a goal parameter's default: they end at once. */
    public static final String PACING_TEXT = "immediate";

    /** How task runs end, as a goal parameter's default: they succeed. */
    public static final String OUTCOME_TEXT = "succeed";

    /**
     * How many task runs of one transform may go at once before {@code StartMLLabelingSetGenerationTaskRun} and
     * {@code StartMLEvaluationTaskRun} answer {@code ConcurrentRunsExceededException}: Glue's default quota
     * "Concurrent machine learning task runs per transform" (Service Quotas code L-E15CE20A), 3.
     */
    public static final int MAX_CONCURRENT_TASK_RUNS_PER_TRANSFORM = 3;

    /** How many calls each account's journal keeps. */
    public static final int JOURNAL_CAPACITY = 1_000;

    private FakeDefaults() {}
}
