package io.github.gluelabels.core.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.diff.DiffSink.SetStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JsonReport: the JSON report, byte for byte")
class JsonReportTest {

    static final String HEADER = "labeling_set_id,label,id,name,phone\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    /** A path as a JSON string holds it (a Windows path's backslashes doubled). */
    static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }

    @Test
    @DisplayName("by primary key: the header, the counts, then every set and record change, one a line")
    void everyChange() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann,5\ns1,A,2,Bob,6\ns2,A,3,Cy,7\n");
        Path b = file("b.csv", "labeling_set_id,label,id,email\ns1,B,1,a\ns3,É\t,4\",d\n");
        Path report = dir.resolve("diff.json");

        LabelDiff.builder().primaryKey("id").examples(0).build().compare(LabelSource.of(a), LabelSource.of(b), report);

        assertThat(Files.readString(report, UTF_8))
                .isEqualTo("{\n"
                        + "  \"from\": \"" + json(a) + "\",\n"
                        + "  \"to\": \"" + json(b) + "\",\n"
                        + "  \"identifiedBy\": \"primary key\",\n"
                        + "  \"keyColumns\": [\"id\"],\n"
                        + "  \"columnsOnlyInFrom\": [\"name\", \"phone\"],\n"
                        + "  \"columnsOnlyInTo\": [\"email\"],\n"
                        + "  \"counts\": {\"setsAdded\": 1, \"setsRemoved\": 1, \"setsChanged\": 1,"
                        + " \"recordsAdded\": 1, \"recordsRemoved\": 2, \"recordsRelabeled\": 1, \"fromRecords\": 3,"
                        + " \"toRecords\": 2, \"fromSets\": 2, \"toSets\": 2},\n"
                        + "  \"sets\": [\n"
                        + "    {\"change\": \"changed\", \"labeling_set_id\": \"s1\"},\n"
                        + "    {\"change\": \"removed\", \"labeling_set_id\": \"s2\"},\n"
                        + "    {\"change\": \"added\", \"labeling_set_id\": \"s3\"}\n"
                        + "  ],\n"
                        + "  \"records\": [\n"
                        + "    {\"change\": \"relabeled\", \"labeling_set_id\": \"s1\", \"record\": {\"id\": \"1\"},"
                        + " \"from\": \"A\", \"to\": \"B\"},\n"
                        + "    {\"change\": \"removed\", \"labeling_set_id\": \"s1\", \"record\": {\"id\": \"2\"},"
                        + " \"from\": \"A\"},\n"
                        + "    {\"change\": \"removed\", \"labeling_set_id\": \"s2\", \"record\": {\"id\": \"3\"},"
                        + " \"from\": \"A\"},\n"
                        + "    {\"change\": \"added\", \"labeling_set_id\": \"s3\", \"record\": {\"id\": \"4\\\"\"},"
                        + " \"to\": \"É\\t\"}\n"
                        + "  ]\n"
                        + "}\n");
    }

    @Test
    @DisplayName("by all fields, identical sides: every key column, and empty arrays on one line")
    void identical() throws IOException {
        Path a = file("a.csv", HEADER + "s1,A,1,Ann,5\n");
        Path b = file("b.csv", HEADER + "s1,A,1,Ann,5\n");
        Path report = dir.resolve("diff.json");

        LabelDiff.builder().build().compare(LabelSource.of(a), LabelSource.of(b), report);

        assertThat(Files.readString(report, UTF_8))
                .isEqualTo("{\n"
                        + "  \"from\": \"" + json(a) + "\",\n"
                        + "  \"to\": \"" + json(b) + "\",\n"
                        + "  \"identifiedBy\": \"all fields\",\n"
                        + "  \"keyColumns\": [\"id\", \"name\", \"phone\"],\n"
                        + "  \"columnsOnlyInFrom\": [],\n"
                        + "  \"columnsOnlyInTo\": [],\n"
                        + "  \"counts\": {\"setsAdded\": 0, \"setsRemoved\": 0, \"setsChanged\": 0,"
                        + " \"recordsAdded\": 0, \"recordsRemoved\": 0, \"recordsRelabeled\": 0, \"fromRecords\": 1,"
                        + " \"toRecords\": 1, \"fromSets\": 1, \"toSets\": 1},\n"
                        + "  \"sets\": [],\n"
                        + "  \"records\": []\n"
                        + "}\n");
    }

    @Test
    @DisplayName("close() writes out what the parts hold, so their files are whole before the scratch folder goes")
    void closeFlushesTheParts() throws IOException {
        List<Path> created = new ArrayList<>();
        try (ScratchFolder scratch = ScratchFolder.create(dir, created::add)) {
            JsonReport report = new JsonReport(scratch, List.of("id"));
            report.set("s1", SetStatus.ADDED);
            report.set("s0", SetStatus.UNCHANGED);
            report.recordAdded("s1", new String[] {"7"}, "A");

            report.close();

            assertThat(created).hasSize(3);
            assertThat(Files.readString(created.get(1), UTF_8))
                    .isEqualTo("\n    {\"change\": \"added\", \"labeling_set_id\": \"s1\"}");
            assertThat(Files.readString(created.get(2), UTF_8))
                    .isEqualTo("\n    {\"change\": \"added\", \"labeling_set_id\": \"s1\", \"record\": {\"id\": \"7\"},"
                            + " \"to\": \"A\"}");
            report.close();
        }
    }
}
