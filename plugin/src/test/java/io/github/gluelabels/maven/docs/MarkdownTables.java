package io.github.gluelabels.maven.docs;

import java.util.ArrayList;
import java.util.List;

/** The pipe tables of a Markdown file, with the line each row is on, for messages that point at it. */
final class MarkdownTables {

    private MarkdownTables() {}

    /**
     * A row of a table.
     *
     * @param line its line in the file, from 1
     * @param cells its cells, trimmed
     */
    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * A table: a header row, the {@code | --- |} row, then rows until a line that does not start with {@code |}.
     *
     * @param header the header row
     * @param rows the rows after the separator
     */
    record Table(Row header, List<Row> rows) {}

    static List<Table> read(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        boolean inFence = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
            }
            if (!inFence
                    && line.startsWith("|")
                    && i + 1 < lines.size()
                    && isSeparator(lines.get(i + 1).strip())) {
                Row header = new Row(i + 1, cells(line));
                List<Row> rows = new ArrayList<>();
                int j = i + 2;
                while (j < lines.size() && lines.get(j).strip().startsWith("|")) {
                    rows.add(new Row(j + 1, cells(lines.get(j).strip())));
                    j++;
                }
                tables.add(new Table(header, rows));
                i = j;
            } else {
                i++;
            }
        }
        return tables;
    }

    private static boolean isSeparator(String line) {
        return line.startsWith("|") && line.matches("\\|(\\s*:?-{3,}:?\\s*\\|)+");
    }

    /** Splits on the pipes that are neither escaped ({@code \|}) nor inside a code span. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        String body = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\' && k + 1 < body.length() && body.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '`') {
                inCode = !inCode;
                cell.append(c);
            } else if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
