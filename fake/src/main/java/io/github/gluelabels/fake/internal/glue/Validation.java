package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The input rules of the service's model that every operation shares (required members, enumerations), and how
 * broken ones are answered: all at once, in one {@code InvalidInputException} worded as the service words it.
 */
final class Validation {

    private static final String MUST_NOT_BE_NULL = "Member must not be null";

    private Validation() {}

    /**
     * Answers every violation at once.
     *
     * @throws GlueError {@code InvalidInputException} when there is any
     */
    @SafeVarargs
    static void check(List<Violation>... groups) {
        List<Violation> all = new ArrayList<>();
        for (List<Violation> group : groups) {
            all.addAll(group);
        }
        if (!all.isEmpty()) {
            throw GlueError.invalidInput(Constraints.serviceMessage(all));
        }
    }

    /** @return the violation of a required top-level member that is missing, if it is */
    static List<Violation> required(String field, String value) {
        return value == null ? List.of(new Violation(field, "is required", null, null, MUST_NOT_BE_NULL)) : List.of();
    }

    /** @return the violation of a required member of a structure that is missing, if it is */
    static List<Violation> requiredMember(JsonIn parent, String name, String value) {
        return value == null
                ? List.of(new Violation(parent.qualified(name), "is required", null, null, MUST_NOT_BE_NULL))
                : List.of();
    }

    /** @return the violation of a member of a structure whose value is not one of its enumeration's, if it is not */
    static List<Violation> enumValue(JsonIn parent, String name, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return List.of();
        }
        return List.of(new Violation(
                parent.qualified(name),
                "must be one of " + allowed,
                null,
                value,
                "Member must satisfy enum value set: " + allowed));
    }
}
