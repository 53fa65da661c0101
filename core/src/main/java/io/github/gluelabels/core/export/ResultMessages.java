package io.github.gluelabels.core.export;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;

/**
 * What {@link ExportResult} and {@link DownloadResult} say when asked for something the export's options left out:
 * why it is missing and the call that gets it, so that a test written without the download fails with the fix in its
 * message instead of a {@code NullPointerException}.
 */
final class ResultMessages {

    private ResultMessages() {}

    static String noFinalState(ExportRequest request, String taskRunId) {
        return "No final state: the export of transform " + request.transformId() + " (task run " + taskRunId
                + ") did not wait for the run to end (ExportOptions.startOnly(), or the goal's wait=false), so its status is"
                + " STARTED. To wait, export with ExportOptions.defaults(), or call LabelExporter.await(\""
                + request.transformId() + "\", \"" + taskRunId
                + "\", WaitOptions.defaults()) now. Code that may go either"
                + " way checks ExportResult.hasFinalState() first.";
    }

    static String noDownload(ExportRequest request, String taskRunId, boolean waited) {
        String why = waited
                ? "its options had no download folder: ExportOptions.defaults() waits for the run but downloads nothing"
                : "it did not wait for the run to end (ExportOptions.startOnly()), and labels can be downloaded only once the"
                        + " run has succeeded";
        return "No download: the export of transform " + request.transformId() + " (task run " + taskRunId + ") did not"
                + " download the labels, as " + why + ". To download them, export with"
                + " ExportOptions.defaults().downloadingTo(folder) — with the injected LabelExporter of @FakeGlueTest, a"
                + " @TempDir Path folder — or call LabelExporter.download(result.request().outputS3Path(), folder) after the"
                + " run has succeeded. Code that may go either way checks ExportResult.hasDownload() first.";
    }

    static String noSummary(S3Uri source, Path directory, int files) {
        return "No summary of the labels downloaded from " + source + " to " + directory + " (" + files
                + (files == 1 ? " file" : " files")
                + "): the download was asked for none (ExportOptions.summarizing(false),"
                + " LabelExporter.download(path, folder, false), the goal's summarize=false), or a file is not a labeling file"
                + " (the warning \"Cannot summarize the labels\" named it), or no file holds labels. Downloads summarize by"
                + " default: ExportOptions.defaults().downloadingTo(folder). Code that may go either way checks"
                + " hasSummary() first.";
    }
}
