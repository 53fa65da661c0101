package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.internal.AtomicFiles;
import io.github.gluelabels.core.labels.LabelSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON receipt of one export, written to {@code <transformId>-<taskRunId>.json}: what was exported where, through
 * which region and endpoint, how the task run ended, how long each step took, which files were downloaded and what
 * labels they hold, and how many objects of earlier exports under the path were left aside. It names where the
 * credentials came from, never a credential. Written whole or not at all ({@link AtomicFiles}): a receipt that exists
 * is complete.
 */
final class Receipt {

    /** The version of the receipt's layout; raised when a field changes meaning or goes away. */
    static final int FORMAT = 1;

    private Receipt() {}

    /**
     * The receipt of an export that went through.
     *
     * @return the file written
     */
    static Path write(Path directory, ExportTarget target, Connection connection, ExportResult result)
            throws IOException {
        return write(
                directory,
                target,
                connection,
                result.taskRunId(),
                result.status(),
                result.hasFinalState() ? result.finalState() : null,
                result,
                null);
    }

    /**
     * The receipt of an export that failed after its task run was started.
     *
     * @param lastState the run as last reported, or {@code null}
     * @param failure the failure's message
     * @return the file written
     */
    static Path writeFailure(
            Path directory,
            ExportTarget target,
            Connection connection,
            String taskRunId,
            TaskRunState lastState,
            String failure)
            throws IOException {
        return write(
                directory,
                target,
                connection,
                taskRunId,
                lastState == null ? "STARTED" : lastState.status(),
                lastState,
                null,
                failure);
    }

    static Path file(Path directory, String transformId, String taskRunId) {
        return directory.resolve(Names.safeFileName(transformId) + "-" + Names.safeFileName(taskRunId) + ".json");
    }

    private static Path write(
            Path directory,
            ExportTarget target,
            Connection connection,
            String taskRunId,
            String status,
            TaskRunState state,
            ExportResult result,
            String failure)
            throws IOException {
        JsonWriter json = JsonWriter.create();
        json.writeStartObject();
        where(json, target, connection, taskRunId);
        field(json, "status", status);
        json.writeFieldName("succeeded").writeValue("SUCCEEDED".equals(status) && failure == null);
        field(json, "errorString", state == null ? null : state.errorString());
        field(json, "failure", failure);
        if (state != null) {
            taskRun(json, state);
        }
        if (result != null) {
            timings(json, result);
            if (result.hasDownload()) {
                download(json, result.download());
            }
        }
        json.writeEndObject();
        Path file = file(directory, target.transformId(), taskRunId);
        AtomicFiles.write(file, json.getBytes());
        return file;
    }

    /** What was exported where, and through which region, endpoints and credentials source. */
    private static void where(JsonWriter json, ExportTarget target, Connection connection, String taskRunId) {
        field(json, "format", FORMAT);
        field(json, "transformId", target.transformId());
        field(json, "taskRunId", taskRunId);
        field(json, "outputS3Path", target.request().outputS3Path().toString());
        field(json, "region", connection.region());
        field(json, "glueEndpoint", connection.glueEndpointDescription());
        field(json, "s3Endpoint", connection.s3EndpointDescription());
        field(json, "credentials", connection.credentialsSource());
        json.writeFieldName("fake").writeValue(connection.fake());
    }

    private static void taskRun(JsonWriter json, TaskRunState state) {
        json.writeFieldName("taskRun").writeStartObject();
        field(json, "startedOn", state.startedOn());
        field(json, "completedOn", state.completedOn());
        if (state.executionTimeSeconds() != null) {
            json.writeFieldName("executionTimeSeconds")
                    .writeValue(state.executionTimeSeconds().longValue());
        }
        json.writeEndObject();
    }

    private static void timings(JsonWriter json, ExportResult result) {
        json.writeFieldName("timings").writeStartObject();
        field(json, "requestedAt", result.startedAt());
        millis(json, "startMillis", result.startDuration());
        millis(json, "waitMillis", result.waitDuration());
        if (result.hasDownload()) {
            millis(json, "downloadMillis", result.download().duration());
        }
        millis(json, "totalMillis", result.totalDuration());
        json.writeEndObject();
    }

    private static void download(JsonWriter json, DownloadResult download) {
        json.writeFieldName("download").writeStartObject();
        field(json, "directory", download.directory().toString());
        field(json, "bytes", download.bytes());
        field(json, "earlierObjectsLeftAside", download.earlierObjectsLeftAside());
        json.writeFieldName("files").writeStartArray();
        for (DownloadedFile file : download.files()) {
            json.writeStartObject();
            field(json, "key", file.key());
            field(json, "file", file.file().toString());
            field(json, "size", file.size());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        if (download.hasSummary()) {
            LabelSummary summary = download.summary();
            json.writeFieldName("summary").writeStartObject();
            field(json, "labels", summary.rows());
            field(json, "labelingSets", summary.labelingSets());
            json.writeFieldName("columns").writeStartArray();
            summary.columns().forEach(json::writeValue);
            json.writeEndArray();
            json.writeFieldName("setsByDistinctLabels").writeStartObject();
            for (Map.Entry<Integer, Long> entry : summary.setsByDistinctLabels().entrySet()) {
                field(json, String.valueOf(entry.getKey()), entry.getValue());
            }
            json.writeEndObject();
            field(json, "description", summary.describe());
            json.writeEndObject();
        }
    }

    private static void field(JsonWriter json, String name, String value) {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeValue(value);
        }
    }

    private static void field(JsonWriter json, String name, long value) {
        json.writeFieldName(name).writeValue(value);
    }

    private static void field(JsonWriter json, String name, Instant value) {
        field(json, name, value == null ? null : value.toString());
    }

    private static void millis(JsonWriter json, String name, Duration value) {
        field(json, name, value.toMillis());
    }
}
