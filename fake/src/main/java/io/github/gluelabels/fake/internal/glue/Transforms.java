package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The transforms of one fake account, by id. Thread-safe. */
final class Transforms {

    private final Map<String, Transform> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String accountId;

    /** @param accountId the account, as the service's messages name it */
    Transforms(Clock clock, String accountId) {
        this.clock = clock;
        this.accountId = accountId;
    }

    /**
     * Refuses an id the service would refuse, before a test seeds or creates a transform by it.
     *
     * @throws InvalidRequestException naming the rule the id breaks
     */
    static void requireValidId(String transformId) {
        List<Violation> violations = Constraints.hashString("TransformId", transformId);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** @return the transform, created now without labels if it did not exist */
    Transform getOrCreate(String transformId) {
        return byId.computeIfAbsent(transformId, id -> new Transform(id, Transform.tableName(id), clock.instant()));
    }

    /**
     * @return the transform a request names
     * @throws GlueError {@code EntityNotFoundException} as the service words it when there is none
     */
    Transform existing(String transformId) {
        Transform t = byId.get(transformId);
        if (t == null) {
            throw GlueError.entityNotFound(
                    "Cannot find MLTransform in account " + accountId + " with handle " + transformId + ".");
        }
        return t;
    }

    Optional<Transform> find(String transformId) {
        return Optional.ofNullable(byId.get(transformId));
    }

    Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    void clear() {
        byId.clear();
    }
}
