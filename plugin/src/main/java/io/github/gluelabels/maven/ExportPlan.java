package io.github.gluelabels.maven;

import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.ExportOptions;
import io.github.gluelabels.core.export.WaitOptions;
import java.util.List;

/**
 * A validated {@code export} configuration: which transforms, and what to do after starting each export.
 *
 * @param targets the transforms, in the order configured
 * @param waitForCompletion whether to wait for the task runs
 * @param waitOptions how to wait
 * @param parallelism how many exports run at once
 * @param summarize whether downloads read the labels for a summary
 * @param downloadLimits the most objects and bytes a download brings
 */
record ExportPlan(
        List<ExportTarget> targets,
        boolean waitForCompletion,
        WaitOptions waitOptions,
        int parallelism,
        boolean summarize,
        DownloadLimits downloadLimits) {

    ExportPlan {
        targets = List.copyOf(targets);
    }

    boolean download() {
        return waitForCompletion && targets.stream().anyMatch(t -> t.downloadDir() != null);
    }

    boolean several() {
        return targets.size() > 1;
    }

    ExportOptions options(ExportTarget target) {
        return new ExportOptions(
                waitForCompletion,
                waitOptions,
                waitForCompletion ? target.downloadDir() : null,
                summarize,
                downloadLimits);
    }
}
