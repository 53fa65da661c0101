package io.github.gluelabels.maven;

import java.io.File;

/**
 * The parameters of {@code import} as configured, before any check: what {@link ImportPlanner} turns into a plan.
 * Each field starts at the goal's default, so that a test sets only what it is about.
 */
final class ImportParameters {

    String transformId;
    File labels;
    String inputS3Path;
    boolean replaceAllLabels;
    boolean backup = true;
    String backupS3Path;
    WaitParameters waiting = WaitParameters.defaults();
    File workDirectory = new File("target/glue-labels");
    long maxDownloadObjects = Long.parseLong(GoalDefaults.MAX_DOWNLOAD_OBJECTS);
    String maxDownloadBytes = GoalDefaults.MAX_DOWNLOAD_BYTES;
    boolean fake;
    File fakeLabels;
    FakeParameters fakeParameters = FakeParameters.of(
            GoalDefaults.FAKE_PACING, GoalDefaults.FAKE_OUTCOME, Integer.parseInt(GoalDefaults.FAKE_ROWS_PER_PART));
    AwsParameters aws = new AwsParameters(null, null, null, null, null, Integer.parseInt(GoalDefaults.MAX_ATTEMPTS));
}
