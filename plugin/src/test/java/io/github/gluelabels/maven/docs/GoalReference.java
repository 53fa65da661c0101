package io.github.gluelabels.maven.docs;

import io.github.gluelabels.maven.docs.MarkdownTables.Row;
import io.github.gluelabels.maven.docs.MarkdownTables.Table;
import io.github.gluelabels.maven.docs.PluginDescriptor.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the README's parameter tables with the plugin descriptor. Each goal but {@code help} has a table headed
 * {@code | `goal` parameter | property | default | meaning |}, with one row per parameter a user can set: its user
 * property in code ({@code —} when it has none); its default in code when the descriptor has one, exactly as written
 * there, and in words (not starting with code) when the goal works it out; and what it means. Every problem comes
 * with the row to write.
 */
final class GoalReference {

    /** The goals described by the help goal itself, not by a README table. */
    private static final String HELP = "help";

    private static final String NONE = "—";

    private GoalReference() {}

    static List<String> problems(PluginDescriptor descriptor, List<String> readme) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Table table : MarkdownTables.read(readme)) {
            String first = table.header().cell(0);
            if (first.matches("`[^`]+` parameter")) {
                String goal = first.substring(1, first.indexOf('`', 1));
                if (!descriptor.goals().containsKey(goal) || goal.equals(HELP)) {
                    problems.add("README.md line " + table.header().line() + ": a table for goal " + goal + ", which "
                            + descriptor.file() + " does not have: remove it, or fix the goal's name");
                }
                tables.put(goal, table);
            }
        }
        descriptor.goals().forEach((goal, parameters) -> {
            if (goal.equals(HELP)) {
                return;
            }
            Table table = tables.get(goal);
            if (table == null) {
                StringBuilder rows = new StringBuilder();
                parameters.forEach(p -> rows.append("\n").append(expectedRow(p)));
                problems.add("README.md has no table of the parameters of goal " + goal + ": add\n| `" + goal
                        + "` parameter | property | default | meaning |\n| --- | --- | --- | --- |" + rows);
            } else {
                problems.addAll(compare(goal, table, parameters));
            }
        });
        return problems;
    }

    private static List<String> compare(String goal, Table table, List<Parameter> parameters) {
        List<String> problems = new ArrayList<>();
        String where = "the table of goal " + goal + " (README.md line "
                + table.header().line() + ")";
        List<String> header = table.header().cells();
        if (!header.equals(List.of("`" + goal + "` parameter", "property", "default", "meaning"))) {
            problems.add("README.md line " + table.header().line() + ": the header of " + where + " must be | `" + goal
                    + "` parameter | property | default | meaning |, not | " + String.join(" | ", header) + " |");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String name = row.cell(0).replace("`", "");
            if (rows.putIfAbsent(name, row) != null) {
                problems.add("README.md line " + row.line() + ": a second row for parameter " + name + " in " + where
                        + " (the first is on line " + rows.get(name).line() + "): remove one");
            }
        }
        for (Parameter parameter : parameters) {
            Row row = rows.remove(parameter.name());
            if (row == null) {
                problems.add("README.md: " + where + " has no row for parameter " + parameter.name() + ": add\n"
                        + expectedRow(parameter));
                continue;
            }
            String fix = "; the row should read " + expectedRow(parameter, row.cell(2), row.cell(3));
            if (!row.cell(0).equals("`" + parameter.name() + "`")) {
                problems.add(at(row) + "the name of parameter " + parameter.name() + " is written " + row.cell(0)
                        + ", not in code" + fix);
            }
            String property = row.cell(1);
            if (parameter.property() == null
                    ? !property.startsWith(NONE)
                    : !property.equals(code(parameter.property()))) {
                problems.add(at(row) + "parameter " + parameter.name() + " has the user property "
                        + (parameter.property() == null ? "none (write " + NONE + ")" : code(parameter.property()))
                        + " in the plugin, the README says " + property + fix);
            }
            String defaultCell = row.cell(2);
            if (parameter.defaultValue() != null && !startsWithCode(defaultCell, parameter.defaultValue())) {
                problems.add(at(row) + "parameter " + parameter.name() + " has the default "
                        + code(parameter.defaultValue()) + " in the plugin, the README says " + defaultCell + fix);
            } else if (parameter.defaultValue() == null && defaultCell.startsWith("`")) {
                problems.add(at(row) + "parameter " + parameter.name()
                        + " has no default value in the plugin (the goal works"
                        + " one out, or there is none), but the README's default starts with code, " + defaultCell
                        + ", which stands for the plugin's own default: say it in words, e.g. \"when waiting, `true`\", or "
                        + NONE + fix);
            }
            if (row.cell(3).isEmpty()) {
                problems.add(at(row) + "parameter " + parameter.name() + " has no meaning: say what it does" + fix);
            }
        }
        rows.forEach((name, row) -> problems.add(at(row) + "a row for parameter " + name + ", which goal " + goal
                + " does not have in the plugin: remove it, or fix its name"));
        return problems;
    }

    private static String at(Row row) {
        return "README.md line " + row.line() + ": ";
    }

    private static boolean startsWithCode(String cell, String value) {
        return cell.equals(code(value)) || cell.startsWith(code(value) + " ");
    }

    private static String code(String value) {
        return "`" + value + "`";
    }

    private static String expectedRow(Parameter parameter) {
        return expectedRow(parameter, null, null);
    }

    private static String expectedRow(Parameter parameter, String defaultCell, String meaning) {
        String defaultText;
        if (parameter.defaultValue() != null) {
            defaultText = defaultCell != null && startsWithCode(defaultCell, parameter.defaultValue())
                    ? defaultCell
                    : code(parameter.defaultValue());
        } else {
            defaultText = defaultCell != null && !defaultCell.isEmpty() && !defaultCell.startsWith("`")
                    ? defaultCell
                    : NONE + " (or, in words, the value the goal works out)";
        }
        return "| " + code(parameter.name()) + " | "
                + (parameter.property() == null ? NONE : code(parameter.property())) + " | " + defaultText + " | "
                + (meaning == null || meaning.isEmpty() ? "<what it does>" : meaning) + " |";
    }
}
