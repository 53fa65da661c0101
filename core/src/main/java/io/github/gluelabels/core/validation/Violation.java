package io.github.gluelabels.core.validation;

import java.util.Objects;

/**
 * One broken rule in a request: which field, which rule, what exactly was wrong, and the value seen.
 *
 * @param field the request member as the API names it, e.g. {@code TransformId}
 * @param rule the rule in plain words, e.g. {@code must be 1 to 255 characters long}
 * @param detail what exactly broke the rule, e.g. {@code it has 300}; may be {@code null}
 * @param value the value seen, as sent (rendered escaped and shortened by {@link #message()}); may be {@code null}
 * @param modelConstraint the service model's constraint in the words AWS services use in their validation errors
 *     ({@code Member must not be null}), or {@code null} when the rule is not one of the model's
 * @since 0.1.0
 */
public record Violation(String field, String rule, String detail, String value, String modelConstraint) {

    /**
     * Refuses a {@code null} field or rule.
     *
     * @param field the request member as the API names it, e.g. {@code TransformId}
     * @param rule the rule in plain words, e.g. {@code must be 1 to 255 characters long}
     * @param detail what exactly broke the rule, e.g. {@code it has 300}; may be {@code null}
     * @param value the value seen, as sent (rendered escaped and shortened by {@link #message()}); may be {@code null}
     * @param modelConstraint the service model's constraint in the words AWS services use in their validation errors
     *     ({@code Member must not be null}), or {@code null} when the rule is not one of the model's
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The violation in plain words.
     *
     * @return e.g. {@code TransformId must be 1 to 255 characters long (it has 300); value seen: "aaa…" (300 characters)}
     */
    public String message() {
        StringBuilder out = new StringBuilder(field).append(' ').append(rule);
        if (detail != null) {
            out.append(" (").append(detail).append(')');
        }
        return out.append("; value seen: ").append(Values.describe(value)).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
