package io.github.gluelabels.fake.internal.glue;

import java.util.List;
import java.util.Map;

/**
 * What a transform's owner sets ({@code CreateMLTransform}, {@code UpdateMLTransform}) and {@code GetMLTransform}
 * echoes. Immutable: an update makes a new one.
 *
 * @param name its unique name
 * @param description its description; empty by default, as the model says
 * @param inputTables the tables of its input records
 * @param parameters its {@code FindMatchesParameters}
 * @param role the role, as given (a name or an ARN)
 * @param glueVersion e.g. {@code 2.0}; {@code 0.9} when not given, as the model says
 * @param maxCapacity DPUs; 10 when neither it nor a worker type is given, as the model says
 * @param workerType e.g. {@code G.1X}, or {@code null}
 * @param numberOfWorkers with {@code workerType}, or {@code null}
 * @param timeout minutes; 2,880 by default, as the model says
 * @param maxRetries retries of a failed run; 0 by default (a guess)
 * @param encryption its {@code TransformEncryption}, or {@code null}
 * @param tags its tags
 */
record TransformSettings(
        String name,
        String description,
        List<Table> inputTables,
        FindMatches parameters,
        String role,
        String glueVersion,
        Double maxCapacity,
        String workerType,
        Integer numberOfWorkers,
        Integer timeout,
        Integer maxRetries,
        Encryption encryption,
        Map<String, String> tags) {

    static final String FAKE_DATABASE = "glue_labels_fake";

    /**
     * A table of the Data Catalog, as {@code GlueTable} names it.
     *
     * @param databaseName its database
     * @param tableName its name
     * @param catalogId its catalog, or {@code null}
     * @param connectionName its connection, or {@code null}
     */
    record Table(String databaseName, String tableName, String catalogId, String connectionName) {}

    /**
     * The {@code FindMatchesParameters}.
     *
     * @param primaryKeyColumnName as given; {@code null} with {@code keyFromLabels} means the labels' first column
     * @param precisionRecallTradeoff 0 to 1
     * @param accuracyCostTradeoff 0 to 1
     * @param enforceProvidedLabels as given
     * @param keyFromLabels whether the key is the first column of the labels (transforms a test seeded)
     */
    record FindMatches(
            String primaryKeyColumnName,
            Double precisionRecallTradeoff,
            Double accuracyCostTradeoff,
            Boolean enforceProvidedLabels,
            boolean keyFromLabels) {}

    /**
     * The {@code TransformEncryption}.
     *
     * @param mode {@code MlUserDataEncryption.MlUserDataEncryptionMode}, or {@code null} without it
     * @param kmsKeyId {@code MlUserDataEncryption.KmsKeyId}
     * @param securityConfigurationName {@code TaskRunSecurityConfigurationName}
     */
    record Encryption(String mode, String kmsKeyId, String securityConfigurationName) {}

    TransformSettings {
        inputTables = List.copyOf(inputTables);
        tags = Map.copyOf(tags);
    }

    /**
     * @return the settings of a transform a test seeds or creates by id: named after its table in the fake's database,
     *     its key the first column of its labels
     */
    static TransformSettings seeded(String transformId, String accountId) {
        String table = Transform.tableName(transformId);
        return new TransformSettings(
                table,
                "A FindMatches transform of the glue-labels fake",
                List.of(new Table(FAKE_DATABASE, table, null, null)),
                new FindMatches(null, 0.5, 0.5, false, true),
                "arn:aws:iam::" + accountId + ":role/glue-labels-fake",
                "2.0",
                10.0,
                null,
                null,
                2880,
                0,
                null,
                Map.of());
    }
}
