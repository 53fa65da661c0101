package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

@Label("LabelDiff finds what a diff of the two sides held in maps finds, whatever its memory budget")
class LabelDiffPropertiesTest {

    record Row(String setId, String label, String id) {
        String csv() {
            return setId + "," + label + "," + id + "\n";
        }
    }

    /** What the oracle and the report count, per record of a set and per set. */
    record Counts(Map<String, List<Integer>> byRecord, Map<String, String> bySet) {}

    @Property(tries = 200)
    @Label("counts per record and per set, as the oracle written from the rules counts them")
    void matchesAnInMemoryDiff(
            @ForAll("rows") List<Row> from, @ForAll("rows") List<Row> to, @ForAll("budgets") long budget)
            throws IOException {
        Path dir = Files.createTempDirectory("label-diff-property-");
        try {
            Path fromFile = write(dir.resolve("from.csv"), from);
            Path toFile = write(dir.resolve("to.csv"), to);
            Path report = dir.resolve("report.json");

            DiffResult result = LabelDiff.builder()
                    .memoryBudget(budget)
                    .tempFolder(dir)
                    .build()
                    .compare(LabelSource.of(fromFile), LabelSource.of(toFile), report);

            Counts expected = oracle(from, to);
            assertThat(fromReport(report)).isEqualTo(expected);
            assertThat(result.counts().recordsAdded()).isEqualTo(sum(expected, 0));
            assertThat(result.counts().recordsRemoved()).isEqualTo(sum(expected, 1));
            assertThat(result.counts().recordsRelabeled()).isEqualTo(sum(expected, 2));
            assertThat(result.counts().setsChanged()).isEqualTo(count(expected, "changed"));
            assertThat(result.counts().setsAdded()).isEqualTo(count(expected, "added"));
            assertThat(result.counts().setsRemoved()).isEqualTo(count(expected, "removed"));
            assertThat(result.counts().fromRecords()).isEqualTo(from.size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Per set and record: the labels of each side as a multiset; what is on both as often is unchanged. */
    static Counts oracle(List<Row> from, List<Row> to) {
        Map<String, Map<String, Integer>> fromLabels = multisets(from);
        Map<String, Map<String, Integer>> toLabels = multisets(to);
        Map<String, List<Integer>> byRecord = new TreeMap<>();
        Map<String, String> bySet = new TreeMap<>();
        List<String> records = new ArrayList<>(fromLabels.keySet());
        toLabels.keySet().stream().filter(r -> !fromLabels.containsKey(r)).forEach(records::add);
        for (String record : records) {
            Map<String, Integer> f = fromLabels.getOrDefault(record, Map.of());
            Map<String, Integer> t = toLabels.getOrDefault(record, Map.of());
            int fromCount = f.values().stream().mapToInt(Integer::intValue).sum();
            int toCount = t.values().stream().mapToInt(Integer::intValue).sum();
            int same = 0;
            for (Map.Entry<String, Integer> label : f.entrySet()) {
                same += Math.min(label.getValue(), t.getOrDefault(label.getKey(), 0));
            }
            int relabeled = Math.min(fromCount - same, toCount - same);
            List<Integer> changes = List.of(toCount - same - relabeled, fromCount - same - relabeled, relabeled);
            if (!changes.equals(List.of(0, 0, 0))) {
                byRecord.put(record, changes);
            }
        }
        for (String set : sets(from, to)) {
            boolean inFrom = from.stream().anyMatch(r -> r.setId().equals(set));
            boolean inTo = to.stream().anyMatch(r -> r.setId().equals(set));
            boolean changed = byRecord.keySet().stream().anyMatch(r -> r.startsWith(set + "|"));
            String status = !inFrom ? "added" : !inTo ? "removed" : changed ? "changed" : null;
            if (status != null) {
                bySet.put(set, status);
            }
        }
        return new Counts(byRecord, bySet);
    }

    static Map<String, Map<String, Integer>> multisets(List<Row> rows) {
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        for (Row row : rows) {
            labels.computeIfAbsent(row.setId() + "|" + row.id(), r -> new HashMap<>())
                    .merge(row.label(), 1, Integer::sum);
        }
        return labels;
    }

    static List<String> sets(List<Row> from, List<Row> to) {
        return Stream.concat(from.stream(), to.stream())
                .map(Row::setId)
                .distinct()
                .toList();
    }

    static Counts fromReport(Path report) throws IOException {
        Map<String, JsonNode> json =
                JsonNodeParser.create().parse(Files.readString(report, UTF_8)).asObject();
        Map<String, List<Integer>> byRecord = new TreeMap<>();
        for (JsonNode change : json.get("records").asArray()) {
            Map<String, JsonNode> fields = change.asObject();
            String record = fields.get("labeling_set_id").asString() + "|"
                    + fields.get("record").asObject().get("id").asString();
            int kind = List.of("added", "removed", "relabeled")
                    .indexOf(fields.get("change").asString());
            List<Integer> counts = byRecord.computeIfAbsent(record, r -> new ArrayList<>(List.of(0, 0, 0)));
            counts.set(kind, counts.get(kind) + 1);
        }
        Map<String, String> bySet = new TreeMap<>();
        for (JsonNode change : json.get("sets").asArray()) {
            bySet.put(
                    change.asObject().get("labeling_set_id").asString(),
                    change.asObject().get("change").asString());
        }
        return new Counts(byRecord, bySet);
    }

    static long sum(Counts counts, int kind) {
        return counts.byRecord().values().stream().mapToLong(c -> c.get(kind)).sum();
    }

    static long count(Counts counts, String status) {
        return counts.bySet().values().stream().filter(status::equals).count();
    }

    static Path write(Path file, List<Row> rows) throws IOException {
        StringBuilder text = new StringBuilder("labeling_set_id,label,id\n");
        rows.forEach(row -> text.append(row.csv()));
        return Files.writeString(file, text, UTF_8);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> sets = Arbitraries.of("s1", "s2", "s3", "s10");
        Arbitrary<String> labels = Arbitraries.of("A", "B", "C");
        Arbitrary<String> ids = Arbitraries.of("1", "2", "3", "é");
        return Combinators.combine(sets, labels, ids).as(Row::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Long> budgets() {
        // 1 byte: every entry its own sorted run; 300 bytes: a few entries a run; 8 MB: all in memory
        return Arbitraries.of(1L, 300L, 8L * 1024 * 1024);
    }
}
