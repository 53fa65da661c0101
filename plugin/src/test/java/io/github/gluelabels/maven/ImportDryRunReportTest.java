package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ImportDryRun tells what an import would change, against the embedded fake, and changes nothing")
class ImportDryRunReportTest {

    private static final Instant NOW = Instant.parse("2026-12-06T17:00:00Z");
    private static final String HEADER = "labeling_set_id,label,name\n";

    @TempDir
    Path folder;

    private final List<String> info = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            info.add(content.toString());
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(CharSequence content) {}
    };
    private final MavenProject project = new MavenProject();
    private final ImportParameters parameters = new ImportParameters();
    private Path current;

    @BeforeEach
    void files() throws IOException {
        current = Files.writeString(folder.resolve("current.csv"), HEADER + "set-1,A,Ana\nset-1,A,Anna\n");
        parameters.transformId = "tfm-1";
        parameters.inputS3Path = "s3://labels/imports/run-1/";
        parameters.workDirectory = folder.resolve("work").toFile();
    }

    private Path importing(String records) throws IOException {
        Path labels = Files.writeString(folder.resolve("import.csv"), HEADER + records);
        parameters.labels = labels.toFile();
        return labels;
    }

    /** Plans the import and runs its dry run against the embedded fake seeded with {@code seed}. */
    private ImportPlan dryRun(Path seed, int rowsPerPart) throws MojoExecutionException, MojoFailureException {
        ImportPlan plan = new ImportPlanner(
                        parameters, new ConfigurationProblems("import", "nothing was sent"), File::toPath, NOW)
                .plan();
        new EmbeddedFake(log, FakeParameters.of("", "", rowsPerPart), seed.toFile(), 1, "import")
                .run(List.of(plan.transformId()), plan.buckets(), folder.resolve("journal.txt"), connection -> {
                    info.clear();
                    new ImportDryRun(log, new DiffReporting(log, project, folder.resolve("receipts")))
                            .run(plan, connection);
                });
        return plan;
    }

    private List<String> ownLines() {
        return info.stream()
                .filter(line -> line.startsWith("Dry run") || line.startsWith("Fetching") || line.startsWith("Diff:"))
                .toList();
    }

    @Test
    @DisplayName("an add: the current labels against them and the files together, in so many words")
    void add() throws Exception {
        Path labels = importing("set-2,B,Bo\n");

        ImportPlan plan = dryRun(current, 1000);

        assertThat(ownLines())
                .containsExactly(
                        "Dry run: planning the import into transform tfm-1 of " + labels + "; no label is changed",
                        "Fetching the current labels of transform tfm-1 (an export to " + plan.currentLabelsS3Path()
                                + ")",
                        info.stream()
                                .filter(l -> l.startsWith("Diff:"))
                                .findFirst()
                                .orElseThrow(),
                        "Dry run: the import would add 1 labels to the transform's 2; nothing was uploaded or "
                                + "imported");
        assertThat(info.get(1)).startsWith("Using region ").endsWith("credentials: " + EmbeddedFake.CREDENTIALS);
        assertThat(project.getProperties().getProperty(PublishedProperties.DIFF_IDENTICAL))
                .isEqualTo("false");
        assertThat(plan.planFolder().resolve("after")).isDirectoryContaining("glob:**/current-0.csv");
        assertThat(plan.planFolder().resolve("after")).isDirectoryContaining("glob:**/import-0.csv");
        assertThat(plan.planFolder().resolve("diff.json")).isRegularFile();
    }

    @Test
    @DisplayName("a replace: the current labels against the files alone")
    void replace() throws Exception {
        importing("set-2,B,Bo\n");
        parameters.replaceAllLabels = true;

        ImportPlan plan = dryRun(current, 1000);

        assertThat(info.get(info.size() - 1))
                .isEqualTo("Dry run: the import would replace the transform's 2 labels with 1; nothing was "
                        + "uploaded or imported");
        assertThat(plan.planFolder().resolve("after")).isDirectoryContaining("glob:**/import-0.csv");
        assertThat(plan.planFolder().resolve("after")).isDirectoryNotContaining("glob:**/current-*.csv");
    }

    @Test
    @DisplayName("the same files: identical, the summary published")
    void identical() throws Exception {
        importing("set-1,A,Ana\nset-1,A,Anna\n");
        parameters.replaceAllLabels = true;

        dryRun(current, 1);

        assertThat(project.getProperties().getProperty(PublishedProperties.DIFF_IDENTICAL))
                .isEqualTo("true");
        assertThat(info.get(info.size() - 1))
                .isEqualTo("Dry run: the import would replace the transform's 2 labels with 2; nothing was "
                        + "uploaded or imported");
    }

    @Test
    @DisplayName("a second plan into the same folder replaces the first one's files, and only those")
    void secondPlan() throws Exception {
        importing("set-2,B,Bo\n");
        ImportPlan plan = dryRun(current, 1000);
        Path after = plan.planFolder().resolve("after");
        Files.writeString(after.resolve("notes.txt"), "mine");
        Files.writeString(after.resolve("import-7.csv"), HEADER + "set-9,Z,Zed\n");

        importing("set-2,B,Bo\nset-3,C,Cy\n");
        dryRun(current, 1000);

        assertThat(after.resolve("notes.txt")).hasContent("mine");
        assertThat(after.resolve("import-7.csv")).doesNotExist();
        assertThat(info.get(info.size() - 1))
                .isEqualTo("Dry run: the import would add 2 labels to the transform's 2; nothing was uploaded or "
                        + "imported");
        assertThat(Set.of(after.toFile().list()))
                .containsExactlyInAnyOrder("notes.txt", "current-0.csv", "import-0.csv");
    }

    @Test
    @DisplayName("a transform without labels: every record to import is added")
    void noCurrentLabels() throws Exception {
        importing("set-2,B,Bo\nset-3,C,Cy\n");
        Path empty = Files.writeString(folder.resolve("empty.csv"), HEADER);

        ImportPlan plan = dryRun(empty, 1000);

        assertThat(info.get(info.size() - 1))
                .isEqualTo("Dry run: the import would add 2 labels to the transform's 0; nothing was uploaded or "
                        + "imported");
        assertThat(project.getProperties().getProperty(PublishedProperties.DIFF_IDENTICAL))
                .isEqualTo("false");
        assertThat(plan.planFolder().resolve("current-empty/labels.csv")).hasContent(HEADER.strip());
    }
}
