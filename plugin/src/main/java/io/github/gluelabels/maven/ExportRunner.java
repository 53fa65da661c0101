package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.export.DownloadResult;
import io.github.gluelabels.core.export.Durations;
import io.github.gluelabels.core.export.EndpointKind;
import io.github.gluelabels.core.export.ExportResult;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.TaskRunState;
import io.github.gluelabels.core.text.Redaction;
import io.github.gluelabels.core.text.ShortList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs the exports of a plan — one at once, or several in parallel with bounded concurrency — and reports each: log
 * lines, JSON receipt, project properties. An export that fails does not stop the others; the build fails at the
 * end, naming every export that failed and why.
 */
final class ExportRunner {

    private final Log log;
    private final MavenProject project;
    private final Path receipts;

    ExportRunner(Log log, MavenProject project, Path receipts) {
        this.log = log;
        this.project = project;
        this.receipts = receipts;
    }

    private record Outcome(ExportTarget target, ExportResult result, String failure) {}

    void run(ExportPlan plan, Connection connection) throws MojoFailureException, MojoExecutionException {
        List<ExportTarget> targets = plan.targets();
        if (plan.several()) {
            log.info("Exporting the labels of " + targets.size() + " transforms, "
                    + Math.min(plan.parallelism(), targets.size()) + " at a time");
        } else {
            log.info("Exporting the labels of transform " + targets.get(0).transformId() + " to "
                    + targets.get(0).request().outputS3Path());
        }
        log.info("Using " + connection.describe());
        List<Outcome> outcomes = plan.several()
                ? runInParallel(plan, connection)
                : List.of(export(plan, targets.get(0), connection, ""));
        List<Outcome> failed =
                outcomes.stream().filter(o -> o.failure() != null).toList();
        if (failed.isEmpty()) {
            if (plan.several()) {
                log.info("Exported all " + targets.size() + " transforms: "
                        + ShortList.of(outcomes.stream()
                                .map(o -> o.target().transformId() + " "
                                        + o.result().status())
                                .toList()));
            }
            return;
        }
        if (!plan.several()) {
            throw new MojoFailureException(failed.get(0).failure());
        }
        StringBuilder message = new StringBuilder()
                .append(failed.size())
                .append(" of ")
                .append(targets.size())
                .append(" exports failed:");
        failed.forEach(o -> message.append("\n  - ")
                .append(o.target().transformId())
                .append(": ")
                .append(o.failure()));
        throw new MojoFailureException(message.toString());
    }

    private List<Outcome> runInParallel(ExportPlan plan, Connection connection) throws MojoExecutionException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(plan.parallelism(), plan.targets().size()), r -> {
                    Thread t = new Thread(r, "glue-labels-export-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Callable<Outcome>> tasks = new ArrayList<>();
            for (ExportTarget target : plan.targets()) {
                tasks.add(() -> export(plan, target, connection, "[" + target.transformId() + "] "));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(
                    "Interrupted while exporting; task runs already started were not cancelled "
                            + "(see the TaskRunIds above).",
                    e);
        } catch (ExecutionException e) {
            throw new MojoExecutionException("An export failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome export(ExportPlan plan, ExportTarget target, Connection connection, String prefix) {
        LoggingListener listener = new LoggingListener(log, prefix);
        if (plan.several()) {
            log.info(prefix + "Exporting to " + target.request().outputS3Path());
        }
        try {
            ExportResult result = LabelExporter.builder()
                    .clients(connection.clients())
                    .listener(listener)
                    .endpointKind(connection.kind())
                    .build()
                    .export(target.request(), plan.options(target));
            reportSuccess(plan, target, connection, result, prefix);
            return new Outcome(target, result, null);
        } catch (GlueLabelsException e) {
            // core's messages are redacted already; this makes sure of it for every line and receipt a failure reaches
            return failed(plan, target, connection, listener, Redaction.text(e.getMessage()), prefix);
        } catch (RuntimeException e) {
            return failed(
                    plan,
                    target,
                    connection,
                    listener,
                    Redaction.text("Unexpected failure while exporting " + target.transformId() + ": " + e),
                    prefix);
        }
    }

    private void reportSuccess(
            ExportPlan plan, ExportTarget target, Connection connection, ExportResult result, String prefix) {
        if (!result.hasFinalState()) {
            log.info(prefix + "Task run " + result.taskRunId() + " started; not waiting for it (wait = false). "
                    + followHint(connection, target, result.taskRunId()));
        } else {
            log.info(prefix + "Final status " + result.status() + " after " + Durations.describe(result.totalDuration())
                    + " (task run " + result.taskRunId() + ")");
            log.info(prefix + "Labels exported to " + target.request().outputS3Path());
        }
        DownloadResult download = result.hasDownload() ? result.download() : null;
        if (download != null) {
            log.info(prefix + "Labels downloaded to " + download.directory() + " ("
                    + Sizes.files(download.files().size())
                    + ", " + Sizes.bytes(download.bytes())
                    + (download.earlierObjectsLeftAside() == 0
                            ? ""
                            : "; " + download.earlierObjectsLeftAside()
                                    + " earlier object(s) under the path left aside")
                    + ")");
            log.info(prefix + "Summary: "
                    + (download.hasSummary()
                            ? download.summary().describe()
                            : plan.summarize()
                                    ? "none, no downloaded file is a labeling file"
                                    : "not made (summarize = false): the files were copied, not read"));
        }
        try {
            Path receipt = Receipt.write(receipts, target, connection, result);
            log.info(prefix + "Receipt " + receipt);
        } catch (IOException e) {
            log.warn(prefix + "Cannot write the receipt to " + receipts + ": " + e.getMessage());
        }
        publish(plan, target, result.taskRunId(), result.status(), download == null ? null : download.directory());
    }

    /** How to follow a run not waited for: the AWS CLI, but not on the embedded fake, which stops with the goal. */
    private static String followHint(Connection connection, ExportTarget target, String taskRunId) {
        if (connection.kind() == EndpointKind.EMBEDDED_FAKE) {
            return "The embedded fake stops with this goal, and the run with it: nothing is left to follow.";
        }
        return "Follow it with: aws glue get-ml-task-run --region " + connection.region() + " --transform-id "
                + target.transformId() + " --task-run-id " + taskRunId
                + (connection.kind() == EndpointKind.FAKE
                        ? " --endpoint-url " + connection.glueEndpointDescription()
                        : "");
    }

    private Outcome failed(
            ExportPlan plan,
            ExportTarget target,
            Connection connection,
            LoggingListener listener,
            String failure,
            String prefix) {
        String taskRunId = listener.taskRunId();
        if (taskRunId != null) {
            TaskRunState last = listener.lastState();
            try {
                Path receipt = Receipt.writeFailure(receipts, target, connection, taskRunId, last, failure);
                log.info(prefix + "Receipt " + receipt);
            } catch (IOException e) {
                log.warn(prefix + "Cannot write the receipt to " + receipts + ": " + e.getMessage());
            }
            publish(plan, target, taskRunId, last == null ? "STARTED" : last.status(), null);
        }
        if (plan.several()) {
            log.error(prefix + failure);
        }
        return new Outcome(target, null, failure);
    }

    /** Sets the project properties of one export, for the plugins that run after this goal. */
    private void publish(ExportPlan plan, ExportTarget target, String taskRunId, String status, Path downloadDir) {
        List<String> prefixes = new ArrayList<>(List.of(PublishedProperties.PREFIX + target.transformId() + "."));
        if (!plan.several()) {
            prefixes.add(PublishedProperties.PREFIX);
        }
        for (String prefix : prefixes) {
            set(prefix + PublishedProperties.TASK_RUN_ID, taskRunId);
            set(prefix + PublishedProperties.STATUS, status);
            if (downloadDir != null) {
                set(prefix + PublishedProperties.DOWNLOAD_DIR, downloadDir.toString());
            }
        }
    }

    private void set(String name, String value) {
        project.getProperties().setProperty(name, value);
        log.debug("Project property " + name + " = " + value);
    }
}
