package io.github.gluelabels.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic labeling file of a given number of labels: labeling sets of 1 to 8 rows, UTF-8 names, quoted
 * commas, about 100 bytes per label. Usage: {@code LabelsGenerator <labels> <file>}; reuses an existing file.
 */
public final class LabelsGenerator {

    private static final String[] FIRST = {"Zoë", "José", "Åsa", "Miyuki", "東京", "Ольга", "Émile", "Ngozi", "Li", "Ana"
    };
    private static final String[] LAST = {"Müller", "Ó Súilleabháin", "Nakamura", "Smith", "García", "Kowalski"};
    private static final String[] CITY = {"Paris", "São Paulo", "Zürich", "München", "Kraków", "Lagos", "大阪"};

    private LabelsGenerator() {}

    public static void main(String[] args) throws IOException {
        generate(Long.parseLong(args[0]), Path.of(args[1]));
    }

    /** @return the file, written unless it exists already */
    public static Path generate(long labels, Path file) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(42);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("labeling_set_id,label,customer_id,name,address,city,email\n");
            long written = 0;
            long set = 0;
            while (written < labels) {
                int size = 1 + random.nextInt(8);
                for (int i = 0; i < size && written < labels; i++, written++) {
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    out.write("set-" + set + "," + (char) ('A' + random.nextInt(3)) + ",c" + written + ",\"" + name
                            + "\",\""
                            + (1 + random.nextInt(999)) + ", Rue de la Paix\"," + CITY[random.nextInt(CITY.length)]
                            + ",u" + written
                            + "@example.com\n");
                }
                set++;
            }
        }
        Files.move(temp, file);
        return file;
    }
}
