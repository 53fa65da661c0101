package io.github.gluelabels.core.it;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.ImportBackup;
import io.github.gluelabels.core.export.ImportListener;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.labels.LabelingCheck;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what an import tells its listener, in order, as short strings: {@code warning: …}, {@code uploaded: …}. */
final class ImportRecorder implements ImportListener {

    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void checked(LabelingCheck check) {
        events.add("checked: " + check.records() + " records");
    }

    @Override
    public void backupStarted(String transformId, S3Uri s3Path) {
        events.add("backup started: " + s3Path);
    }

    @Override
    public void backupTaken(ImportBackup backup) {
        events.add("backup taken: " + backup.s3Path());
    }

    @Override
    public void uploaded(S3Uri object, long bytes) {
        events.add("uploaded: " + object);
    }

    @Override
    public void started(String transformId, String taskRunId) {
        events.add("started: " + taskRunId);
    }

    @Override
    public void statusChanged(TaskRunState state, Duration elapsed) {
        events.add("status: " + state.status());
    }

    @Override
    public void info(String message) {
        events.add("info: " + message);
    }

    @Override
    public void warning(String message) {
        events.add("warning: " + message);
    }

    List<String> warnings() {
        return events.stream().filter(e -> e.startsWith("warning: ")).toList();
    }
}
