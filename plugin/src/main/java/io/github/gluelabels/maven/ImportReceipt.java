package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.ImportBackup;
import io.github.gluelabels.core.export.ImportResult;
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
        ReceiptJson receipt = ReceiptJson.start()
                .field("goal", "import")
                .field("transformId", result.request().transformId())
                .field("taskRunId", result.taskRunId())
                .field("labels", result.request().labels().toString())
                .field("inputS3Path", result.request().inputS3Path().toString())
                .field("replaceAllLabels", replace)
                .connection(connection)
                .field("status", result.status())
                .field("labelCountBefore", result.labelCountBefore())
                .field("labelCountAfter", result.labelCountAfter());
        JsonWriter json = receipt.json();
        json.writeFieldName("uploaded").writeStartArray();
        result.uploaded().stream().map(S3Uri::toString).forEach(json::writeValue);
        json.writeEndArray();
        if (result.backup().isPresent()) {
            ImportBackup backup = result.backup().get();
            json.writeFieldName("backup").writeStartObject();
            receipt.field("s3Path", backup.s3Path().toString())
                    .field("localCopy", backup.localCopy().toString())
                    .field("taskRunId", backup.taskRunId())
                    .field("labelCount", backup.labelCount());
            json.writeEndObject();
        } else {
            json.writeFieldName("backup").writeNull();
        }
        json.writeFieldName("warnings").writeStartArray();
        result.warnings().stream().map(LabelingProblem::toString).forEach(json::writeValue);
        json.writeEndArray();
        return receipt.writeTo(directory.resolve(
                "import-" + Names.safeFileName(result.request().transformId()) + "-"
                        + Names.safeFileName(result.taskRunId()) + ".json"));
    }
}
