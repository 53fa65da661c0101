package io.github.gluelabels.maven;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Finds the {@code glue-labels.*} user properties ({@code -D} on the command line) that no goal of the plugin reads,
 * so that a typo such as {@code -Dglue-labels.timout=1s} fails the build instead of being ignored, and names the
 * closest known property. The known ones come from the plugin's descriptor (its {@code plugin.xml}), which Maven
 * builds from the goals' parameters: they cannot drift apart. The properties of every goal count, since one build
 * may pass {@code -D} for several; so do the ones the goals publish ({@link PublishedProperties}) and the ones the
 * project's POM declares in its {@code <properties>}.
 */
final class UnknownProperties {

    /** A parameter's property, as the descriptor writes it: {@code ${glue-labels.timeout}}. */
    private static final Pattern EXPRESSION =
            Pattern.compile("^\\$\\{(" + Pattern.quote(PublishedProperties.PREFIX) + "[^}]+)}$");

    private UnknownProperties() {}

    /**
     * Adds a problem for each unknown {@code glue-labels.*} user property.
     *
     * @param userProperties the session's user properties
     * @param plugin the plugin's descriptor
     * @param projectProperties the properties of the project's POM, which the POM may use for its own purposes
     * @param problems where the problems go
     */
    static void check(
            Properties userProperties,
            PluginDescriptor plugin,
            Properties projectProperties,
            ConfigurationProblems problems) {
        Set<String> known = known(plugin);
        for (String name : unknown(userProperties, known, projectProperties)) {
            problems.add("-D" + name + " is not a property of glue-labels"
                    + suggestion(name, known)
                            .map(s -> ": did you mean " + s + "?")
                            .orElse(
                                    ": no goal of the plugin reads it (mvn glue-labels:help -Ddetail lists every parameter and its "
                                            + "property)"));
        }
    }

    /** @return the {@code glue-labels.*} properties the plugin's goals read, from its descriptor */
    static Set<String> known(PluginDescriptor plugin) {
        Set<String> known = new TreeSet<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            PlexusConfiguration configuration = mojo.getMojoConfiguration();
            if (configuration != null) {
                for (PlexusConfiguration parameter : configuration.getChildren()) {
                    property(parameter.getValue(null)).ifPresent(known::add);
                }
            }
            List<Parameter> parameters = mojo.getParameters();
            if (parameters != null) {
                // descriptors of older plugin tools keep the property in <expression>
                parameters.forEach(p -> property(p.getExpression()).ifPresent(known::add));
            }
        }
        return known;
    }

    /** @return the unknown {@code glue-labels.*} user properties, sorted */
    static Set<String> unknown(Properties userProperties, Set<String> known, Properties projectProperties) {
        Set<String> unknown = new TreeSet<>();
        for (String name : userProperties.stringPropertyNames()) {
            if (name.startsWith(PublishedProperties.PREFIX)
                    && !known.contains(name)
                    && !PublishedProperties.isPublished(name)
                    && !projectProperties.containsKey(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * @return the known property closest to a name, when it is close enough to be a typo of it: at most 2 edits, or a
     *     third of the name's own part for longer names; a difference of case alone always is
     */
    static Optional<String> suggestion(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = EditDistance.between(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, (name.length() - PublishedProperties.PREFIX.length()) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static Optional<String> property(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Matcher m = EXPRESSION.matcher(expression.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
