package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The members of a {@code CreateMLTransform} or {@code UpdateMLTransform}: read (a member of the wrong JSON type is a
 * {@code SerializationException}), checked against the model all at once ({@link #violations}), and made into the
 * transform's settings.
 */
final class TransformRequest {

    static final List<String> WORKER_TYPES = List.of("Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X");

    final String name;
    final String description;
    final List<JsonIn> tables;
    final TransformParametersIn parameters;
    final String role;
    final String glueVersion;
    final Double maxCapacity;
    final String workerType;
    final Integer numberOfWorkers;
    final Integer timeout;
    final Integer maxRetries;
    final TransformEncryptionIn encryption;
    final Map<String, String> tags;

    private TransformRequest(JsonIn in) {
        name = in.string("Name");
        description = in.string("Description");
        tables = in.objects("InputRecordTables");
        parameters = TransformParametersIn.read(in.object("Parameters"));
        role = in.string("Role");
        glueVersion = in.string("GlueVersion");
        maxCapacity = in.decimal("MaxCapacity");
        workerType = in.string("WorkerType");
        numberOfWorkers = in.integer("NumberOfWorkers");
        timeout = in.integer("Timeout");
        maxRetries = in.integer("MaxRetries");
        encryption = TransformEncryptionIn.read(in.object("TransformEncryption"));
        tags = in.stringMap("Tags");
    }

    static TransformRequest read(JsonIn in) {
        return new TransformRequest(in);
    }

    /**
     * @param creating whether this is a {@code CreateMLTransform}, whose name, tables, parameters and role are required;
     *     an {@code UpdateMLTransform} has no {@code InputRecordTables}, {@code TransformEncryption} or {@code Tags} in
     *     the model, so those are neither checked nor applied (a client built from the model never sends them)
     * @return every rule the members break, in the order of the members
     */
    List<Violation> violations(boolean creating) {
        List<Violation> all = new ArrayList<>();
        if (creating) {
            all.addAll(Validation.required("Name", name));
        }
        all.addAll(ModelRules.name("Name", name));
        all.addAll(ModelRules.description("Description", description));
        if (creating) {
            all.addAll(tableViolations());
        }
        if (creating && parameters == null) {
            all.addAll(Validation.required("Parameters", null));
        }
        if (parameters != null) {
            all.addAll(parameters.violations());
        }
        if (creating) {
            all.addAll(Validation.required("Role", role));
        }
        all.addAll(ModelRules.glueVersion("GlueVersion", glueVersion));
        all.addAll(ModelRules.oneOf("WorkerType", workerType, WORKER_TYPES));
        all.addAll(TransformCapacity.violations(maxCapacity, workerType, numberOfWorkers));
        all.addAll(ModelRules.atLeast("Timeout", timeout, 1));
        if (creating && encryption != null) {
            all.addAll(encryption.violations());
        }
        if (creating) {
            all.addAll(tagViolations());
        }
        return all;
    }

    private List<Violation> tableViolations() {
        if (tables == null) {
            return Validation.required("InputRecordTables", null);
        }
        List<Violation> all = new ArrayList<>(ModelRules.rule(
                tables.size() > 10,
                "InputRecordTables",
                "must list at most 10 tables (it lists " + tables.size() + ")",
                null));
        for (JsonIn table : tables) {
            String database = table.string("DatabaseName");
            String tableName = table.string("TableName");
            all.addAll(Validation.requiredMember(table, "DatabaseName", database));
            all.addAll(ModelRules.name(table.qualified("DatabaseName"), database));
            all.addAll(Validation.requiredMember(table, "TableName", tableName));
            all.addAll(ModelRules.name(table.qualified("TableName"), tableName));
            all.addAll(ModelRules.name(table.qualified("CatalogId"), table.string("CatalogId")));
            all.addAll(ModelRules.name(table.qualified("ConnectionName"), table.string("ConnectionName")));
        }
        return all;
    }

    private List<Violation> tagViolations() {
        return ModelRules.tags(tags);
    }

    /** @return the settings of a new transform: these members, and the model's defaults for those not given */
    TransformSettings create() {
        List<TransformSettings.Table> tableList = tables.stream()
                .map(t -> new TransformSettings.Table(
                        t.string("DatabaseName"),
                        t.string("TableName"),
                        t.string("CatalogId"),
                        t.string("ConnectionName")))
                .toList();
        boolean workers = workerType != null;
        return new TransformSettings(
                name,
                description == null ? "" : description,
                tableList,
                parameters.applyTo(new TransformSettings.FindMatches(null, 0.5, 0.5, false, false)),
                role,
                glueVersion == null ? "0.9" : glueVersion,
                workers ? null : (maxCapacity == null ? 10.0 : maxCapacity),
                workerType,
                numberOfWorkers,
                timeout == null ? 2880 : timeout,
                maxRetries == null ? 0 : maxRetries,
                encryption == null ? null : encryption.settings(),
                tags == null ? Map.of() : tags);
    }

    /** @return the settings after an update: these members where given, the current ones elsewhere */
    TransformSettings update(TransformSettings s) {
        boolean workers = workerType != null;
        boolean capacity = maxCapacity != null;
        return new TransformSettings(
                name == null ? s.name() : name,
                description == null ? s.description() : description,
                s.inputTables(),
                parameters == null ? s.parameters() : parameters.applyTo(s.parameters()),
                role == null ? s.role() : role,
                glueVersion == null ? s.glueVersion() : glueVersion,
                capacity ? maxCapacity : (workers ? null : s.maxCapacity()),
                workers ? workerType : (capacity ? null : s.workerType()),
                workers ? numberOfWorkers : (capacity ? null : s.numberOfWorkers()),
                timeout == null ? s.timeout() : timeout,
                maxRetries == null ? s.maxRetries() : maxRetries,
                s.encryption(),
                s.tags());
    }
}
