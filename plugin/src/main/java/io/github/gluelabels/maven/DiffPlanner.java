package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.labels.LabelingFileReader;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the parameters of {@code diff} into a plan: checks every one and reports all problems at once, before
 * anything is read, downloaded or sent. Pure: it reads no Maven state and calls nothing but the file system's "does
 * this exist", so every rule is tested without Maven.
 */
final class DiffPlanner {

    private final DiffParameters parameters;
    private final ConfigurationProblems problems;
    private final Function<File, Path> resolver;

    /**
     * @param problems the problems found so far (such as unknown properties), to which the plan's are added
     * @param resolver reads a configured path as a path of the project
     */
    DiffPlanner(DiffParameters parameters, ConfigurationProblems problems, Function<File, Path> resolver) {
        this.parameters = parameters;
        this.problems = problems;
        this.resolver = resolver;
    }

    /**
     * @return the plan
     * @throws MojoFailureException listing every problem of the configuration
     */
    DiffPlan plan() throws MojoFailureException {
        Optional<DiffSide> from = side("from", parameters.from);
        Optional<DiffSide> to = side("to", parameters.to);
        String primaryKey = primaryKey();
        String transformId = transformId();
        if (parameters.diffReport == null) {
            problems.add("diffReport (property glue-labels.diffReport) is not set: give the file the JSON report goes "
                    + "to, e.g. target/glue-labels/diff.json");
        }
        Optional<DownloadLimits> limits =
                new DownloadLimitParameters(parameters.maxDownloadObjects, parameters.maxDownloadBytes).read(problems);
        boolean s3 =
                from.map(DiffSide::isS3).orElse(false) || to.map(DiffSide::isS3).orElse(false);
        if (s3 || (primaryKey == null && transformId != null)) {
            parameters.aws.checkAttempts(problems);
            parameters.aws.check(problems);
        }
        problems.throwIfAny();
        return new DiffPlan(
                from.orElseThrow(),
                to.orElseThrow(),
                primaryKey,
                transformId,
                resolver.apply(parameters.diffReport),
                resolver.apply(parameters.workDirectory).resolve("diff"),
                limits.orElseThrow(),
                parameters.failOnChanges);
    }

    private Optional<DiffSide> side(String parameter, String value) {
        if (!AwsParameters.present(value)) {
            problems.add(parameter + " (property glue-labels." + parameter + ") is not set: give the labels "
                    + ("from".equals(parameter) ? "before" : "after") + " — a labeling file, a folder of them (an "
                    + "export's download folder) or an s3:// path");
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith(Constraints.S3_SCHEME)) {
            return s3Side(parameter, trimmed);
        }
        Path path = resolver.apply(new File(trimmed));
        if (!Files.exists(path)) {
            problems.parameter(
                    parameter,
                    "must be an existing labeling file or folder, or an s3:// path; it does not exist",
                    path.toString());
            return Optional.empty();
        }
        return Optional.of(DiffSide.local(parameter, path));
    }

    private Optional<DiffSide> s3Side(String parameter, String value) {
        try {
            S3Uri path = S3Uri.parse(parameter + " (property glue-labels." + parameter + ")", value);
            if (path.isWholeBucket()) {
                problems.parameter(
                        parameter,
                        "must be a folder in a bucket, not a whole bucket (glue-labels never "
                                + "downloads a whole bucket), e.g. " + path + "/labels/",
                        value);
                return Optional.empty();
            }
            return Optional.of(DiffSide.s3(parameter, path));
        } catch (InvalidRequestException e) {
            e.violations().forEach(violation -> problems.add(violation.message()));
            return Optional.empty();
        }
    }

    private String primaryKey() {
        String column = parameters.primaryKey;
        if (column == null || column.isEmpty()) {
            return null;
        }
        if (column.isBlank()
                || column.equals(LabelingFileReader.LABELING_SET_ID)
                || column.equals(LabelingFileReader.LABEL)) {
            problems.parameter(
                    "primaryKey", "must be a column of the source table, not labeling_set_id or label", column);
            return null;
        }
        return column;
    }

    private String transformId() {
        String id = parameters.transformId;
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (Violation violation : Constraints.hashString("transformId (property glue-labels.transformId)", id)) {
            problems.add(violation.message());
        }
        return id;
    }
}
