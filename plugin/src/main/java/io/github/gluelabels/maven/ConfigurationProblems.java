package io.github.gluelabels.maven;

import io.github.gluelabels.core.validation.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Collects every problem of a goal's configuration, so that the build reports them all at once — before anything is
 * started or sent.
 */
final class ConfigurationProblems {

    private final String goal;
    private final String consequence;
    private final Set<String> problems = new LinkedHashSet<>();

    /**
     * @param goal the goal, e.g. {@code export}
     * @param consequence what did not happen because of the problems, e.g. {@code nothing was sent}
     */
    ConfigurationProblems(String goal, String consequence) {
        this.goal = goal;
        this.consequence = consequence;
    }

    /**
     * Records a problem with a parameter.
     *
     * @param parameter the parameter, e.g. {@code timeout}
     * @param rule what it must be, e.g. {@code must be a duration such as 30m}
     * @param value the value seen
     */
    void parameter(String parameter, String rule, String value) {
        parameter(parameter, "glue-labels." + parameter, rule, value);
    }

    /**
     * Records a problem with a parameter whose property is not named after it.
     *
     * @param parameter the parameter, e.g. {@code pacing}
     * @param property its property, e.g. {@code glue-labels.fakePacing}
     * @param rule what it must be
     * @param value the value seen
     */
    void parameter(String parameter, String property, String rule, String value) {
        problems.add(parameter + " (property " + property + ") " + rule + "; value seen: " + Values.describe(value));
    }

    /**
     * Records a problem in words.
     *
     * @param problem the whole sentence
     */
    void add(String problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @return the problems recorded, in order */
    List<String> lines() {
        return List.copyOf(problems);
    }

    /**
     * @throws MojoFailureException listing every problem, when there is any
     */
    void throwIfAny() throws MojoFailureException {
        if (problems.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(problems);
        String count = lines.size() == 1 ? "1 problem" : lines.size() + " problems";
        StringBuilder message = new StringBuilder("Invalid configuration of glue-labels:")
                .append(goal)
                .append(", ")
                .append(consequence)
                .append(" (")
                .append(count)
                .append("):");
        lines.forEach(line -> message.append("\n  - ").append(line));
        throw new MojoFailureException(message.toString());
    }
}
