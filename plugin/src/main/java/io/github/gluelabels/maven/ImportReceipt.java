package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.ImportBackup;
import io.github.gluelabels.core.export.ImportResult;
import io.github.gluelabels.core.internal.AtomicFiles;
import io.github.gluelabels.core.labels.LabelingProblem;
import java.io.IOException;
import java.nio.file.Path;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON receipt of one import, {@code import-<transformId>-<taskRunId>.json} beside the exports' receipts: what was
 * imported where, through which region and endpoints (never a credential), replace or add, how the task run ended,
 * the transform's label count before and after, the objects uploaded, the backup taken and the check's warnings.
 * Written whole or not at all.
 */
final class ImportReceipt {

    private ImportReceipt() {}

    /** @return the file written */
    static Path write(Path directory, Connection connection, boolean replace, ImportResult result) throws IOException {
        JsonWriter json = JsonWriter.create();
        json.writeStartObject();
        json.writeFieldName("format").writeValue(Receipt.FORMAT);
        field(json, "goal", "import");
        field(json, "transformId", result.request().transformId());
        field(json, "taskRunId", result.taskRunId());
        field(json, "labels", result.request().labels().toString());
        field(json, "inputS3Path", result.request().inputS3Path().toString());
        json.writeFieldName("replaceAllLabels").writeValue(replace);
        field(json, "region", connection.region());
        field(json, "glueEndpoint", connection.glueEndpointDescription());
        field(json, "s3Endpoint", connection.s3EndpointDescription());
        field(json, "credentials", connection.credentialsSource());
        json.writeFieldName("fake").writeValue(connection.fake());
        field(json, "status", result.status());
        json.writeFieldName("labelCountBefore").writeValue(result.labelCountBefore());
        json.writeFieldName("labelCountAfter").writeValue(result.labelCountAfter());
        json.writeFieldName("uploaded").writeStartArray();
        result.uploaded().stream().map(S3Uri::toString).forEach(json::writeValue);
        json.writeEndArray();
        if (result.backup().isPresent()) {
            ImportBackup backup = result.backup().get();
            json.writeFieldName("backup").writeStartObject();
            field(json, "s3Path", backup.s3Path().toString());
            field(json, "localCopy", backup.localCopy().toString());
            field(json, "taskRunId", backup.taskRunId());
            json.writeFieldName("labelCount").writeValue(backup.labelCount());
            json.writeEndObject();
        } else {
            json.writeFieldName("backup").writeNull();
        }
        json.writeFieldName("warnings").writeStartArray();
        result.warnings().stream().map(LabelingProblem::toString).forEach(json::writeValue);
        json.writeEndArray();
        json.writeEndObject();
        Path file = directory.resolve(
                "import-" + Names.safeFileName(result.request().transformId()) + "-"
                        + Names.safeFileName(result.taskRunId()) + ".json");
        AtomicFiles.write(file, json.getBytes());
        return file;
    }

    private static void field(JsonWriter json, String name, String value) {
        json.writeFieldName(name).writeValue(value);
    }
}
