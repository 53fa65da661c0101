package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The check of one labeling file for {@link LabelingFilesCheck}: reads it once, as {@link LabelingFileReader} does
 * (strict UTF-8, RFC 4180, the same rules and words), but goes on past a broken record so that every problem is
 * found. Keeps at most {@value #MOST_PROBLEMS} problems and as many warnings of a file (a file of a million repeated
 * records must not make a million warnings), then one that says how many more there were.
 */
final class FileCheck {

    static final int MOST_PROBLEMS = 1000;

    private final String source;
    private final List<String> folderColumns;
    private final List<String> schema;
    private final SetTally sets;
    private final List<LabelingProblem> problems = new ArrayList<>();
    private final List<LabelingProblem> warnings = new ArrayList<>();
    private List<String> columns;
    private boolean validHeader;
    private long records;
    private long problemsLeftOut;
    private long warningsLeftOut;

    /**
     * @param folderColumns the columns of the folder's first file, or {@code null} for the first
     * @param schema the transform's schema, or {@code null} when unknown
     */
    FileCheck(String source, List<String> folderColumns, List<String> schema, SetTally sets) {
        this.source = source;
        this.folderColumns = folderColumns;
        this.schema = schema;
        this.sets = sets;
    }

    void run(Path file) {
        try (InputStream in = Files.newInputStream(file);
                PushbackReader text = new PushbackReader(new StrictUtf8Reader(in), 1);
                CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            int first = text.read();
            if (first >= 0 && first != '\uFEFF') {
                text.unread(first); // a byte order mark is not part of the first column's name
            }
            readAll(parser);
        } catch (IOException e) {
            RuntimeException translated = ReadFailures.translate(source, e, 1);
            if (!(translated instanceof LabelingFileException broken)) {
                throw translated;
            }
            problem(broken, e instanceof InvalidUtf8Exception ? LabelingFilesCheck.ENCODING : LabelingFilesCheck.CSV);
        }
        if (problemsLeftOut > 0) {
            problems.add(new LabelingProblem(source, 0, "more", problemsLeftOut + " more problems, left out"));
        }
        if (warningsLeftOut > 0) {
            warnings.add(new LabelingProblem(source, 0, "more", warningsLeftOut + " more warnings, left out"));
        }
    }

    private void readAll(CSVParser parser) {
        Iterator<CSVRecord> csv = parser.iterator();
        long line = 1;
        List<String> previous = null;
        while (true) {
            if (previous != null) {
                line += 1
                        + previous.stream()
                                .mapToLong(LabelingFileReader::lineBreaks)
                                .sum();
            }
            CSVRecord record;
            try {
                record = csv.hasNext() ? csv.next() : null;
            } catch (UncheckedIOException e) {
                RuntimeException translated =
                        ReadFailures.translate(source, e.getCause(), line, parser.getCurrentLineNumber());
                if (!(translated instanceof LabelingFileException broken)) {
                    throw translated;
                }
                problem(
                        broken,
                        e.getCause() instanceof InvalidUtf8Exception
                                ? LabelingFilesCheck.ENCODING
                                : LabelingFilesCheck.CSV);
                return;
            }
            if (record == null) {
                if (columns == null) {
                    add(new LabelingProblem(
                            source,
                            0,
                            LabelingFilesCheck.HEADER,
                            "the file is empty: a labeling file starts with the header labeling_set_id,label,…"));
                }
                return;
            }
            previous = List.of(record.values());
            if (columns == null) {
                header(previous);
            } else {
                record(line, previous);
            }
        }
    }

    private void header(List<String> found) {
        columns = found;
        try {
            LabelingFileRules.checkHeader(source, found);
        } catch (LabelingFileException e) {
            problem(e, LabelingFilesCheck.HEADER);
            return;
        }
        validHeader = true;
        if (folderColumns != null && !folderColumns.equals(found)) {
            add(new LabelingProblem(
                    source,
                    1,
                    LabelingFilesCheck.COLUMNS,
                    "the columns " + found
                            + " differ from those of the folder's first file " + folderColumns
                            + ": Glue reads every file of an import with the same columns"));
        } else if (schema != null) {
            SchemaDifferences.of(found.subList(2, found.size()), schema)
                    .forEach(d -> add(new LabelingProblem(source, 1, LabelingFilesCheck.SCHEMA, d)));
        }
    }

    private void record(long line, List<String> values) {
        records++;
        try {
            boolean emptyLine = values.size() == 1 && values.get(0).isEmpty();
            LabelingFileRules.checkRecord(source, columns, line, values, emptyLine);
        } catch (LabelingFileException e) {
            problem(
                    e,
                    values.size() != columns.size()
                            ? LabelingFilesCheck.FIELDS
                            : values.get(0).isEmpty() ? LabelingFilesCheck.SET_ID : LabelingFilesCheck.LABEL);
            return;
        }
        if (!sets.add(source, line, values)) {
            return;
        }
        if (warnings.size() < MOST_PROBLEMS) {
            warnings.add(new LabelingProblem(
                    source,
                    line,
                    LabelingFilesCheck.REPEATED,
                    "labeling set " + values.get(0) + " already holds this record (the same fields but the label)"));
        } else {
            warningsLeftOut++;
        }
    }

    private void problem(LabelingFileException e, String rule) {
        add(new LabelingProblem(e.source(), e.line(), rule, e.problem()));
    }

    private void add(LabelingProblem problem) {
        if (problems.size() < MOST_PROBLEMS) {
            problems.add(problem);
        } else {
            problemsLeftOut++;
        }
    }

    List<LabelingProblem> problems() {
        return problems;
    }

    List<LabelingProblem> warnings() {
        return warnings;
    }

    List<String> columns() {
        return columns;
    }

    /** @return whether the file's header starts with {@code labeling_set_id,label} */
    boolean hasValidHeader() {
        return validHeader;
    }

    long records() {
        return records;
    }
}
