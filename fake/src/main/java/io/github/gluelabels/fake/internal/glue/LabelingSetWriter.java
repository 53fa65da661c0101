package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.util.List;

/**
 * Writes the labeling set a {@code StartMLLabelingSetGenerationTaskRun} generates under its {@code OutputS3Path}: one
 * labeling file, {@code labeling-set-<TaskRunId>.csv}, whose header is {@code labeling_set_id,label} and the input
 * table's columns, whose records are drawn from the table in sets of {@link #RECORDS_PER_SET}, each with its set's id
 * and an empty label for a person to fill.
 *
 * <p>What is evidence: the header and the empty {@code label} column (the Glue developer guide's "Teaching the Find
 * Matches transform" and tutorials that download the generated file). What is a guess: the file's name, one file, how
 * records are chosen (the first ones, in order; Glue picks records it is unsure of), the set ids
 * ({@code <TaskRunId>-set-<n>}) and the size of the sets (10, within the 10 to 20 the guide recommends).
 */
final class LabelingSetWriter {

    /** How many records each labeling set holds. */
    static final int RECORDS_PER_SET = 10;

    /** How many records one labeling set generation writes at most. */
    static final int MOST_RECORDS = 100;

    private LabelingSetWriter() {}

    /**
     * @param records the records to draw from
     * @param s3 the fake S3
     * @param output the run's output path
     * @param runId the task run, part of the file's name and of the set ids
     * @throws TaskRun.Failure when the output bucket does not exist, or there are no records
     */
    static void write(String transformId, InputRecords records, S3Store s3, S3Uri output, String runId) {
        if (records.isEmpty()) {
            throw new TaskRun.Failure("No records found in the input table of transform " + transformId
                    + " to generate a labeling set from.");
        }
        if (!s3.bucketExists(output.bucket())) {
            throw new TaskRun.Failure(
                    "Failed to write the labeling set to " + output + ": the S3 bucket " + output.bucket()
                            + " does not exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket).");
        }
        StringBuilder csv = new StringBuilder("labeling_set_id,label");
        records.columns().forEach(c -> csv.append(',').append(quoted(c)));
        csv.append('\n');
        List<List<String>> rows =
                records.rows().subList(0, Math.min(MOST_RECORDS, records.rows().size()));
        for (int i = 0; i < rows.size(); i++) {
            csv.append(runId).append("-set-").append(i / RECORDS_PER_SET + 1).append(',');
            rows.get(i).forEach(v -> csv.append(',').append(quoted(v)));
            csv.append('\n');
        }
        s3.put(output.bucket(), output.folderPrefix() + "labeling-set-" + runId + ".csv", csv.toString(), "text/csv");
    }

    /** @return the value as a CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180) */
    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
