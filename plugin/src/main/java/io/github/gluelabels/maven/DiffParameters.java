package io.github.gluelabels.maven;

import java.io.File;

/**
 * The parameters of {@code diff} as configured, before any check: what {@link DiffPlanner} turns into a plan. Each
 * field starts at the goal's default, so that a test sets only what it is about.
 */
final class DiffParameters {

    String from;
    String to;
    String primaryKey;
    String transformId;
    File diffReport = new File("target/glue-labels/diff.json");
    boolean failOnChanges;
    File workDirectory = new File("target/glue-labels");
    long maxDownloadObjects = Long.parseLong(GoalDefaults.MAX_DOWNLOAD_OBJECTS);
    String maxDownloadBytes = GoalDefaults.MAX_DOWNLOAD_BYTES;
    AwsParameters aws = new AwsParameters(null, null, null, null, null, Integer.parseInt(GoalDefaults.MAX_ATTEMPTS));
}
