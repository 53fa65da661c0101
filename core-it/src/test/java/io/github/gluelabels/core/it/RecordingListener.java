package io.github.gluelabels.core.it;

import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.TaskRunState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything an export tells its listener, in order. */
final class RecordingListener implements ExportListener {

    record Started(String transformId, String taskRunId) {}

    record StatusChange(String status, Duration elapsed) {}

    record PollFailure(String transformId, String taskRunId, String problem) {}

    record DownloadStart(int files, long bytes, Path directory) {}

    record Progress(long bytesDone, long bytesTotal, int filesDone, int filesTotal) {}

    record Info(String message) {}

    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void started(String transformId, String taskRunId) {
        events.add(new Started(transformId, taskRunId));
    }

    @Override
    public void statusChanged(TaskRunState state, Duration elapsed) {
        events.add(new StatusChange(state.status(), elapsed));
    }

    @Override
    public void pollFailed(String transformId, String taskRunId, String problem) {
        events.add(new PollFailure(transformId, taskRunId, problem));
    }

    @Override
    public void downloadStarted(int files, long bytes, Path directory) {
        events.add(new DownloadStart(files, bytes, directory));
    }

    @Override
    public void downloadProgress(long bytesDone, long bytesTotal, int filesDone, int filesTotal) {
        events.add(new Progress(bytesDone, bytesTotal, filesDone, filesTotal));
    }

    @Override
    public void info(String message) {
        events.add(new Info(message));
    }

    @Override
    public void warning(String message) {
        events.add(message);
    }

    <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<String> statuses() {
        return all(StatusChange.class).stream().map(StatusChange::status).toList();
    }

    List<String> warnings() {
        return all(String.class);
    }

    List<String> infos() {
        return all(Info.class).stream().map(Info::message).toList();
    }
}
