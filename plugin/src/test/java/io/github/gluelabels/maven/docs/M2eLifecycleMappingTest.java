package io.github.gluelabels.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.maven.docs.PluginDescriptor.XmlFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Eclipse users get no "Plugin execution not covered by lifecycle configuration" marker: the plugin jar maps every
 * goal for m2e, and export is ignored, so that an IDE build (on every save) never calls AWS.
 */
@DisplayName("The plugin's m2e lifecycle mapping")
class M2eLifecycleMappingTest {

    /** Packed into the plugin jar from src/main/resources; m2e reads it from there. */
    static final Path MAPPING = Path.of("target", "classes", "META-INF", "m2e", "lifecycle-mapping-metadata.xml");

    @Test
    @DisplayName("maps every goal of plugin.xml once, and no other")
    void mapsEveryGoal() throws IOException {
        Map<String, String> actions = actions(MAPPING);

        assertThat(problems(PluginDescriptor.read().goals().keySet(), actions)).isEmpty();
    }

    @Test
    @DisplayName("ignores every goal that calls AWS or starts a fake: an IDE build must not do either")
    void ignoresWhatCallsOut() throws IOException {
        assertThat(actions(MAPPING))
                .containsEntry("export", "ignore")
                .containsEntry("diff", "ignore")
                .containsEntry("import", "ignore")
                .containsEntry("fake-start", "ignore")
                .containsEntry("fake-stop", "ignore");
    }

    @Test
    @DisplayName("a goal without a mapping, or mapped twice, or unknown, is reported by name")
    void reportsDrift(@TempDir Path folder) throws IOException {
        Path mapping = folder.resolve("mapping.xml");
        Files.writeString(mapping, """
        <lifecycleMappingMetadata><pluginExecutions>
          <pluginExecution>
            <pluginExecutionFilter><goals><goal>export</goal><goal>gone</goal></goals></pluginExecutionFilter>
            <action><ignore/></action>
          </pluginExecution>
          <pluginExecution>
            <pluginExecutionFilter><goals><goal>export</goal></goals></pluginExecutionFilter>
            <action><execute/></action>
          </pluginExecution>
        </pluginExecutions></lifecycleMappingMetadata>
        """, StandardCharsets.UTF_8);

        assertThat(problems(Set.of("export", "fake-start"), actions(mapping)))
                .containsExactly(
                        "goal export is mapped twice in META-INF/m2e/lifecycle-mapping-metadata.xml: keep one mapping",
                        "goal gone is mapped in META-INF/m2e/lifecycle-mapping-metadata.xml but plugin.xml has no such goal: remove"
                                + " it",
                        "goal fake-start of plugin.xml has no mapping in META-INF/m2e/lifecycle-mapping-metadata.xml, so Eclipse"
                                + " marks its executions with an error: add it to the <goals> of the <ignore/> mapping, or map it to"
                                + " <execute/> if an IDE build should run it");
    }

    /** @return each goal's action ({@code ignore}, {@code execute}, …), with {@code twice} for a goal mapped twice */
    private static Map<String, String> actions(Path mapping) throws IOException {
        Map<String, String> actions = new LinkedHashMap<>();
        Element executions = XmlFiles.child(XmlFiles.parse(mapping).getDocumentElement(), "pluginExecutions");
        for (Element execution : XmlFiles.children(executions, "pluginExecution")) {
            List<Element> action = XmlFiles.children(XmlFiles.child(execution, "action"), null);
            assertThat(action).as("the action of a mapping in %s", mapping).hasSize(1);
            Element goals = XmlFiles.child(XmlFiles.child(execution, "pluginExecutionFilter"), "goals");
            for (Element goal : XmlFiles.children(goals, "goal")) {
                actions.merge(goal.getTextContent().trim(), action.get(0).getTagName(), (first, second) -> "twice");
            }
        }
        return actions;
    }

    private static List<String> problems(Set<String> goals, Map<String, String> actions) {
        String file = "META-INF/m2e/lifecycle-mapping-metadata.xml";
        List<String> problems = new ArrayList<>();
        actions.forEach((goal, action) -> {
            if (action.equals("twice")) {
                problems.add("goal " + goal + " is mapped twice in " + file + ": keep one mapping");
            }
            if (!goals.contains(goal)) {
                problems.add("goal " + goal + " is mapped in " + file + " but plugin.xml has no such goal: remove it");
            }
        });
        goals.stream()
                .sorted()
                .filter(goal -> !actions.containsKey(goal))
                .forEach(
                        goal -> problems.add(
                                "goal " + goal
                                        + " of plugin.xml has no mapping in " + file
                                        + ", so Eclipse marks its executions with an error: add it to"
                                        + " the <goals> of the <ignore/> mapping, or map it to <execute/> if an IDE build should run it"));
        return problems;
    }
}
