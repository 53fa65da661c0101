package com.example.labelaudit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.FindMatchesMetrics;
import software.amazon.awssdk.services.glue.model.GlueTable;
import software.amazon.awssdk.services.glue.model.TaskStatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One round of teaching a FindMatches transform, as a team's pipeline runs it with plain AWS SDK calls: create the
 * transform, have Glue generate a labeling set, let a labeler fill in its labels, import them, evaluate the transform,
 * export its labels and check that the export holds what was imported.
 */
public final class LabelingRound {

  /** Gives a record of a labeling set its label: records with the same label in a set are the same entity. */
  @FunctionalInterface
  public interface Labeler {
    String label(String labelingSetId, Map<String, String> record);
  }

  /**
   * What the round did.
   *
   * @param labeled the labels imported
   * @param precision the transform's precision after the evaluation
   * @param recall its recall
   * @param exported the labels the export holds
   * @param exportMatchesImport whether the export holds exactly the labeled records
   */
  public record Result(int labeled, double precision, double recall, int exported, boolean exportMatchesImport) {}

  private static final Set<TaskStatusType> ENDED =
      Set.of(TaskStatusType.SUCCEEDED, TaskStatusType.FAILED, TaskStatusType.TIMEOUT, TaskStatusType.STOPPED);

  private final GlueClient glue;
  private final S3Client s3;
  private final Duration pollInterval;

  public LabelingRound(GlueClient glue, S3Client s3, Duration pollInterval) {
    this.glue = glue;
    this.s3 = s3;
    this.pollInterval = pollInterval;
  }

  /** @return the id of a new FindMatches transform over a Data Catalog table */
  public String createTransform(String name, String database, String table, String primaryKey, String role) {
    return glue.createMLTransform(r -> r.name(name).role(role)
        .inputRecordTables(GlueTable.builder().databaseName(database).tableName(table).build())
        .parameters(p -> p.transformType("FIND_MATCHES")
            .findMatchesParameters(f -> f.primaryKeyColumnName(primaryKey))))
        .transformId();
  }

  /** Runs the round in {@code s3://bucket/prefix/}: sets/, labeled/labels.csv, export/. */
  public Result run(String transformId, String bucket, String prefix, Labeler labeler) throws InterruptedException {
    String base = "s3://" + bucket + "/" + prefix;
    await(transformId, glue.startMLLabelingSetGenerationTaskRun(
        r -> r.transformId(transformId).outputS3Path(base + "sets/")).taskRunId(), "labeling set generation");

    List<String> labeledRows = new ArrayList<>();
    String header = null;
    for (S3Object set : s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix + "sets/")).contents()) {
      // a generated set's labels are empty, which a labeling file may not have: read it as plain CSV (these records
      // hold no quoted commas; a pipeline with such data reads it with a CSV library)
      List<String> lines = s3.getObjectAsBytes(r -> r.bucket(bucket).key(set.key())).asUtf8String().lines().toList();
      header = lines.get(0);
      List<String> columns = List.of(header.split(",", -1));
      for (String line : lines.subList(1, lines.size())) {
        String[] values = line.split(",", -1);
        Map<String, String> record = new HashMap<>();
        for (int c = 2; c < columns.size(); c++) {
          record.put(columns.get(c), values[c]);
        }
        values[1] = csv(labeler.label(values[0], record));
        labeledRows.add(String.join(",", values));
      }
    }
    s3.putObject(r -> r.bucket(bucket).key(prefix + "labeled/labels.csv"),
        RequestBody.fromString(header + "\n" + String.join("\n", labeledRows) + "\n"));
    await(transformId, glue.startImportLabelsTaskRun(r -> r.transformId(transformId)
        .inputS3Path(base + "labeled/labels.csv").replaceAllLabels(true)).taskRunId(), "import");

    await(transformId, glue.startMLEvaluationTaskRun(r -> r.transformId(transformId)).taskRunId(), "evaluation");
    FindMatchesMetrics metrics =
        glue.getMLTransform(r -> r.transformId(transformId)).evaluationMetrics().findMatchesMetrics();

    await(transformId, glue.startExportLabelsTaskRun(
        r -> r.transformId(transformId).outputS3Path(base + "export/")).taskRunId(), "export");
    List<String> exportedRows = new ArrayList<>();
    for (S3Object part : s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix + "export/")).contents()) {
      List<String> lines = s3.getObjectAsBytes(r -> r.bucket(bucket).key(part.key())).asUtf8String().lines().toList();
      exportedRows.addAll(lines.subList(1, lines.size()));
    }
    boolean same = exportedRows.stream().sorted().toList().equals(labeledRows.stream().sorted().toList());
    return new Result(labeledRows.size(), metrics.precision(), metrics.recall(), exportedRows.size(), same);
  }

  private void await(String transformId, String taskRunId, String what) throws InterruptedException {
    while (true) {
      TaskStatusType status =
          glue.getMLTaskRun(r -> r.transformId(transformId).taskRunId(taskRunId)).status();
      if (status == TaskStatusType.SUCCEEDED) {
        return;
      }
      if (ENDED.contains(status)) {
        throw new IllegalStateException("The " + what + " task run " + taskRunId + " ended " + status);
      }
      Thread.sleep(pollInterval.toMillis());
    }
  }

  /** A CSV field, quoted when it must be. */
  private static String csv(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
