package io.github.gluelabels.fake;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults injected into the fake: which operation, how many of its next calls (or all), and what goes wrong.
 * Operations are named as the APIs name them ({@code StartExportLabelsTaskRun}, {@code GetObject}); {@code *} means
 * every operation. Thread-safe; the first matching rule with calls left applies.
 *
 * @since 0.1.0
 */
public final class Faults {

    private final CopyOnWriteArrayList<Rule> rules = new CopyOnWriteArrayList<>();

    Faults() {}

    /**
     * Makes the next {@code times} calls of an operation fail.
     *
     * @param operation the operation, as the API names it (one the fake answers), or {@code *}
     * @param times how many calls; each attempt of an SDK retry is a call
     * @param fault what happens
     * @return this, to add more
     * @throws IllegalArgumentException for an operation the fake does not answer, naming those it does
     */
    public Faults inject(String operation, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        rules.add(new Rule(
                requireOperation(operation), new AtomicInteger(times), Objects.requireNonNull(fault, "fault")));
        return this;
    }

    /**
     * Makes every call of an operation fail until {@link #clear()}.
     *
     * @param operation the operation, or {@code *}
     * @param fault what happens
     * @return this, to add more
     */
    public Faults injectAlways(String operation, Fault fault) {
        rules.add(new Rule(requireOperation(operation), null, Objects.requireNonNull(fault, "fault")));
        return this;
    }

    /** @return the operation, which must be one the fake answers or {@code *}: a fault never matched is a mistake */
    private static String requireOperation(String operation) {
        Objects.requireNonNull(operation, "operation");
        if (!operation.equals("*") && !BehaviourForms.OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("\"" + operation + "\" is not an operation the fake answers; they are "
                    + String.join(", ", BehaviourForms.OPERATIONS) + " (or * for every one)");
        }
        return operation;
    }

    /** Removes every fault. */
    public void clear() {
        rules.clear();
    }

    /**
     * Takes the fault for one call, counting it.
     *
     * @param operation the operation being called
     * @return the fault to apply, if any
     */
    Optional<Fault> take(String operation) {
        for (Rule rule : rules) {
            if (rule.operation.equals("*") || rule.operation.equals(operation)) {
                if (rule.remaining == null) {
                    return Optional.of(rule.fault);
                }
                if (rule.remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                    return Optional.of(rule.fault);
                }
            }
        }
        rules.removeIf(r -> r.remaining != null && r.remaining.get() == 0);
        return Optional.empty();
    }

    private record Rule(String operation, AtomicInteger remaining, Fault fault) {}
}
