package io.github.gluelabels.maven;

import java.io.File;
import java.util.List;

/**
 * The parameters of {@code export} as configured, before any check: what {@link ExportPlanner} turns into a plan.
 * Each field starts at the goal's default, so that a test sets only what it is about.
 */
final class ExportParameters {

    String transformId;
    List<String> transformIds;
    String outputS3Path;
    WaitParameters waiting = WaitParameters.defaults();
    Boolean download;
    File downloadTo = new File("target/glue-labels/" + ExportPlanner.TRANSFORM_PLACEHOLDER);
    boolean summarize = true;
    long maxDownloadObjects = Long.parseLong(GoalDefaults.MAX_DOWNLOAD_OBJECTS);
    String maxDownloadBytes = GoalDefaults.MAX_DOWNLOAD_BYTES;
    int parallelism = Integer.parseInt(GoalDefaults.PARALLELISM);
    boolean fake;
    File fakeLabels;
    FakeParameters fakeParameters = FakeParameters.of(
            GoalDefaults.FAKE_PACING, GoalDefaults.FAKE_OUTCOME, Integer.parseInt(GoalDefaults.FAKE_ROWS_PER_PART));
    AwsParameters aws = new AwsParameters(null, null, null, null, null, Integer.parseInt(GoalDefaults.MAX_ATTEMPTS));
}
