package io.github.gluelabels.fake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A labeling file for the standalone tests, with the fields that break naive CSV: commas, quotes, line breaks. */
final class StandaloneLabels {

    private StandaloneLabels() {}

    /**
     * Writes {@code rows} labels, two per labeling set.
     *
     * @return the file's text
     */
    static String write(Path file, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("labeling_set_id,label,name,city\n");
        for (int i = 0; i < rows; i++) {
            String name = switch (i % 4) {
                case 0 -> "\"Zoë, " + i + "\"";
                case 1 -> "\"line one\nline two " + i + "\"";
                case 2 -> "\"He said \"\"hi\"\" " + i + "\"";
                default -> "plain " + i;
            };
            csv.append("set-")
                    .append(i / 2)
                    .append(',')
                    .append(i % 3 == 0 ? "A" : "B")
                    .append(',')
                    .append(name)
                    .append(",東京\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return csv.toString();
    }
}
