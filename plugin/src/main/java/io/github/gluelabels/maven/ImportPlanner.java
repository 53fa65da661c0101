package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.ImportBackups;
import io.github.gluelabels.core.export.ImportOptions;
import io.github.gluelabels.core.export.ImportRequest;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the parameters of {@code import} into a plan: checks every one and reports all problems at once, before
 * anything is read or sent. Pure: it reads no Maven state and calls nothing, so every rule is tested without Maven.
 */
final class ImportPlanner {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ImportParameters parameters;
    private final ConfigurationProblems problems;
    private final Function<File, Path> resolver;
    private final Instant now;

    /**
     * @param problems the problems found so far (such as unknown properties), to which the plan's are added
     * @param resolver reads a configured path as a path of the project
     * @param now the time backups are named after
     */
    ImportPlanner(
            ImportParameters parameters, ConfigurationProblems problems, Function<File, Path> resolver, Instant now) {
        this.parameters = parameters;
        this.problems = problems;
        this.resolver = resolver;
        this.now = now;
    }

    /**
     * @return the plan
     * @throws MojoFailureException listing every problem of the configuration
     */
    ImportPlan plan() throws MojoFailureException {
        Optional<Path> labels = labels();
        Optional<ImportRequest> request = request(labels);
        Optional<S3Uri> backup = s3Path("backupS3Path", parameters.backupS3Path);
        Optional<WaitOptions> waitOptions = parameters.waiting.read(problems);
        if (!parameters.waiting.waitForCompletion()) {
            problems.add("wait (property glue-labels.wait) is false: import waits for its task run. Glue says "
                    + "whether it took the files only when the run ends, the input path must stay as it is until then, "
                    + "and the label count after it is read then. Leave wait at true (the default)");
        }
        Optional<DownloadLimits> limits =
                new DownloadLimitParameters(parameters.maxDownloadObjects, parameters.maxDownloadBytes).read(problems);
        parameters.aws.checkAttempts(problems);
        if (parameters.fake) {
            parameters.fakeParameters.check(parameters.fakeLabels, problems);
        } else {
            parameters.aws.check(problems);
        }
        Path workDirectory = resolver.apply(parameters.workDirectory);
        Optional<ImportPlan> plan = request.flatMap(importRequest -> waitOptions.flatMap(wait -> {
            String folder = Names.safeFileName(importRequest.transformId());
            ImportOptions configured = new ImportOptions(
                    parameters.replaceAllLabels,
                    parameters.backup,
                    backup.orElse(null),
                    workDirectory.resolve("backups").resolve(folder).resolve(STAMP.format(now)),
                    wait);
            // core's rules name the place; the import is then told it, so that it backs up where the plan said
            return backupPlace(importRequest, configured)
                    .map(place -> new ImportPlan(
                            importRequest,
                            new ImportOptions(
                                    configured.replaceAllLabels(),
                                    configured.backup(),
                                    place.s3Path(),
                                    place.localCopy(),
                                    wait),
                            place.s3Path(),
                            workDirectory.resolve("import-plan").resolve(folder),
                            limits.orElse(null)));
        }));
        problems.throwIfAny();
        return plan.orElseThrow();
    }

    private Optional<ImportBackups.Place> backupPlace(ImportRequest request, ImportOptions options) {
        try {
            return Optional.of(ImportBackups.place(request, options, now));
        } catch (GlueLabelsException e) {
            // the message names the path, the rule and the parameter to change
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Path> labels() {
        if (parameters.labels == null) {
            problems.add("labels (property glue-labels.labels) is not set: give the labeling file to import, or a "
                    + "folder of them, e.g. src/labels/labels.csv");
            return Optional.empty();
        }
        Path path = resolver.apply(parameters.labels);
        if (!Files.exists(path)) {
            problems.parameter(
                    "labels", "must be an existing labeling file or folder; it does not exist", path.toString());
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private Optional<ImportRequest> request(Optional<Path> labels) {
        if (!AwsParameters.present(parameters.inputS3Path)) {
            problems.add("inputS3Path (property glue-labels.inputS3Path) is not set: give the S3 path the labels are "
                    + "uploaded to and imported from, e.g. s3://my-bucket/labels/import-1/");
        }
        if (!AwsParameters.present(parameters.transformId)) {
            problems.add("transformId (property glue-labels.transformId) is not set: name the transform to import "
                    + "the labels into, e.g. -Dglue-labels.transformId=tfm-0123456789abcdef");
        }
        try {
            // validated even without labels, so that every problem shows at once
            ImportRequest request = ImportRequest.of(
                    parameters.transformId,
                    labels.orElse(Path.of(".")),
                    AwsParameters.present(parameters.inputS3Path) ? parameters.inputS3Path.trim() : null);
            return labels.isPresent() ? Optional.of(request) : Optional.empty();
        } catch (InvalidRequestException e) {
            for (Violation violation : e.violations()) {
                boolean missing = violation.value() == null || violation.value().isBlank();
                if (!missing) {
                    problems.add(parameterOf(violation.field()) + ": " + violation.message());
                }
            }
            return Optional.empty();
        }
    }

    private Optional<S3Uri> s3Path(String parameter, String value) {
        if (!AwsParameters.present(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(S3Uri.parse(parameter + " (property glue-labels." + parameter + ")", value.trim()));
        } catch (InvalidRequestException e) {
            e.violations().forEach(violation -> problems.add(violation.message()));
            return Optional.empty();
        }
    }

    private static String parameterOf(String field) {
        return ImportRequest.INPUT_S3_PATH.equals(field) ? "inputS3Path" : "transformId";
    }
}
