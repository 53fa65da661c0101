package io.github.gluelabels.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal of the plugin reads from Maven: the project, the session and the plugin's descriptor, and the check
 * that refuses {@code -Dglue-labels.*} properties no goal reads.
 */
abstract class AbstractGlueLabelsMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    protected final MavenProject project() {
        return project;
    }

    protected final MavenSession session() {
        return session;
    }

    /**
     * Starts the problems of a goal's configuration with the unknown {@code glue-labels.*} user properties.
     *
     * @param goal the goal, e.g. {@code export}
     * @param consequence what does not happen when there are problems, e.g. {@code nothing was sent}
     * @return the problems found so far
     */
    protected final ConfigurationProblems problemsWithUnknownProperties(String goal, String consequence) {
        ConfigurationProblems problems = new ConfigurationProblems(goal, consequence);
        UnknownProperties.check(session.getUserProperties(), plugin, project.getProperties(), problems);
        return problems;
    }
}
