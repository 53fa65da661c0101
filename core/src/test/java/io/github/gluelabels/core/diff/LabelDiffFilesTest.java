package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

@DisplayName("LabelDiff's files: its temporary files and its JSON report")
class LabelDiffFilesTest {

    static final String HEADER = "labeling_set_id,label,id,note\n";

    /** More records than the merge takes runs at once: with a budget of 1 byte, each record is a run. */
    private static final int RECORDS = SortedRuns.FAN_IN + 100;

    @TempDir
    Path dir;

    /** 200 records in 40 sets; every tenth one relabeled on the second side when {@code relabel}. */
    Path labels(String name, boolean relabel) throws IOException {
        return labels(name, relabel, 200);
    }

    /** As {@link #labels(String, boolean)}, with {@code count} records. */
    Path labels(String name, boolean relabel, int count) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            String label = relabel && i % 10 == 0 ? "B" : "A";
            text.append("set-")
                    .append(i % 40)
                    .append(',')
                    .append(label)
                    .append(",r")
                    .append(i)
                    .append(",\"a, \"\"b\"\"\n\"\n");
        }
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    @Test
    @DisplayName(
            "sorts in runs past its budget, merging more than its fan-in of them in two passes, and deletes every one")
    void deletesItsRuns() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("temp"));
        List<Path> created = new ArrayList<>();

        DiffResult result = LabelDiff.builder()
                .memoryBudget(1)
                .tempFolder(temp)
                .onScratchFile(created::add)
                .build()
                .compare(
                        LabelSource.of(labels("from.csv", false, RECORDS)),
                        LabelSource.of(labels("to.csv", true, RECORDS)),
                        dir.resolve("report.json"));

        assertThat(result.counts().recordsRelabeled()).isEqualTo((RECORDS + 9) / 10); // records 0, 10, 20, …
        // records 0, 10, 20, … are in sets 0, 10, 20 and 30
        assertThat(result.counts().setsChanged()).isEqualTo(4);
        // the folder, a run a record, the merged runs of the first pass, the report's two parts
        assertThat(created).hasSizeGreaterThan(2 * RECORDS);
        assertThat(created.stream().filter(file -> file.getFileName().toString().startsWith("merged")))
                .isNotEmpty();
        assertThat(created).allSatisfy(file -> assertThat(file).doesNotExist());
    }

    @Test
    @DisplayName("deletes its runs when the second side fails after the first was sorted, and writes no report")
    void deletesItsRunsOnFailure() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("temp"));
        List<Path> created = new ArrayList<>();
        // 200 good records (two lines each), then a ragged one: the second side writes 200 runs before it fails
        Path ragged = labels("to.csv", false);
        Files.writeString(ragged, "set-1,A\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path report = dir.resolve("report.json");

        assertThatThrownBy(() -> LabelDiff.builder()
                        .memoryBudget(1)
                        .tempFolder(temp)
                        .onScratchFile(created::add)
                        .build()
                        .compare(LabelSource.of(labels("from.csv", false)), LabelSource.of(ragged), report))
                .isInstanceOf(LabelingFileException.class)
                .hasMessageStartingWith(ragged + " line 402: the record has 2 fields");

        assertThat(created).hasSizeGreaterThan(200);
        assertThat(created).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(report).doesNotExist();
    }

    @Test
    @DisplayName("stops reading the first side once the second has failed, and tells the second side's problem")
    void stopsTheOtherSide() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("temp"));
        List<Path> fromRuns = new ArrayList<>();
        // ragged at its first record: the second side fails before it writes a run (a run would need the lock the
        // first side holds while it waits below)
        Path ragged = Files.writeString(dir.resolve("to.csv"), HEADER + "set-1,A\n", UTF_8);

        assertThatThrownBy(() -> LabelDiff.builder()
                        .memoryBudget(1)
                        .tempFolder(temp)
                        .onScratchFile(file -> {
                            if (file.getFileName().toString().startsWith("from-run")) {
                                fromRuns.add(file);
                                // the first side's first run waits until the second side's thread has failed
                                awaitEndOfThreadsNamed(TwoSideRead.threadName(LabelSource.of(ragged)));
                            }
                        })
                        .build()
                        .compare(
                                LabelSource.of(labels("from.csv", false, 5_000)),
                                LabelSource.of(ragged),
                                dir.resolve("report.json")))
                .isInstanceOf(LabelingFileException.class)
                .hasMessageStartingWith(ragged + " line 2: the record has 2 fields")
                .satisfies(problem -> assertThat(problem.getSuppressed()).isEmpty());

        // a run a record: without the stop, the first side would have written 5,000; with it, none when the second side
        // failed before the first side's first record, else the one that waited
        assertThat(fromRuns).hasSizeLessThanOrEqualTo(1);
    }

    private static void awaitEndOfThreadsNamed(String name) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(name) && thread.isAlive())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the thread " + name + " did not end within 60 s");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    @DisplayName("leaves a file it did not create in its temporary folder, and the folder with it")
    void leavesOthersFiles() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("temp"));
        List<Path> created = new ArrayList<>();
        Path from = labels("from.csv", false);
        LabelDiff diff = LabelDiff.builder()
                .memoryBudget(1)
                .tempFolder(temp)
                .onScratchFile(file -> {
                    created.add(file);
                    if (created.size() == 1) {
                        write(file.resolve("someone-elses.txt"));
                    }
                })
                .build();

        diff.compare(from, from);

        assertThat(created.get(0).resolve("someone-elses.txt")).hasContent("mine");
        assertThat(created.subList(1, created.size()))
                .allSatisfy(file -> assertThat(file).doesNotExist());
    }

    @Test
    @DisplayName("reads a side again, strictly, when a later file is not plainly well formed, counting nothing twice")
    void readsASideAgainStrictly() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("side"));
        String plain = Files.readString(labels("a.csv", false), UTF_8);
        Files.writeString(folder.resolve("a.csv"), plain, UTF_8);
        // line breaks as a lone CR: the careful reader takes them, the byte-level pass gives up on them
        String second = Files.readString(labels("b.csv", true), UTF_8)
                .replace(",r", ",q")
                .replace("\"\"\n\"", "\"\"\""); // no line break inside a field: all of them turn into CR
        Files.writeString(folder.resolve("b.csv"), second.replace("\n", "\r"), UTF_8);
        Path asLf = Files.writeString(dir.resolve("all.csv"), plain + second.substring(HEADER.length()), UTF_8);

        DiffResult result = LabelDiff.builder().memoryBudget(1).build().compare(folder, asLf);

        assertThat(result.counts().fromRecords()).isEqualTo(400);
        assertThat(result.counts().toRecords()).isEqualTo(400);
        assertThat(result.counts().recordsAdded()
                        + result.counts().recordsRemoved()
                        + result.counts().recordsRelabeled())
                .isZero();
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "mine", UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("the JSON report lists every change, its values escaped, the counts first")
    void report() throws IOException {
        Path from = Files.writeString(dir.resolve("a.csv"), HEADER + "s1,A,1,\"x\"\"\ny\"\ns2,A,2,\\\n", UTF_8);
        Path to = Files.writeString(dir.resolve("b.csv"), HEADER + "s1,B,1,\"x\"\"\ny\"\ns3,A,3,\t\n", UTF_8);
        Path report = dir.resolve("out/diff.json");

        DiffResult result =
                LabelDiff.builder().examples(0).build().compare(LabelSource.of(from), LabelSource.of(to), report);

        assertThat(result.report()).contains(report);
        assertThat(result.recordExamples(RecordChange.Kind.RELABELED)).isEmpty();
        String text = Files.readString(report, UTF_8);
        assertThat(text.indexOf("\"counts\"")).isLessThan(text.indexOf("\"records\""));
        Map<String, JsonNode> json = JsonNodeParser.create().parse(text).asObject();
        assertThat(json.get("from").asString()).isEqualTo(from.toString());
        assertThat(json.get("identifiedBy").asString()).isEqualTo("all fields");
        assertThat(json.get("counts").asObject().get("recordsRelabeled").asNumber())
                .isEqualTo("1");
        assertThat(json.get("sets").asArray())
                .extracting(set -> set.asObject().get("labeling_set_id").asString() + " "
                        + set.asObject().get("change").asString())
                .containsExactly("s1 changed", "s2 removed", "s3 added");
        List<JsonNode> records = json.get("records").asArray();
        assertThat(records).hasSize(3);
        Map<String, JsonNode> relabeled = records.get(0).asObject();
        assertThat(relabeled.get("change").asString()).isEqualTo("relabeled");
        assertThat(relabeled.get("record").asObject().get("note").asString()).isEqualTo("x\"\ny");
        assertThat(relabeled.get("from").asString()).isEqualTo("A");
        assertThat(relabeled.get("to").asString()).isEqualTo("B");
        assertThat(records.get(1)
                        .asObject()
                        .get("record")
                        .asObject()
                        .get("note")
                        .asString())
                .isEqualTo("\\");
        assertThat(records.get(1).asObject()).doesNotContainKey("to");
        assertThat(records.get(2)
                        .asObject()
                        .get("record")
                        .asObject()
                        .get("note")
                        .asString())
                .isEqualTo("\t");
        // the report moved into place whole: nothing else in its folder, no temporary file beside it
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(report);
        }
    }
}
