package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DownloadResult: what a download wrote, and what it says about itself")
class DownloadResultTest {

    static final S3Uri SOURCE = new S3Uri("bucket", "out/");
    static final Path DIRECTORY = Path.of("labels");
    static final DownloadedFile PART_0 = new DownloadedFile("out/part-0.csv", Path.of("part-0.csv"), 120);
    static final DownloadedFile PART_1 = new DownloadedFile("out/part-1.csv", Path.of("part-1.csv"), 80);
    static final LabelSummary SUMMARY =
            new LabelSummary(5, 3, List.of("labeling_set_id", "label", "name"), new TreeMap<>(Map.of(1, 2L, 2, 1L)));
    static final Duration DURATION = Duration.ofMillis(1500);

    static DownloadResult result() {
        return new DownloadResult(SOURCE, DIRECTORY, List.of(PART_0, PART_1), 200, 3, SUMMARY, DURATION);
    }

    static DownloadResult withoutSummary(DownloadedFile... files) {
        long bytes = 0;
        for (DownloadedFile file : files) {
            bytes += file.size();
        }
        return new DownloadResult(SOURCE, DIRECTORY, List.of(files), bytes, 0, null, DURATION);
    }

    static String noSummary(String files) {
        return "No summary of the labels downloaded from s3://bucket/out/ to labels (" + files + "): the download was"
                + " asked for none (ExportOptions.summarizing(false), LabelExporter.download(path, folder, false), the"
                + " goal's summarize=false), or a file is not a labeling file (the warning \"Cannot summarize the"
                + " labels\" named it), or no file holds labels. Downloads summarize by default:"
                + " ExportOptions.defaults().downloadingTo(folder). Code that may go either way checks hasSummary()"
                + " first.";
    }

    @Test
    @DisplayName("gives back what it was made of, with a copy of the files")
    void accessors() {
        List<DownloadedFile> files = new ArrayList<>(List.of(PART_0, PART_1));
        DownloadResult result = new DownloadResult(SOURCE, DIRECTORY, files, 200, 3, SUMMARY, DURATION);
        files.clear();

        assertThat(result.source()).isEqualTo(new S3Uri("bucket", "out/"));
        assertThat(result.directory()).isEqualTo(Path.of("labels"));
        assertThat(result.files()).containsExactly(PART_0, PART_1);
        assertThat(result.bytes()).isEqualTo(200);
        assertThat(result.earlierObjectsLeftAside()).isEqualTo(3);
        assertThat(result.hasSummary()).isTrue();
        assertThat(result.summary()).isSameAs(SUMMARY);
        assertThat(result.duration()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("refuses a missing source, folder or duration, naming it")
    void refusesNulls() {
        assertThatThrownBy(() -> new DownloadResult(null, DIRECTORY, List.of(), 0, 0, null, DURATION))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
        assertThatThrownBy(() -> new DownloadResult(SOURCE, null, List.of(), 0, 0, null, DURATION))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("directory");
        assertThatThrownBy(() -> new DownloadResult(SOURCE, DIRECTORY, List.of(), 0, 0, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("duration");
    }

    @Test
    @DisplayName("without a summary, hasSummary() is false and summary() says why, counting one file")
    void noSummaryOfOneFile() {
        DownloadResult result = withoutSummary(PART_0);

        assertThat(result.hasSummary()).isFalse();
        assertThatThrownBy(result::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(noSummary("1 file"));
    }

    @Test
    @DisplayName("without a summary, summary() counts several files, or none, in the plural")
    void noSummaryOfSeveralFilesOrNone() {
        assertThatThrownBy(withoutSummary(PART_0, PART_1)::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(noSummary("2 files"));
        assertThatThrownBy(withoutSummary()::summary)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(noSummary("0 files"));
    }

    @Test
    @DisplayName("toString names every part, the summary in words")
    void toStringWithSummary() {
        assertThat(result())
                .hasToString("DownloadResult[source=s3://bucket/out/, directory=labels, files=["
                        + "DownloadedFile[key=out/part-0.csv, file=part-0.csv, size=120], "
                        + "DownloadedFile[key=out/part-1.csv, file=part-1.csv, size=80]], bytes=200,"
                        + " earlierObjectsLeftAside=3, summary=5 labels in 3 labeling sets (3 sets: 1 label 2, 2 labels"
                        + " 1); columns: labeling_set_id, label, name, duration=PT1.5S]");
    }

    @Test
    @DisplayName("toString says summary=none without one")
    void toStringWithoutSummary() {
        assertThat(withoutSummary(PART_0))
                .hasToString("DownloadResult[source=s3://bucket/out/, directory=labels, files=["
                        + "DownloadedFile[key=out/part-0.csv, file=part-0.csv, size=120]], bytes=120,"
                        + " earlierObjectsLeftAside=0, summary=none, duration=PT1.5S]");
    }

    @Test
    @DisplayName("equals a result made of equal parts, with the same hash code")
    void equalParts() {
        DownloadResult copy = new DownloadResult(
                new S3Uri("bucket", "out/"),
                Path.of("labels"),
                new ArrayList<>(List.of(PART_0, PART_1)),
                200,
                3,
                new LabelSummary(
                        5, 3, List.of("labeling_set_id", "label", "name"), new TreeMap<>(Map.of(1, 2L, 2, 1L))),
                Duration.ofMillis(1500));

        assertThat(result()).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(withoutSummary(PART_0)).isEqualTo(withoutSummary(PART_0)).hasSameHashCodeAs(withoutSummary(PART_0));
    }

    @Test
    @DisplayName("differs from a result that differs in any one part, and from what is no DownloadResult")
    void differentParts() {
        DownloadResult result = result();
        List<DownloadResult> others = List.of(
                new DownloadResult(
                        new S3Uri("bucket", "other/"), DIRECTORY, List.of(PART_0, PART_1), 200, 3, SUMMARY, DURATION),
                new DownloadResult(SOURCE, Path.of("other"), List.of(PART_0, PART_1), 200, 3, SUMMARY, DURATION),
                new DownloadResult(SOURCE, DIRECTORY, List.of(PART_0), 200, 3, SUMMARY, DURATION),
                new DownloadResult(SOURCE, DIRECTORY, List.of(PART_0, PART_1), 201, 3, SUMMARY, DURATION),
                new DownloadResult(SOURCE, DIRECTORY, List.of(PART_0, PART_1), 200, 4, SUMMARY, DURATION),
                new DownloadResult(SOURCE, DIRECTORY, List.of(PART_0, PART_1), 200, 3, null, DURATION),
                new DownloadResult(
                        SOURCE, DIRECTORY, List.of(PART_0, PART_1), 200, 3, SUMMARY, Duration.ofMillis(1501)));

        for (DownloadResult other : others) {
            assertThat(result).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(result);
            assertThat(result.hashCode()).as("hash code of %s", other).isNotEqualTo(other.hashCode());
        }
        assertThat(result).isNotEqualTo(null).isNotEqualTo(result.toString());
    }
}
