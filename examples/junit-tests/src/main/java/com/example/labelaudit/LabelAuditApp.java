package com.example.labelaudit;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.LabelExporter;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command line: {@code label-audit <transformId> <outputS3Path> [folder]}. AWS is configured as for the AWS CLI:
 * the region from {@code AWS_REGION} or the profile, the credentials from the SDK's default chain, and
 * {@code AWS_ENDPOINT_URL} (or the {@code aws.endpointUrl} system property) to reach a fake instead of AWS.
 *
 * <p>Exit status: 0 consistent, 1 inconsistent labels, 2 usage, 3 the audit failed (the reason on standard error).
 */
public final class LabelAuditApp {

  private LabelAuditApp() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || args.length > 3) {
      err.println("usage: label-audit <transformId> <outputS3Path> [folder]");
      return 2;
    }
    Path folder = Path.of(args.length == 3 ? args[2] : "labels");
    try (AwsClients clients = AwsClients.create(ClientSettings.builder().build())) {
      AuditReport report = new LabelAudit(LabelExporter.of(clients, ExportListener.NONE))
          .audit(args[0], args[1], folder);
      out.println(report.describe());
      return report.findings().consistent() ? 0 : 1;
    } catch (GlueLabelsException e) {
      // glue-labels' messages say what went wrong and what to do: print them, without a stack trace
      err.println("label-audit: " + e.getMessage());
      return 3;
    }
  }
}
