package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks labeling files before they are imported, reporting every problem at once with its file, line and rule:
 *
 * <ul>
 *   <li>{@value #ENCODING}: the file is UTF-8; {@value #CSV}: it is CSV (RFC 4180) — either ends the check of that
 *       file, as nothing after can be read reliably;
 *   <li>{@value #HEADER}: the header starts with {@code labeling_set_id,label}; {@value #COLUMNS}: the files of a
 *       folder have the same columns; {@value #SCHEMA}: the columns after those two are the transform's schema, when
 *       it is known — each missing, extra or misplaced column named;
 *   <li>{@value #FIELDS}: every record has as many fields as the header; {@value #SET_ID} and {@value #LABEL}: none is
 *       empty.
 * </ul>
 *
 * <p>Warnings, which Glue takes: {@value #SET_SIZE}, a labeling set of more than {@value #LARGE_SET} records (Glue
 * recommends 10 to 20); {@value #REPEATED}, a record repeated in a set (the same fields but the label).
 *
 * <p>Each file is read once, as a stream. A folder's files are its regular files, in all its subfolders, in path
 * order, but those whose name starts with {@code .} or {@code _} (Spark's markers, as Glue leaves them aside) and the
 * {@code manifest.json} and {@code journal.json} a glue-labels download writes.
 *
 * @since 0.1.0
 */
public final class LabelingFilesCheck {

    /** Rule: the file is UTF-8. */
    public static final String ENCODING = "encoding";
    /** Rule: the file is CSV (RFC 4180). */
    public static final String CSV = "csv";
    /** Rule: the header starts with {@code labeling_set_id,label}. */
    public static final String HEADER = "header";
    /** Rule: the files of a folder have the same columns. */
    public static final String COLUMNS = "columns";
    /** Rule: the columns after the first two are the transform's schema. */
    public static final String SCHEMA = "schema";
    /** Rule: a record has as many fields as the header. */
    public static final String FIELDS = "fields";
    /** Rule: a record's labeling set id is not empty. */
    public static final String SET_ID = "set id";
    /** Rule: a record's label is not empty. */
    public static final String LABEL = "label";
    /** Warning: a labeling set of more than {@link #LARGE_SET} records. */
    public static final String SET_SIZE = "set size";
    /** Warning: a record repeated in a labeling set. */
    public static final String REPEATED = "repeated record";
    /** Sets of more records than this are warned of. */
    public static final int LARGE_SET = 50;

    private LabelingFilesCheck() {}

    /**
     * Checks a labeling file, or the files of a folder.
     *
     * @param fileOrFolder a labeling file, or a folder of them
     * @param schema the transform's schema (its column names, in order), or {@code null} when unknown: then the
     *     {@value #SCHEMA} rule is not checked
     * @return every problem and warning; {@link LabelingCheck#requireValid(String)} throws when there is a problem
     * @throws UncheckedIOException when a file cannot be read
     */
    public static LabelingCheck check(Path fileOrFolder, List<String> schema) {
        List<Path> files = files(fileOrFolder);
        List<LabelingProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new LabelingProblem(
                    fileOrFolder.toString(),
                    0,
                    CSV,
                    Files.isDirectory(fileOrFolder)
                            ? "the folder holds no labeling file"
                            : "there is no such file or folder"));
        }
        SetTally sets = new SetTally();
        List<LabelingProblem> warnings = new ArrayList<>();
        List<String> columns = null;
        long records = 0;
        for (Path file : files) {
            FileCheck one = new FileCheck(file.toString(), columns, schema, sets);
            one.run(file);
            problems.addAll(one.problems());
            warnings.addAll(one.warnings());
            records += one.records();
            // a file whose header is broken gives no columns to compare the next files with: its problem is said
            if (columns == null && one.hasValidHeader()) {
                columns = one.columns();
            }
        }
        warnings.addAll(sets.largeSets(LARGE_SET));
        warnings.sort(Comparator.comparing(LabelingProblem::source).thenComparingLong(LabelingProblem::line));
        return new LabelingCheck(
                files, columns == null ? List.of() : columns, records, sets.sets(), problems, warnings);
    }

    /**
     * @param fileOrFolder a labeling file, or a folder of them
     * @return the file, or the folder's labeling files (see above) in path order; empty when there is none
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static List<Path> files(Path fileOrFolder) {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> isLabelingFile(fileOrFolder.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + fileOrFolder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLabelingFile(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        return !name.equals("manifest.json") && !name.equals("journal.json");
    }
}
