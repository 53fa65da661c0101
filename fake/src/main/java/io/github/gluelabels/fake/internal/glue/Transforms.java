package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The transforms of one fake account, by id; their names are unique. Thread-safe. */
final class Transforms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Transform> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String accountId;

    /** @param accountId the account, as the service's messages name it */
    Transforms(Clock clock, String accountId) {
        this.clock = clock;
        this.accountId = accountId;
    }

    /** @return a new transform id, as the service makes them: {@code tfm-} and 40 hex digits */
    static String newId() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "tfm-" + HexFormat.of().formatHex(bytes);
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
        return byId.computeIfAbsent(
                transformId, id -> new Transform(id, TransformSettings.seeded(id, accountId), clock.instant()));
    }

    /**
     * Creates a transform, as {@code CreateMLTransform} does.
     *
     * @return the new transform, with a new id
     * @throws GlueError {@code AlreadyExistsException} when another transform has its name
     */
    synchronized Transform create(TransformSettings settings) {
        requireUniqueName(settings.name(), null);
        Transform created = new Transform(newId(), settings, clock.instant());
        byId.put(created.id, created);
        return created;
    }

    /**
     * Replaces a transform's settings, as {@code UpdateMLTransform} does.
     *
     * @throws GlueError {@code AlreadyExistsException} when another transform has the new name
     */
    synchronized void update(Transform transform, TransformSettings next) {
        requireUniqueName(next.name(), transform.id);
        transform.update(next, clock.instant());
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

    /**
     * Forgets a transform and its labels.
     *
     * @throws GlueError {@code EntityNotFoundException} when there is none
     */
    void delete(String transformId) {
        existing(transformId);
        byId.remove(transformId);
    }

    Optional<Transform> find(String transformId) {
        return Optional.ofNullable(byId.get(transformId));
    }

    /** @return every transform, in no order */
    List<Transform> all() {
        return List.copyOf(byId.values());
    }

    Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    void clear() {
        byId.clear();
    }

    private void requireUniqueName(String name, String exceptId) {
        for (Transform t : byId.values()) {
            if (t.name().equals(name) && !t.id.equals(exceptId)) {
                throw new GlueError("AlreadyExistsException", 400, "Transform with name " + name + " already exists.");
            }
        }
    }
}
