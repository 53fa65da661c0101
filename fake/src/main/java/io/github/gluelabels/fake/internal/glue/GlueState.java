package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.internal.s3.S3Store;
import java.time.Clock;

/**
 * The state of one fake Glue account, which its operations read and change: its transforms and task runs, where its
 * labels are kept, and the S3 its task runs write to and read from.
 *
 * @param settings what the account is
 * @param clock the clock of timestamps and pacing
 * @param transforms its transforms
 * @param runs its task runs
 * @param labelFiles where its labels are made
 * @param s3 its S3
 * @param s3Paths the rules of its task runs' S3 paths
 */
record GlueState(
        GlueService.Settings settings,
        Clock clock,
        Transforms transforms,
        TaskRuns runs,
        LabelFiles labelFiles,
        S3Store s3,
        S3Paths s3Paths) {}
