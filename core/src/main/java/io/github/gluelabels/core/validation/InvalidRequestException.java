package io.github.gluelabels.core.validation;

import io.github.gluelabels.core.GlueLabelsException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke one or more of the rules the API documents. Nothing was sent. The message lists every violation at
 * once.
 *
 * @since 0.1.0
 */
public class InvalidRequestException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations every rule the request broke; not empty
     */
    public InvalidRequestException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * @return every rule the request broke, in the order of its fields
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        String count = violations.size() == 1 ? "1 problem" : violations.size() + " problems";
        return "Invalid request, nothing was sent (" + count + "):"
                + violations.stream().map(v -> "\n  - " + v.message()).collect(Collectors.joining());
    }
}
