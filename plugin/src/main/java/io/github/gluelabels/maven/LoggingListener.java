package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.ImportBackup;
import io.github.gluelabels.core.export.ImportListener;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.labels.LabelingCheck;
import io.github.gluelabels.core.text.Redaction;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes what one export or import does to the build log, and remembers the task run and its last status, so that a
 * failed run can still say which run it was. With several transforms every line starts with {@code [transformId]}.
 */
final class LoggingListener implements ImportListener {

    /** Below this, download progress is logged at debug level only. */
    private static final long LARGE_DOWNLOAD = 8L << 20;

    private final Log log;
    private final String prefix;
    private volatile String taskRunId;
    private volatile TaskRunState lastState;

    LoggingListener(Log log, String prefix) {
        this.log = log;
        this.prefix = prefix;
    }

    @Override
    public void started(String transformId, String taskRunId) {
        this.taskRunId = taskRunId;
        log.info(prefix + "TaskRunId " + taskRunId);
    }

    @Override
    public void statusChanged(TaskRunState state, Duration elapsed) {
        boolean first = lastState == null;
        lastState = state;
        log.info(prefix + "Status " + state.status() + (first ? "" : " after " + Durations.describe(elapsed)));
    }

    @Override
    public void pollFailed(String transformId, String taskRunId, String problem) {
        log.warn(prefix + "Could not read the status of task run " + taskRunId + "; still waiting: "
                + Redaction.text(problem));
    }

    @Override
    public void downloadStarted(int files, long bytes, Path directory) {
        log.info(prefix + "Downloading " + Sizes.files(files) + " (" + Sizes.bytes(bytes) + ") to " + directory);
    }

    @Override
    public void downloadProgress(long bytesDone, long bytesTotal, int filesDone, int filesTotal) {
        String line = prefix + "Downloaded " + Sizes.bytes(bytesDone) + " of " + Sizes.bytes(bytesTotal) + " ("
                + filesDone + " of " + Sizes.files(filesTotal) + ")";
        if (bytesTotal >= LARGE_DOWNLOAD) {
            log.info(line);
        } else {
            log.debug(line);
        }
    }

    @Override
    public void info(String message) {
        log.info(prefix + Redaction.text(message));
    }

    @Override
    public void warning(String message) {
        log.warn(prefix + Redaction.text(message));
    }

    @Override
    public void checked(LabelingCheck check) {
        log.info(prefix + "Checked " + Sizes.files(check.files().size()) + ": " + check.records() + " labels in "
                + check.sets() + " labeling sets; columns: " + String.join(", ", check.columns()));
    }

    @Override
    public void backupStarted(String transformId, S3Uri s3Path) {
        log.info(prefix + "Backing up the labels of transform " + transformId + " to " + s3Path + " (an export)");
    }

    @Override
    public void backupTaken(ImportBackup backup) {
        log.info(prefix + "Backup taken: " + backup.labelCount() + " labels in " + backup.s3Path() + " and "
                + backup.localCopy() + " (task run " + backup.taskRunId() + ")");
    }

    @Override
    public void uploaded(S3Uri object, long bytes) {
        log.info(prefix + "Uploaded " + object + " (" + Sizes.bytes(bytes) + ")");
    }

    /** @return the task run started, or {@code null} when none was */
    String taskRunId() {
        return taskRunId;
    }

    /** @return the run as last reported, or {@code null} */
    TaskRunState lastState() {
        return lastState;
    }
}
