package com.example.labelaudit;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The audit of one transform's labels: the export that produced them, where they are, and what the check found.
 *
 * @param transformId the transform
 * @param taskRunId the export task run
 * @param status its final status
 * @param folder the local folder the labels were downloaded to
 * @param files the labeling files, in order
 * @param findings what the check found
 */
public record AuditReport(String transformId, String taskRunId, String status, Path folder, List<Path> files,
    Findings findings) {

  public AuditReport {
    files = List.copyOf(files);
  }

  /** @return the report as the command line prints it, one finding a line */
  public String describe() {
    StringJoiner out = new StringJoiner(System.lineSeparator());
    out.add("Transform " + transformId + ": export task run " + taskRunId + " " + status);
    out.add("Labels downloaded to " + folder + " (" + files.size() + (files.size() == 1 ? " file)" : " files)"));
    out.add(findings.labels() + " labels in " + findings.labelingSets() + " labeling sets");
    out.add("Sets with a single label: " + list(findings.singleLabelSets()));
    out.add("Sets where every row differs: " + list(findings.allDifferentSets()));
    out.add("Duplicate rows: " + (findings.duplicateRows().isEmpty() ? "none"
        : findings.duplicateRows().size() + ""));
    findings.duplicateRows().forEach(d -> out.add("  " + d.describe()));
    out.add(findings.consistent() ? "Consistent: yes"
        : "Consistent: no (" + findings.problems() + (findings.problems() == 1 ? " problem)" : " problems)"));
    return out.toString();
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.size() + " (" + String.join(", ", ids) + ")";
  }
}
