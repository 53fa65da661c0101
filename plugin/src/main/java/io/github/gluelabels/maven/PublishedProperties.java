package io.github.gluelabels.maven;

import java.util.List;

/**
 * The project properties the plugin's goals set for the plugins that run after them. They are the plugin's own
 * output, not its input, and a user may still pass them with {@code -D} (to try a later plugin alone, say): they are
 * never taken for typos.
 */
final class PublishedProperties {

    /** The prefix of every property of the plugin, read or published. */
    static final String PREFIX = "glue-labels.";

    /** What {@code export} publishes per export, as {@code glue-labels.[<transformId>.]<name>}. */
    static final String TASK_RUN_ID = "taskRunId";

    /** The status of the export's task run. */
    static final String STATUS = "status";

    /** The folder the labels were downloaded to. */
    static final String DOWNLOAD_DIR = "downloadDir";

    /** Everything {@code export} publishes per export. */
    static final List<String> PER_EXPORT = List.of(TASK_RUN_ID, STATUS, DOWNLOAD_DIR);

    /** What {@code diff} (and {@code import}'s plan) publishes: whether the sides hold the same labels. */
    static final String DIFF_IDENTICAL = PREFIX + "diff.identical";

    /** The diff's {@code Diff:} line with the counts. */
    static final String DIFF_SUMMARY = PREFIX + "diff.summary";

    /** The diff's JSON report. */
    static final String DIFF_REPORT = PREFIX + "diff.report";

    /** Everything a diff publishes. */
    static final List<String> DIFF = List.of(DIFF_IDENTICAL, DIFF_SUMMARY, DIFF_REPORT);

    /** What {@code import} publishes: its task run. */
    static final String IMPORT_TASK_RUN_ID = PREFIX + "import.taskRunId";

    /** The status of the import's task run. */
    static final String IMPORT_STATUS = PREFIX + "import.status";

    /** The transform's label count after the import. */
    static final String IMPORT_LABEL_COUNT = PREFIX + "import.labelCount";

    /** Where a replace's backup went in S3. */
    static final String IMPORT_BACKUP_S3_PATH = PREFIX + "import.backupS3Path";

    /** The folder of the backup's local copy. */
    static final String IMPORT_BACKUP_DIR = PREFIX + "import.backupDir";

    /** Everything {@code import} publishes. */
    static final List<String> IMPORT =
            List.of(IMPORT_TASK_RUN_ID, IMPORT_STATUS, IMPORT_LABEL_COUNT, IMPORT_BACKUP_S3_PATH, IMPORT_BACKUP_DIR);

    /** Everything {@code fake-start} publishes. */
    static final List<String> FAKE = List.of(
            FakeStartMojo.ENDPOINT,
            FakeStartMojo.PORT,
            FakeStartMojo.REGION,
            FakeStartMojo.ACCESS_KEY_ID,
            FakeStartMojo.SECRET_ACCESS_KEY);

    private PublishedProperties() {}

    /**
     * @param name a property name starting with {@link #PREFIX}
     * @return whether a goal of the plugin publishes a property of this name
     */
    static boolean isPublished(String name) {
        if (FAKE.contains(name) || DIFF.contains(name) || IMPORT.contains(name)) {
            return true;
        }
        String rest = name.substring(PREFIX.length());
        int dot = rest.lastIndexOf('.');
        // glue-labels.<name>, or glue-labels.<transformId>.<name>
        return PER_EXPORT.contains(dot < 0 ? rest : rest.substring(dot + 1)) && dot != 0;
    }
}
