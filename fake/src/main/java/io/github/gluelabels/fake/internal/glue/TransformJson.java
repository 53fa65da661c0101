package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.EvaluationMetrics;
import java.util.List;

/**
 * A transform as {@code GetMLTransform} and {@code GetMLTransforms} send it ({@code MLTransform}): what its owner set,
 * its status and label count, and its schema, the columns of its labels after the two that labeling files begin with
 * ({@code labeling_set_id}, {@code label}); no schema before it has labels.
 */
final class TransformJson {

    private TransformJson() {}

    /** Writes the transform's members into the object {@code out} is in. */
    static void write(JsonOut out, Transform t) {
        TransformSettings s = t.settings();
        List<String> columns = schemaColumns(t.labels());
        out.string("TransformId", t.id)
                .string("Name", s.name())
                .string("Description", s.description())
                .string("Status", t.status())
                .timestamp("CreatedOn", t.createdOn)
                .timestamp("LastModifiedOn", t.lastModifiedOn());
        writeTables(out, s.inputTables());
        writeParameters(out, s.parameters(), columns);
        out.startObject("EvaluationMetrics").string("TransformType", "FIND_MATCHES");
        EvaluationMetrics metrics = t.metrics();
        if (metrics != null) {
            FindMatchesMetrics.write(metrics, out);
        }
        out.endObject().number("LabelCount", t.labelCount());
        out.startArray("Schema");
        for (String column : columns) {
            out.startObjectInArray()
                    .string("Name", column)
                    .string("DataType", "string")
                    .endObject();
        }
        out.endArray()
                .string("Role", s.role())
                .string("GlueVersion", s.glueVersion())
                .number("MaxCapacity", s.maxCapacity())
                .string("WorkerType", s.workerType())
                .number("NumberOfWorkers", s.numberOfWorkers())
                .number("Timeout", s.timeout())
                .number("MaxRetries", s.maxRetries());
        writeEncryption(out, s.encryption());
    }

    /** @return the columns of the transform's schema: those of its labels after the first two */
    static List<String> schemaColumns(LabelSet labels) {
        return labels == null
                ? List.of()
                : labels.columns().subList(2, labels.columns().size());
    }

    private static void writeTables(JsonOut out, List<TransformSettings.Table> tables) {
        out.startArray("InputRecordTables");
        for (TransformSettings.Table table : tables) {
            out.startObjectInArray()
                    .string("DatabaseName", table.databaseName())
                    .string("TableName", table.tableName())
                    .string("CatalogId", table.catalogId())
                    .string("ConnectionName", table.connectionName())
                    .endObject();
        }
        out.endArray();
    }

    private static void writeParameters(JsonOut out, TransformSettings.FindMatches p, List<String> columns) {
        String key = p.primaryKeyColumnName();
        if (key == null && p.keyFromLabels() && !columns.isEmpty()) {
            key = columns.get(0);
        }
        out.startObject("Parameters")
                .string("TransformType", "FIND_MATCHES")
                .startObject("FindMatchesParameters")
                .string("PrimaryKeyColumnName", key)
                .number("PrecisionRecallTradeoff", p.precisionRecallTradeoff())
                .number("AccuracyCostTradeoff", p.accuracyCostTradeoff())
                .bool("EnforceProvidedLabels", p.enforceProvidedLabels())
                .endObject()
                .endObject();
    }

    private static void writeEncryption(JsonOut out, TransformSettings.Encryption e) {
        if (e == null) {
            return;
        }
        out.startObject("TransformEncryption");
        if (e.mode() != null) {
            out.startObject("MlUserDataEncryption")
                    .string("MlUserDataEncryptionMode", e.mode())
                    .string("KmsKeyId", e.kmsKeyId())
                    .endObject();
        }
        out.string("TaskRunSecurityConfigurationName", e.securityConfigurationName())
                .endObject();
    }
}
