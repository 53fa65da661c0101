package io.github.gluelabels.maven;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the parameters of {@code export} into a plan: checks every one, builds every request and says where each
 * transform's labels go, reporting all problems at once before anything is sent. Pure: it reads no Maven state and
 * calls nothing, so every rule is tested without Maven.
 */
final class ExportPlanner {

    static final String TRANSFORM_PLACEHOLDER = "{transformId}";

    private final ExportParameters parameters;
    private final ConfigurationProblems problems;
    private final Function<File, Path> resolver;

    /**
     * @param problems the problems found so far (such as unknown properties), to which the plan's are added
     * @param resolver reads a configured folder as a path of the project
     */
    ExportPlanner(ExportParameters parameters, ConfigurationProblems problems, Function<File, Path> resolver) {
        this.parameters = parameters;
        this.problems = problems;
        this.resolver = resolver;
    }

    /**
     * @return the plan
     * @throws MojoFailureException listing every problem of the configuration
     */
    ExportPlan plan() throws MojoFailureException {
        List<String> ids = new TransformIds(parameters.transformId, parameters.transformIds).read(problems);
        if (!AwsParameters.present(parameters.outputS3Path)) {
            problems.add(
                    "outputS3Path (property glue-labels.outputS3Path) is not set: give the S3 path Glue writes the "
                            + "labels to, e.g. s3://my-bucket/labels/");
        }
        Optional<WaitOptions> waitOptions = parameters.waiting.read(problems);
        if (parameters.parallelism < 1) {
            problems.parameter("parallelism", "must be 1 or more", String.valueOf(parameters.parallelism));
        }
        parameters.aws.checkAttempts(problems);
        boolean downloading = checkDownload();
        Optional<DownloadLimits> limits =
                new DownloadLimitParameters(parameters.maxDownloadObjects, parameters.maxDownloadBytes).read(problems);
        if (parameters.fake) {
            parameters.fakeParameters.check(parameters.fakeLabels, problems);
        } else {
            parameters.aws.check(problems);
        }
        List<ExportTarget> targets = targets(ids, downloading);
        problems.throwIfAny();
        return new ExportPlan(
                targets,
                parameters.waiting.waitForCompletion(),
                waitOptions.orElseThrow(),
                parameters.parallelism,
                parameters.summarize,
                limits.orElseThrow());
    }

    /** @return whether the labels are downloaded */
    private boolean checkDownload() {
        if (Boolean.TRUE.equals(parameters.download) && !parameters.waiting.waitForCompletion()) {
            problems.add("download (property glue-labels.download) is true but wait is false: the labels exist only "
                    + "once the task run succeeded, so downloading needs waiting. Set wait to true, or download to "
                    + "false.");
        }
        boolean downloading =
                parameters.waiting.waitForCompletion() && (parameters.download == null || parameters.download);
        if (downloading && parameters.downloadTo == null) {
            problems.add("downloadTo (property glue-labels.downloadTo) is not set: give the folder to download to");
        }
        return downloading;
    }

    private List<ExportTarget> targets(List<String> ids, boolean downloading) {
        List<ExportTarget> targets = new ArrayList<>();
        if (!AwsParameters.present(parameters.outputS3Path)) {
            return targets;
        }
        List<Violation> violations = new ArrayList<>();
        boolean several = ids.size() > 1;
        for (String id : ids) {
            String path = forTransform(parameters.outputS3Path, id, several, true);
            try {
                Path folder = downloading && parameters.downloadTo != null
                        ? resolver.apply(new File(
                                forTransform(parameters.downloadTo.getPath(), Names.safeFileName(id), several, false)))
                        : null;
                ExportRequest request = ExportRequest.of(id, path);
                if (folder != null && request.outputS3Path().isWholeBucket()) {
                    problems.add("outputS3Path (property glue-labels.outputS3Path) is a whole bucket, "
                            + request.outputS3Path() + ": glue-labels does not download a whole bucket (it would bring "
                            + "every object in it). Export to a folder in it, e.g. " + request.outputS3Path()
                            + "/labels/, or set download to false");
                }
                targets.add(new ExportTarget(request, folder));
            } catch (InvalidRequestException e) {
                violations.addAll(e.violations());
            }
        }
        reportViolations(violations);
        return targets;
    }

    /** Each message once, under the parameter's name rather than the request's field. */
    private void reportViolations(List<Violation> violations) {
        Set<String> seen = new LinkedHashSet<>();
        boolean listed = parameters.transformIds != null && !parameters.transformIds.isEmpty();
        for (Violation v : violations) {
            String parameter = ExportRequest.TRANSFORM_ID.equals(v.field())
                    ? (listed ? "transformIds" : "transformId")
                    : ExportRequest.OUTPUT_S3_PATH.equals(v.field()) ? "outputS3Path" : v.field();
            if (seen.add(v.message())) {
                problems.add(parameter + ": " + v.message());
            }
        }
    }

    /**
     * Where one transform's output goes: the placeholder replaced, or, with several transforms and no placeholder, a
     * sub-folder named after the transform.
     */
    static String forTransform(String template, String id, boolean several, boolean s3) {
        if (template.contains(TRANSFORM_PLACEHOLDER)) {
            return template.replace(TRANSFORM_PLACEHOLDER, id);
        }
        if (!several) {
            return template;
        }
        String separator = s3 ? "/" : File.separator;
        return (template.endsWith(separator) ? template : template + separator) + id + (s3 ? "/" : "");
    }

    /** The transforms to export: {@code transformId} or {@code transformIds}, one of them, without repeats. */
    private record TransformIds(String single, List<String> several) {

        List<String> read(ConfigurationProblems problems) {
            boolean hasSingle = single != null && !single.isEmpty();
            boolean hasSeveral = several != null && !several.isEmpty();
            if (hasSingle && hasSeveral) {
                problems.add("transformId (" + Values.describe(single) + ") and transformIds (" + ShortList.of(several)
                        + ") are both set: set one of them");
                return List.of();
            }
            if (!hasSingle && !hasSeveral) {
                problems.add("transformId (property glue-labels.transformId) is not set: name the transform whose "
                        + "labels to export, e.g. -Dglue-labels.transformId=tfm-0123456789abcdef, or list several in "
                        + "transformIds");
                return List.of();
            }
            if (hasSingle) {
                return List.of(single);
            }
            List<String> ids = new ArrayList<>();
            for (String id : several) {
                String trimmed = id == null ? "" : id.trim();
                if (ids.contains(trimmed)) {
                    problems.add("transformIds lists " + Values.describe(trimmed) + " twice");
                } else {
                    ids.add(trimmed);
                }
            }
            return ids;
        }
    }
}
