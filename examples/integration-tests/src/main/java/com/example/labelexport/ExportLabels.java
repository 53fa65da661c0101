package com.example.labelexport;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.ExportListener;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A command-line job that exports the labels of a Glue FindMatches transform and downloads them:
 * {@code java -jar label-export.jar <transformId> <outputS3Path> <folder>}.
 *
 * <p>AWS is configured as for the AWS CLI: the region from {@code AWS_REGION} or the profile, the credentials from
 * the SDK's default chain (environment, {@code AWS_PROFILE}, SSO, instance role), and {@code AWS_ENDPOINT_URL} to
 * reach another endpoint, such as a fake Glue + S3. The job itself knows nothing of fakes.
 *
 * <p>Exit status: 0 exported, 1 the export failed (the reason on standard error), 2 usage.
 */
public final class ExportLabels {

  private ExportLabels() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 3) {
      err.println("usage: label-export <transformId> <outputS3Path> <folder>");
      return 2;
    }
    try {
      ExportRequest request = ExportRequest.of(args[0], args[1]);
      try (AwsClients clients = AwsClients.create(ClientSettings.builder().build())) {
        out.println("Exporting the labels of " + request.transformId() + " to " + request.outputS3Path());
        out.println("Using " + clients.describe());
        ExportResult result = LabelExporter.of(clients, new Progress(out))
            .export(request, ExportOptions.defaults().downloadingTo(Path.of(args[2])));
        DownloadResult download = result.download();
        out.println("Labels exported to " + request.outputS3Path());
        out.println("Labels downloaded to " + download.directory() + " (" + download.files().size() + " file(s), "
            + download.bytes() + " bytes)");
        out.println("Summary: " + (download.hasSummary() ? download.summary().describe() : "no labeling file"));
        return 0;
      }
    } catch (GlueLabelsException e) {
      // glue-labels' messages say what went wrong and what to do: print them, without a stack trace
      err.println("label-export: " + e.getMessage());
      return 1;
    }
  }

  /** Prints the task run and each status change as they happen. */
  private record Progress(PrintStream out) implements ExportListener {
    @Override
    public void started(String transformId, String taskRunId) {
      out.println("TaskRunId " + taskRunId);
    }

    @Override
    public void statusChanged(TaskRunState state, Duration elapsed) {
      out.println("Status " + state.status() + " after " + Durations.describe(elapsed));
    }

    @Override
    public void warning(String message) {
      out.println("Warning: " + message);
    }
  }
}
