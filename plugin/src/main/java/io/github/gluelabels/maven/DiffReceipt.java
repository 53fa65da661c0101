package io.github.gluelabels.maven;

import io.github.gluelabels.core.diff.DiffCounts;
import io.github.gluelabels.core.diff.DiffResult;
import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON receipt of one diff, {@code diff-<time>.json} beside the exports' receipts: the goal, the sides, how records
 * were identified, the counts and where the report is, and — when the diff called AWS — the region and endpoints
 * (never a credential). Written whole or not at all.
 */
final class DiffReceipt {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private DiffReceipt() {}

    /**
     * @param goal {@code diff}, or {@code import} for an import's plan
     * @param connection what the diff called, or {@code null}
     * @return the file written
     */
    static Path write(Path directory, String goal, Connection connection, DiffResult result) throws IOException {
        JsonWriter json = JsonWriter.create();
        json.writeStartObject();
        field(json, "format", String.valueOf(Receipt.FORMAT));
        field(json, "goal", goal);
        field(json, "from", result.from());
        field(json, "to", result.to());
        if (connection != null) {
            field(json, "region", connection.region());
            field(json, "glueEndpoint", connection.glueEndpointDescription());
            field(json, "s3Endpoint", connection.s3EndpointDescription());
            field(json, "credentials", connection.credentialsSource());
        }
        json.writeFieldName("identifiedByPrimaryKey").writeValue(result.identifiedByPrimaryKey());
        json.writeFieldName("keyColumns").writeStartArray();
        result.keyColumns().forEach(json::writeValue);
        json.writeEndArray();
        json.writeFieldName("identical").writeValue(result.identical());
        counts(json, result.counts());
        field(json, "summary", result.summaryLine());
        field(json, "report", result.report().map(Path::toString).orElse(null));
        json.writeEndObject();
        Path file = directory.resolve(
                ("diff".equals(goal) ? "diff-" : goal + "-diff-") + FILE_TIME.format(Instant.now()) + ".json");
        AtomicFiles.write(file, json.getBytes());
        return file;
    }

    private static void counts(JsonWriter json, DiffCounts c) {
        json.writeFieldName("counts").writeStartObject();
        count(json, "setsAdded", c.setsAdded());
        count(json, "setsRemoved", c.setsRemoved());
        count(json, "setsChanged", c.setsChanged());
        count(json, "recordsAdded", c.recordsAdded());
        count(json, "recordsRemoved", c.recordsRemoved());
        count(json, "recordsRelabeled", c.recordsRelabeled());
        count(json, "fromRecords", c.fromRecords());
        count(json, "toRecords", c.toRecords());
        count(json, "fromSets", c.fromSets());
        count(json, "toSets", c.toSets());
        json.writeEndObject();
    }

    private static void count(JsonWriter json, String name, long value) {
        json.writeFieldName(name).writeValue(value);
    }

    private static void field(JsonWriter json, String name, String value) {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeValue(value);
        }
    }
}
