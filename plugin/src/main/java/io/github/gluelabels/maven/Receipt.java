package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.DownloadedFile;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.labels.LabelSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON receipt of one export, written to {@code <transformId>-<taskRunId>.json}: what was exported where, through
 * which region and endpoint, how the task run ended, how long each step took, which files were downloaded and what
 * labels they hold, and how many objects of earlier exports under the path were left aside. It names where the
 * credentials came from, never a credential. Written whole or not at all ({@link ReceiptJson}): a receipt that exists
 * is complete.
 */
final class Receipt {

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
        // what was exported where, and through which region, endpoints and credentials source
        ReceiptJson receipt = ReceiptJson.start()
                .field("transformId", target.transformId())
                .field("taskRunId", taskRunId)
                .field("outputS3Path", target.request().outputS3Path().toString())
                .connection(connection)
                .field("status", status)
                .field("succeeded", "SUCCEEDED".equals(status) && failure == null)
                .field("errorString", state == null ? null : state.errorString())
                .field("failure", failure);
        if (state != null) {
            taskRun(receipt, state);
        }
        if (result != null) {
            timings(receipt, result);
            if (result.hasDownload()) {
                download(receipt, result.download());
            }
        }
        return receipt.writeTo(file(directory, target.transformId(), taskRunId));
    }

    private static void taskRun(ReceiptJson receipt, TaskRunState state) {
        JsonWriter json = receipt.json();
        json.writeFieldName("taskRun").writeStartObject();
        receipt.field("startedOn", state.startedOn()).field("completedOn", state.completedOn());
        if (state.executionTimeSeconds() != null) {
            json.writeFieldName("executionTimeSeconds")
                    .writeValue(state.executionTimeSeconds().longValue());
        }
        json.writeEndObject();
    }

    private static void timings(ReceiptJson receipt, ExportResult result) {
        receipt.json().writeFieldName("timings").writeStartObject();
        receipt.field("requestedAt", result.startedAt())
                .field("startMillis", result.startDuration().toMillis())
                .field("waitMillis", result.waitDuration().toMillis());
        if (result.hasDownload()) {
            receipt.field("downloadMillis", result.download().duration().toMillis());
        }
        receipt.field("totalMillis", result.totalDuration().toMillis());
        receipt.json().writeEndObject();
    }

    private static void download(ReceiptJson receipt, DownloadResult download) {
        JsonWriter json = receipt.json();
        json.writeFieldName("download").writeStartObject();
        receipt.field("directory", download.directory().toString())
                .field("bytes", download.bytes())
                .field("earlierObjectsLeftAside", download.earlierObjectsLeftAside());
        json.writeFieldName("files").writeStartArray();
        for (DownloadedFile file : download.files()) {
            json.writeStartObject();
            receipt.field("key", file.key())
                    .field("file", file.file().toString())
                    .field("size", file.size());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        if (download.hasSummary()) {
            LabelSummary summary = download.summary();
            json.writeFieldName("summary").writeStartObject();
            receipt.field("labels", summary.rows()).field("labelingSets", summary.labelingSets());
            json.writeFieldName("columns").writeStartArray();
            summary.columns().forEach(json::writeValue);
            json.writeEndArray();
            json.writeFieldName("setsByDistinctLabels").writeStartObject();
            for (Map.Entry<Integer, Long> entry : summary.setsByDistinctLabels().entrySet()) {
                receipt.field(String.valueOf(entry.getKey()), entry.getValue().longValue());
            }
            json.writeEndObject();
            receipt.field("description", summary.describe());
            json.writeEndObject();
        }
    }
}
