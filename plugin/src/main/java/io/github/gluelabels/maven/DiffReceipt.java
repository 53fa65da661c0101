package io.github.gluelabels.maven;

import io.github.gluelabels.core.diff.DiffCounts;
import io.github.gluelabels.core.diff.DiffResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON receipt of one diff, {@code diff-<time>-<random>.json} beside the exports' receipts (an import plan's:
 * {@code import-diff-…}): the goal, the sides, how records were identified, the counts and where the report is, and —
 * when the diff called AWS — the region and endpoints (never a credential). Written whole or not at all.
 */
final class DiffReceipt {

    private DiffReceipt() {}

    /**
     * @param goal {@code diff}, or {@code import} for an import's plan
     * @param connection what the diff called, or {@code null}
     * @return the file written
     */
    static Path write(Path directory, String goal, Connection connection, DiffResult result) throws IOException {
        ReceiptJson receipt = ReceiptJson.start()
                .field("goal", goal)
                .field("from", result.from())
                .field("to", result.to());
        if (connection != null) {
            receipt.connection(connection);
        }
        receipt.field("identifiedByPrimaryKey", result.identifiedByPrimaryKey());
        JsonWriter json = receipt.json();
        json.writeFieldName("keyColumns").writeStartArray();
        result.keyColumns().forEach(json::writeValue);
        json.writeEndArray();
        receipt.field("identical", result.identical());
        counts(receipt, result.counts());
        receipt.field("summary", result.summaryLine())
                .field("report", result.report().map(Path::toString).orElse(null));
        String prefix = "diff".equals(goal) ? "diff" : goal + "-diff";
        return receipt.writeTo(directory.resolve(ReceiptJson.uniqueName(prefix, Instant.now())));
    }

    private static void counts(ReceiptJson receipt, DiffCounts c) {
        receipt.json().writeFieldName("counts").writeStartObject();
        receipt.field("setsAdded", c.setsAdded())
                .field("setsRemoved", c.setsRemoved())
                .field("setsChanged", c.setsChanged())
                .field("recordsAdded", c.recordsAdded())
                .field("recordsRemoved", c.recordsRemoved())
                .field("recordsRelabeled", c.recordsRelabeled())
                .field("fromRecords", c.fromRecords())
                .field("toRecords", c.toRecords())
                .field("fromSets", c.fromSets())
                .field("toSets", c.toSets());
        receipt.json().writeEndObject();
    }
}
