package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DownloadSummary: the labels of a download, counted part by part")
class DownloadSummaryTest {

    static final String HEADER = "labeling_set_id,label,name\n";

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();
    final ExportListener listener = new ExportListener() {
        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    };

    int staged;

    /** Stages a downloaded file as the Downloader does: under a number, its target named as in the bucket. */
    private DownloadSummary.Part read(DownloadSummary summary, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(String.valueOf(staged++)), text, StandardCharsets.UTF_8);
        return summary.read(file, target(name), Files.size(file));
    }

    private Path target(String name) {
        return dir.resolve("labels").resolve(name);
    }

    private static String cannotSummarize(String why) {
        return "Cannot summarize the labels: " + why + ". The files were downloaded as they are.";
    }

    @Test
    @DisplayName("adds up the parts, a labeling set spread over two parts counted once")
    void addsUpTheParts() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            DownloadSummary.Part part0 = read(summary, "part-0.csv", HEADER + "s1,A,x\ns2,A,y\n");
            DownloadSummary.Part part1 = read(summary, "part-1.csv", HEADER + "s2,B,z\ns3,A,w\n");
            summary.add(part0);
            summary.add(part1);

            LabelSummary labels = summary.build();

            assertThat(labels.describe())
                    .isEqualTo("4 labels in 3 labeling sets (3 sets: 1 label 2, 2 labels 1); columns: labeling_set_id,"
                            + " label, name");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("closes each part's counts once added")
    void closesTheAddedPart() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            DownloadSummary.Part part = read(summary, "part-0.csv", HEADER + "s1,A,x\n");
            summary.add(part);

            assertThatThrownBy(() -> part.summary().build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this LabelSummaryBuilder is closed");
        }
    }

    @Test
    @DisplayName("without a summary wanted, reads no file and builds none")
    void notWanted() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(false, listener)) {
            DownloadSummary.Part part = read(summary, "part-0.csv", HEADER + "s1,A,x\n");
            assertThat(part).isSameAs(DownloadSummary.Part.SKIPPED);
            summary.add(part);

            assertThat(summary.build()).isNull();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("skips an empty file, and files named _… or .… (_SUCCESS, .crc), whatever they hold")
    void skipsFilesThatAreNoPartOfTheLabels() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            List<DownloadSummary.Part> skipped = List.of(
                    read(summary, "part-1.csv", ""),
                    read(summary, "_SUCCESS", "not a labeling file"),
                    read(summary, ".part-0.csv.crc", "not a labeling file"));
            assertThat(skipped).allSatisfy(part -> assertThat(part).isSameAs(DownloadSummary.Part.SKIPPED));

            skipped.forEach(summary::add);
            assertThat(summary.build()).as("only skipped parts").isNull();

            summary.add(read(summary, "part-0.csv", HEADER + "s1,A,x\n"));
            assertThat(summary.build().describe())
                    .isEqualTo("1 label in 1 labeling set (1 set: 1 label 1); columns: labeling_set_id, label, name");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("a file named like a part but not a labeling file leaves the download without a summary, once said")
    void unreadablePart() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            DownloadSummary.Part good = read(summary, "part-0.csv", HEADER + "s1,A,x\n");
            DownloadSummary.Part bad = read(summary, "part-1.csv", "id,label,name\ns,A,x\n");
            DownloadSummary.Part worse = read(summary, "part-2.csv", "");
            DownloadSummary.Part later = read(summary, "part-3.csv", HEADER + "s2,A,x\n");
            String why = target("part-1.csv") + " is not a labeling file we can read (" + target("part-1.csv")
                    + " line 1: the header must start with the columns labeling_set_id,label, but it starts with \"id\", \"label\")";
            assertThat(bad.summary()).isNull();
            assertThat(bad.unreadable()).isEqualTo(why);

            summary.add(good);
            summary.add(bad);
            summary.add(new DownloadSummary.Part(null, "another problem"));
            summary.add(worse);
            summary.add(later);

            assertThat(summary.build()).isNull();
            assertThat(warnings).containsExactly(cannotSummarize(why));
        }
    }

    @Test
    @DisplayName("closes the counts of a part added after the summary became unusable, which it no longer adds")
    void closesPartsAddedWhenUnusable() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            summary.add(read(summary, "part-0.csv", "id,label,name\ns,A,x\n"));
            DownloadSummary.Part later = read(summary, "part-1.csv", HEADER + "s1,A,x\n");

            summary.add(later);

            assertThatThrownBy(() -> later.summary().build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this LabelSummaryBuilder is closed");
            assertThat(summary.build()).isNull();
        }
        assertThat(warnings).hasSize(1);
    }

    @Test
    @DisplayName("a part whose columns differ from the first's leaves the download without a summary")
    void partsWithOtherColumns() throws IOException {
        try (DownloadSummary summary = new DownloadSummary(true, listener)) {
            summary.add(read(summary, "part-0.csv", HEADER + "s1,A,x\n"));
            summary.add(read(summary, "part-1.csv", "labeling_set_id,label,city\ns2,A,y\n"));

            assertThat(summary.build()).isNull();
        }
        assertThat(warnings)
                .containsExactly(cannotSummarize(target("part-1.csv")
                        + " line 1: the header labeling_set_id,label,city"
                        + " differs from the header of " + target("part-0.csv") + ", labeling_set_id,label,name: every"
                        + " part of an export has the same columns"));
    }

    @Test
    @DisplayName("close closes the counts: the summary cannot be built after")
    void close() throws IOException {
        DownloadSummary summary = new DownloadSummary(true, listener);
        summary.add(read(summary, "part-0.csv", HEADER + "s1,A,x\n"));

        summary.close();

        assertThatThrownBy(summary::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this LabelSummaryBuilder is closed");
    }
}
