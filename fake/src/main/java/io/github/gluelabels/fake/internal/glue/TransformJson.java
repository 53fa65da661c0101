package io.github.gluelabels.fake.internal.glue;

import java.util.List;

/**
 * A transform as {@code GetMLTransform} sends it: a FindMatches transform that is {@code READY}, whose schema is the
 * columns of its labels after the two that labeling files begin with ({@code labeling_set_id}, {@code label}).
 */
final class TransformJson {

    private TransformJson() {}

    /**
     * Writes the transform's members into the object {@code out} is in.
     *
     * @param accountId the account, part of the transform's role
     */
    static void write(JsonOut out, Transform t, String accountId) {
        List<String> columns = schemaColumns(t.labels());
        out.string("TransformId", t.id)
                .string("Name", t.name)
                .string("Description", "A FindMatches transform of the glue-labels fake")
                .string("Status", "READY")
                .timestamp("CreatedOn", t.createdOn)
                .timestamp("LastModifiedOn", t.lastModifiedOn())
                .startArray("InputRecordTables")
                .startObjectInArray()
                .string("DatabaseName", "glue_labels_fake")
                .string("TableName", Transform.tableName(t.id))
                .endObject()
                .endArray()
                .startObject("Parameters")
                .string("TransformType", "FIND_MATCHES")
                .startObject("FindMatchesParameters")
                .string("PrimaryKeyColumnName", columns.isEmpty() ? null : columns.get(0))
                .number("PrecisionRecallTradeoff", 0.5)
                .number("AccuracyCostTradeoff", 0.5)
                .bool("EnforceProvidedLabels", false)
                .endObject()
                .endObject()
                .startObject("EvaluationMetrics")
                .string("TransformType", "FIND_MATCHES");
        FindMatchesMetrics metrics = t.metrics();
        if (metrics != null) {
            metrics.write(out);
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
                .string("Role", "arn:aws:iam::" + accountId + ":role/glue-labels-fake")
                .string("GlueVersion", "2.0")
                .number("MaxCapacity", 10.0)
                .number("Timeout", 2880)
                .number("MaxRetries", 0);
    }

    private static List<String> schemaColumns(LabelSet labels) {
        return labels == null
                ? List.of()
                : labels.columns().subList(2, labels.columns().size());
    }
}
