package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunRequest;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.GetMlTransformRequest;
import software.amazon.awssdk.services.glue.model.GetMlTransformResponse;
import software.amazon.awssdk.services.glue.model.SchemaColumn;
import software.amazon.awssdk.services.glue.model.StartImportLabelsTaskRunRequest;
import software.amazon.awssdk.services.glue.model.StartImportLabelsTaskRunResponse;

/**
 * What an import says about the labels it replaces before it uploads: a warning for a replace without a backup, a word
 * when there is nothing to back up, and nothing for an add. A backup of labels is an export (core-it runs those); here
 * Glue knows no export, so an import that tried one would fail.
 */
class ImportRunTest {

    @TempDir
    Path folder;

    /** A Glue with one transform whose label count is read from a list, which starts imports that succeed. */
    private static final class ImportingGlue extends StubGlue {
        final Deque<Long> labelCounts = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public GetMlTransformResponse getMLTransform(GetMlTransformRequest request) {
            calls.add("read " + request.transformId());
            return GetMlTransformResponse.builder()
                    .transformId(request.transformId())
                    .schema(SchemaColumn.builder()
                            .name("name")
                            .dataType("string")
                            .build())
                    .labelCount(labelCounts.removeFirst().intValue())
                    .build();
        }

        @Override
        public StartImportLabelsTaskRunResponse startImportLabelsTaskRun(StartImportLabelsTaskRunRequest request) {
            calls.add("import " + request.inputS3Path() + " replace " + request.replaceAllLabels());
            return StartImportLabelsTaskRunResponse.builder().taskRunId("run-1").build();
        }

        @Override
        public GetMlTaskRunResponse getMLTaskRun(GetMlTaskRunRequest request) {
            calls.add("status " + request.taskRunId());
            return GetMlTaskRunResponse.builder()
                    .transformId(request.transformId())
                    .taskRunId(request.taskRunId())
                    .status("SUCCEEDED")
                    .build();
        }
    }

    private final ImportingGlue glue = new ImportingGlue();
    private final RecordingS3 s3 = new RecordingS3();
    private final List<String> heard = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void info(String message) {
            heard.add("info " + message);
        }

        @Override
        public void warning(String message) {
            heard.add("warning " + message);
        }
    };

    private ImportResult importLabels(ImportOptions options, long before, long after) throws IOException {
        glue.labelCounts.add(before);
        glue.labelCounts.add(after);
        Path labels = Files.createDirectories(folder.resolve("labels"));
        Files.writeString(labels.resolve("a.csv"), "labeling_set_id,label,name\ns1,A,x\n", StandardCharsets.UTF_8);
        LabelImporter importer = LabelImporter.builder()
                .glue(glue)
                .s3(s3)
                .region("eu-west-1")
                .listener(listener)
                .clock(Clock.fixed(Instant.parse("2026-12-06T10:15:30Z"), ZoneOffset.UTC))
                .sleeper(d -> {})
                .build();
        return importer.importLabels(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), options);
    }

    private List<String> importCalls(boolean replace) {
        return List.of("read tfm-1", "import s3://bucket/in/ replace " + replace, "status run-1", "read tfm-1");
    }

    @Test
    void aReplaceWithoutABackupIsWarnedOf() throws IOException {
        ImportResult result =
                importLabels(ImportOptions.defaults().replacingAllLabels().withoutBackup(), 5, 1);

        assertThat(heard)
                .containsExactly("warning NO BACKUP: this import replaces all the labels of transform tfm-1 (5 now)"
                        + " and no copy of them is kept, as asked (backup off). What it replaces cannot be brought"
                        + " back.");
        assertThat(glue.calls).containsExactlyElementsOf(importCalls(true));
        assertThat(result.labelCountBefore()).isEqualTo(5);
        assertThat(result.labelCountAfter()).isEqualTo(1);
        assertThat(result.backup()).isEmpty();
    }

    @Test
    void theWarningsCountIsInAsciiDigitsWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));

            importLabels(ImportOptions.defaults().replacingAllLabels().withoutBackup(), 1234, 1);
        } finally {
            Locale.setDefault(before);
        }

        assertThat(heard).singleElement().asString().contains("transform tfm-1 (1234 now)");
    }

    @Test
    void anAddWithoutABackupIsNotWarnedOfNorToldThereIsNothingToBackUp() throws IOException {
        ImportResult result = importLabels(ImportOptions.defaults().withoutBackup(), 0, 1);

        assertThat(heard).isEmpty();
        assertThat(glue.calls).containsExactlyElementsOf(importCalls(false));
        assertThat(result.backup()).isEmpty();
    }

    @Test
    void aReplaceOfATransformWithoutLabelsTakesNoBackupAndSaysWhy() throws IOException {
        ImportResult result = importLabels(ImportOptions.defaults().replacingAllLabels(), 0, 1);

        assertThat(heard).containsExactly("info Transform tfm-1 has no labels yet: there is nothing to back up.");
        assertThat(glue.calls).containsExactlyElementsOf(importCalls(true));
        assertThat(result.backup()).isEmpty();
        assertThat(s3.calls)
                .containsExactly(
                        "list bucket in/", "put bucket/in/a.csv text/csv labeling_set_id,label,name\ns1,A,x\n");
    }
}
