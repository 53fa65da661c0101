package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the model's documentation gives for a transform's capacity: {@code MaxCapacity} or else {@code WorkerType}
 * with {@code NumberOfWorkers}, never both, each at least 1. The documentation states them; how the service words
 * their errors is a guess.
 */
final class TransformCapacity {

    private TransformCapacity() {}

    static List<Violation> violations(Double maxCapacity, String workerType, Integer numberOfWorkers) {
        List<Violation> all = new ArrayList<>();
        all.addAll(ModelRules.rule(
                maxCapacity != null && (workerType != null || numberOfWorkers != null),
                "MaxCapacity",
                "must not be set with WorkerType or NumberOfWorkers",
                maxCapacity));
        all.addAll(ModelRules.rule(
                workerType != null && numberOfWorkers == null,
                "NumberOfWorkers",
                "is required when WorkerType is set",
                null));
        all.addAll(ModelRules.rule(
                numberOfWorkers != null && workerType == null,
                "WorkerType",
                "is required when NumberOfWorkers is set",
                null));
        all.addAll(ModelRules.rule(
                maxCapacity != null && maxCapacity < 1, "MaxCapacity", "must be at least 1", maxCapacity));
        all.addAll(ModelRules.rule(
                numberOfWorkers != null && numberOfWorkers < 1,
                "NumberOfWorkers",
                "must be at least 1",
                numberOfWorkers));
        return all;
    }
}
