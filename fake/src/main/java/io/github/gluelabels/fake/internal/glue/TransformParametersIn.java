package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** The {@code Parameters} of a {@code CreateMLTransform} or {@code UpdateMLTransform}: a FindMatches transform's. */
final class TransformParametersIn {

    static final List<String> TRANSFORM_TYPES = List.of("FIND_MATCHES");

    private final JsonIn parameters;
    private final String transformType;
    private final JsonIn findMatches;
    private final String primaryKey;
    private final Double precisionRecall;
    private final Double accuracyCost;
    private final Boolean enforceProvidedLabels;

    private TransformParametersIn(JsonIn parameters) {
        this.parameters = parameters;
        this.transformType = parameters.string("TransformType");
        this.findMatches = parameters.object("FindMatchesParameters");
        this.primaryKey = findMatches == null ? null : findMatches.string("PrimaryKeyColumnName");
        this.precisionRecall = findMatches == null ? null : findMatches.decimal("PrecisionRecallTradeoff");
        this.accuracyCost = findMatches == null ? null : findMatches.decimal("AccuracyCostTradeoff");
        this.enforceProvidedLabels = findMatches == null ? null : findMatches.bool("EnforceProvidedLabels");
    }

    /** @return the parameters, or {@code null} when the request has none */
    static TransformParametersIn read(JsonIn parameters) {
        return parameters == null ? null : new TransformParametersIn(parameters);
    }

    List<Violation> violations() {
        List<Violation> all = new ArrayList<>(Validation.requiredMember(parameters, "TransformType", transformType));
        all.addAll(ModelRules.oneOf(parameters.qualified("TransformType"), transformType, TRANSFORM_TYPES));
        if (findMatches != null) {
            all.addAll(ModelRules.columnName(findMatches.qualified("PrimaryKeyColumnName"), primaryKey));
            all.addAll(ModelRules.between(findMatches.qualified("PrecisionRecallTradeoff"), precisionRecall, 0, 1));
            all.addAll(ModelRules.between(findMatches.qualified("AccuracyCostTradeoff"), accuracyCost, 0, 1));
        }
        return all;
    }

    /** @return {@code current} with the members this request gives */
    TransformSettings.FindMatches applyTo(TransformSettings.FindMatches current) {
        return new TransformSettings.FindMatches(
                primaryKey == null ? current.primaryKeyColumnName() : primaryKey,
                precisionRecall == null ? current.precisionRecallTradeoff() : precisionRecall,
                accuracyCost == null ? current.accuracyCostTradeoff() : accuracyCost,
                enforceProvidedLabels == null ? current.enforceProvidedLabels() : enforceProvidedLabels,
                primaryKey == null && current.keyFromLabels());
    }
}
