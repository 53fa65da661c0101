package io.github.gluelabels.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.maven.docs.PluginDescriptor.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The README's goal reference cannot drift from the plugin: every parameter of every goal (export, diff, import,
 * fake-start, fake-stop) a user can set has its row, with the property and default of plugin.xml, and no row describes
 * a parameter that is gone. A parameter added to a mojo fails this test until its row is written; the failure gives
 * the row.
 */
@DisplayName("The README's parameter tables")
class ReadmeGoalReferenceTest {

    static final Path README = Path.of("..", "README.md");

    @Test
    @DisplayName("list every parameter of every goal of plugin.xml, with its property and default, and no other")
    void matchThePluginDescriptor() throws IOException {
        PluginDescriptor descriptor = PluginDescriptor.read();
        assertThat(descriptor.goals()).containsKeys("export", "diff", "import", "fake-start", "fake-stop");

        List<String> problems = GoalReference.problems(descriptor, Files.readAllLines(README, StandardCharsets.UTF_8));

        assertThat(problems)
                .withFailMessage("README.md against %s:%n%s", descriptor.file(), String.join("\n", problems))
                .isEmpty();
    }

    @Nested
    @DisplayName("are checked so that a drift names the row to write")
    class Checker {

        final PluginDescriptor descriptor = descriptor(Map.of(
                "export",
                        List.of(
                                new Parameter("timeout", "glue-labels.timeout", "30m"),
                                new Parameter("region", "glue-labels.region", null),
                                new Parameter("seeds", null, null)),
                "help", List.of(new Parameter("detail", "detail", "false"))));

        private List<String> problems(String... readme) {
            return GoalReference.problems(descriptor, List.of(readme));
        }

        @Test
        @DisplayName("a table that matches has no problem, and help needs no table")
        void matching() {
            assertThat(problems(
                            "| `export` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "| `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "| `region` | `glue-labels.region` | the SDK's region chain | the region |",
                            "| `seeds` | — (a list) | none | what to seed |"))
                    .isEmpty();
        }

        @Test
        @DisplayName("a parameter without a row: the row to add")
        void missingRow() {
            assertThat(problems(
                            "intro",
                            "| `export` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "| `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "| `seeds` | — | none | what to seed |"))
                    .containsExactly(
                            "README.md: the table of goal export (README.md line 2) has no row for parameter region: add\n"
                                    + "| `region` | `glue-labels.region` | — (or, in words, the value the goal works out) | <what it does> |");
        }

        @Test
        @DisplayName("a wrong property or default, or code for a default the plugin does not have: the row as it"
                + " should read")
        void wrongCells() {
            assertThat(problems(
                            "| `export` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "| `timeout` | `glue-labels.wait` | `20m` | how long to wait |",
                            "| `region` | `glue-labels.region` | `eu-west-1` | the region |",
                            "| `seeds` | `glue-labels.seeds` | none | what to seed |"))
                    .containsExactly(
                            "README.md line 3: parameter timeout has the user property `glue-labels.timeout` in the plugin, the README"
                                    + " says `glue-labels.wait`; the row should read"
                                    + " | `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "README.md line 3: parameter timeout has the default `30m` in the plugin, the README says `20m`; the row"
                                    + " should read | `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "README.md line 4: parameter region has no default value in the plugin (the goal works one out, or there is"
                                    + " none), but the README's default starts with code, `eu-west-1`, which stands for the plugin's own"
                                    + " default: say it in words, e.g. \"when waiting, `true`\", or —; the row should read | `region` |"
                                    + " `glue-labels.region` | — (or, in words, the value the goal works out) | the region |",
                            "README.md line 5: parameter seeds has the user property none (write —) in the plugin, the README says"
                                    + " `glue-labels.seeds`; the row should read | `seeds` | — | none | what to seed |");
        }

        @Test
        @DisplayName("a row of a parameter the goal does not have, and a table of a goal the plugin does not have")
        void extraRowsAndTables() {
            assertThat(problems(
                            "| `export` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "| `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "| `region` | `glue-labels.region` | the SDK's | the region |",
                            "| `seeds` | — | none | what to seed |",
                            "| `retries` | `glue-labels.retries` | `3` | gone |",
                            "",
                            "| `import` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |"))
                    .containsExactly(
                            "README.md line 8: a table for goal import, which plugin.xml does not have: remove it, or fix the goal's"
                                    + " name",
                            "README.md line 6: a row for parameter retries, which goal export does not have in the plugin: remove it,"
                                    + " or fix its name");
        }

        @Test
        @DisplayName("a goal without a table: the whole table to add")
        void missingTable() {
            assertThat(problems("no tables here")).containsExactly("""
                                     README.md has no table of the parameters of goal export: add
                                     | `export` parameter | property | default | meaning |
                                     | --- | --- | --- | --- |
                                     | `timeout` | `glue-labels.timeout` | `30m` | <what it does> |
                                     | `region` | `glue-labels.region` | \u2014 (or, in words, the value the goal works out) | <what it does> |
                                     | `seeds` | \u2014 | \u2014 (or, in words, the value the goal works out) | <what it does> |\
                                     """);
        }

        @Test
        @DisplayName("tables inside code fences are not read")
        void fencedTablesIgnored() {
            assertThat(problems(
                            "```",
                            "| `import` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "```",
                            "| `export` parameter | property | default | meaning |",
                            "| --- | --- | --- | --- |",
                            "| `timeout` | `glue-labels.timeout` | `30m` | how long to wait |",
                            "| `region` | `glue-labels.region` | the SDK's | the region |",
                            "| `seeds` | — | none | what to seed |"))
                    .isEmpty();
        }
    }

    static PluginDescriptor descriptor(Map<String, List<Parameter>> goals) {
        Map<String, List<Parameter>> ordered = new LinkedHashMap<>();
        goals.keySet().stream().sorted().forEach(goal -> ordered.put(goal, goals.get(goal)));
        return new PluginDescriptor(Path.of("plugin.xml"), ordered);
    }
}
