package io.github.gluelabels.maven;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.diff.DiffResult;
import io.github.gluelabels.core.diff.LabelDiff;
import io.github.gluelabels.core.diff.LabelSource;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.ImportCheck;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.labels.LabelingCheck;
import io.github.gluelabels.core.text.Redaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The plan of an import ({@code dryRun}): checks the files as the import would, fetches the transform's current labels
 * with an export, and prints the diff of what the import would change — for a replace, the current labels against the
 * files; for an add, the current labels against the current labels and the files together. Uploads nothing and
 * imports nothing: no label changes.
 */
final class ImportDryRun {

    private final Log log;
    private final DiffReporting reporting;

    ImportDryRun(Log log, DiffReporting reporting) {
        this.log = log;
        this.reporting = reporting;
    }

    void run(ImportPlan plan, Connection connection) throws MojoFailureException, MojoExecutionException {
        log.info("Dry run: planning the import into transform " + plan.transformId() + " of "
                + plan.request().labels() + "; no label is changed");
        log.info("Using " + connection.describe());
        LoggingListener listener = new LoggingListener(log, "");
        try {
            // one GetMLTransform for the check's schema and the diff's primary key
            PrimaryKeyLookup.Transform transform = new PrimaryKeyLookup(log)
                    .read(
                            connection.clients().glue(),
                            plan.transformId(),
                            "; the columns are not checked against its " + "schema");
            LabelingCheck check = ImportCheck.check(plan.request(), transform.schema(), listener);
            check.requireValid(plan.request().labels().toString());
            Current current = currentLabels(plan, connection, listener, check, transform);
            boolean replace = plan.options().replaceAllLabels();
            Path after =
                    together(plan.planFolder().resolve("after"), replace ? List.of() : current.files(), check.files());
            DiffResult diff = LabelDiff.builder()
                    .primaryKey(transform.primaryKey())
                    .build()
                    .compare(
                            current.source(),
                            LabelSource.of(after),
                            plan.planFolder().resolve("diff.json"));
            reporting.report(diff, "import", connection);
            log.info("Dry run: the import would "
                    + (replace
                            ? "replace the transform's " + diff.counts().fromRecords() + " labels with "
                                    + diff.counts().toRecords()
                            : "add " + check.records() + " labels to the transform's "
                                    + diff.counts().fromRecords())
                    + "; nothing was uploaded or imported");
        } catch (GlueLabelsException e) {
            throw new MojoFailureException(Redaction.text(e.getMessage()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("The import's plan cannot read or write a file: " + e.getMessage(), e);
        }
    }

    /** The current labels: their files, and how the diff reads them. */
    private record Current(List<Path> files, LabelSource source) {}

    /** Exports the transform's labels, or, for a transform without labels (whose export Glue refuses), takes none. */
    private Current currentLabels(
            ImportPlan plan,
            Connection connection,
            LoggingListener listener,
            LabelingCheck check,
            PrimaryKeyLookup.Transform transform)
            throws IOException {
        if (transform.labelCount() != null && transform.labelCount() == 0) {
            log.info("Transform " + plan.transformId() + " has no labels yet: nothing to fetch, every record is new");
            Path empty = emptyLabels(plan, check);
            return new Current(List.of(empty), LabelSource.of(empty));
        }
        log.info("Fetching the current labels of transform " + plan.transformId() + " (an export to "
                + plan.currentLabelsS3Path() + ")");
        ExportResult current = fetchCurrentLabels(plan, connection, listener);
        List<Path> files = labelingFiles(current.download(), plan, check);
        boolean beside =
                files.size() == 1 && !files.get(0).startsWith(current.download().directory());
        return new Current(files, beside ? LabelSource.of(files.get(0)) : LabelSource.of(current.download()));
    }

    private static ExportResult fetchCurrentLabels(ImportPlan plan, Connection connection, LoggingListener listener) {
        return LabelExporter.builder()
                .clients(connection.clients())
                .listener(listener)
                .endpointKind(connection.kind())
                .build()
                .export(
                        new ExportRequest(plan.transformId(), plan.currentLabelsS3Path()),
                        new ExportOptions(
                                true,
                                plan.options().waitOptions(),
                                plan.planFolder().resolve("current"),
                                false,
                                plan.downloadLimits()));
    }

    /**
     * The current labels' files; for a transform without labels, a file beside the download with the header of the
     * files to import and no record, so that the diff shows every record as added.
     */
    private static List<Path> labelingFiles(DownloadResult download, ImportPlan plan, LabelingCheck check)
            throws IOException {
        List<Path> files = new ArrayList<>();
        download.files().stream()
                .filter(f -> f.size() > 0 && !f.file().getFileName().toString().startsWith("_"))
                .forEach(f -> files.add(f.file()));
        if (files.isEmpty()) {
            files.add(emptyLabels(plan, check));
        }
        return files;
    }

    /** @return a labels file in the plan's folder with the header of the files to import and no record */
    private static Path emptyLabels(ImportPlan plan, LabelingCheck check) throws IOException {
        Path folder = plan.planFolder().resolve("current-empty");
        Path empty = folder.resolve("labels.csv");
        Files.createDirectories(folder);
        Files.writeString(empty, csvLine(check.columns()), StandardCharsets.UTF_8);
        return empty;
    }

    /** @return a CSV line of the fields, each quoted when it holds a comma, a quote or a line break */
    static String csvLine(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            boolean quote = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
            line.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return line.append('\n').toString();
    }

    /** Copies the current labels and those to import into one folder: what the transform holds after an add. */
    private static Path together(Path folder, List<Path> current, List<Path> imported) throws IOException {
        Files.createDirectories(folder);
        try (var earlier = Files.list(folder)) {
            for (Path file : earlier.filter(f -> f.getFileName().toString().matches("(current|import)-\\d+\\.csv"))
                    .toList()) {
                Files.delete(file);
            }
        }
        copy(current, folder, "current-");
        copy(imported, folder, "import-");
        return folder;
    }

    private static void copy(List<Path> files, Path folder, String prefix) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), folder.resolve(prefix + i + ".csv"));
        }
    }
}
