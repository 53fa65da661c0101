package io.github.gluelabels.maven;

import java.util.Collection;
import java.util.Objects;
import org.apache.maven.plugin.logging.Log;

/**
 * Reads a setting that has a new parameter name and a deprecated one. Maven sets a mojo's fields from the XML elements
 * of its {@code <configuration>} by name, so a goal keeps a field under each old name (without a property); when the
 * POM sets it, this warns with the new name and takes its value — unless the new name is set too, which is a problem
 * of the configuration.
 */
final class RenamedParameters {

    private final Log log;
    private final String goal;
    private final ConfigurationProblems problems;

    /**
     * @param goal the goal, e.g. {@code fake-start}
     * @param problems where a setting made under both names goes
     */
    RenamedParameters(Log log, String goal, ConfigurationProblems problems) {
        this.log = log;
        this.goal = goal;
        this.problems = problems;
    }

    /**
     * @param newName the parameter's name, e.g. {@code fakePacing}
     * @param newValue its value
     * @param newDefault its default value, which the new name has also when only the old name is set
     * @param oldName the deprecated name, e.g. {@code pacing}
     * @param oldValue its value, {@code null} when not set
     * @return the value to use, with the name it was set under
     */
    <T> Setting<T> pick(String newName, T newValue, T newDefault, String oldName, T oldValue) {
        if (oldValue == null) {
            return new Setting<>(newName, newValue);
        }
        log.warn("glue-labels:" + goal + ": parameter <" + oldName + "> is deprecated and will go in a later release: "
                + "name it <" + newName + "> (same values; property glue-labels." + newName + ")");
        if (isSet(newValue, newDefault)) {
            problems.add(oldName + " (deprecated) and " + newName + " are both set: keep " + newName + " only");
        }
        return new Setting<>(oldName, oldValue);
    }

    /**
     * Maven gives a list parameter with a property that is not set an empty list, not {@code null}: an empty list is
     * not set either.
     */
    private static boolean isSet(Object value, Object defaultValue) {
        return value != null
                && !Objects.equals(value, defaultValue)
                && !(value instanceof Collection<?> values && values.isEmpty());
    }
}
