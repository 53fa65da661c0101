package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.text.Redaction;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an import's start says when its answer was lost: a run adopted, several found, none started, or none known.
 * Each failure says whether an import may have started, and the command that shows it.
 */
final class StartMessages {

    private StartMessages() {}

    static String adopted(String transformId, String inputS3Path, ImportRunLookup.Found found) {
        return "StartImportLabelsTaskRun got no answer, but Glue lists import task run " + found.taskRunId()
                + " of " + inputS3Path + " for transform " + transformId + ", started just now: it is this import's,"
                + " and it is followed instead of starting another.";
    }

    static String several(String transformId, String inputS3Path, ImportRunLookup.Found found) {
        return "Glue lists " + (found.others().size() + 1) + " import task runs of " + inputS3Path + " for transform "
                + transformId + " started just now (" + found.taskRunId() + ", followed, and "
                + String.join(", ", found.others()) + "): each imports the labels, so an add may import them more than"
                + " once. Cancel the others (aws glue cancel-ml-task-run) if they have not ended.";
    }

    /** The start got no answer and the lookup failed too: whether a run started is unknown. */
    static GlueLabelsException mayHaveStarted(
            ErrorTranslator errors,
            ImportRunLookup lookup,
            String transformId,
            String inputS3Path,
            SdkException startFailure,
            SdkException lookupFailure) {
        GlueLabelsException start = errors.glue(ImportStart.OPERATION, transformId, null, startFailure);
        GlueLabelsException look = errors.glue("GetMLTaskRuns", transformId, null, lookupFailure);
        AwsCallException failure = failure(
                "An import of " + inputS3Path + " into transform " + transformId + " MAY HAVE STARTED: "
                        + ImportStart.OPERATION + " got no answer (" + start.getMessage() + "), and GetMLTaskRuns,"
                        + " which would show the run, failed too (" + look.getMessage() + "). Before importing again,"
                        + " look for it with: " + lookup.command(errors.region())
                        + " — an add imported twice adds its labels twice.",
                start,
                startFailure);
        failure.addSuppressed(lookupFailure);
        return failure;
    }

    /** A start was refused after an earlier one got no answer, which may have started a run Glue did not list yet. */
    static GlueLabelsException refusedAfterUnanswered(
            ErrorTranslator errors, ImportRunLookup lookup, String transformId, String inputS3Path, SdkException e) {
        GlueLabelsException refused = errors.glue(ImportStart.OPERATION, transformId, null, e);
        return failure(
                refused.getMessage() + " An earlier " + ImportStart.OPERATION + " of " + inputS3Path
                        + " got no answer, and Glue listed no run of it then; an import MAY HAVE STARTED all the same."
                        + " Before importing again, look with: " + lookup.command(errors.region()),
                refused,
                e);
    }

    /** Every attempt failed, and no run was found after any of them. */
    static GlueLabelsException notStarted(
            ErrorTranslator errors,
            ImportRunLookup lookup,
            String transformId,
            int attempts,
            boolean anyUnanswered,
            SdkException last) {
        GlueLabelsException translated = errors.glue(ImportStart.OPERATION, transformId, null, last);
        return failure(
                ImportStart.OPERATION + " failed " + attempts + " time(s); the last time: " + translated.getMessage()
                        + (anyUnanswered
                                ? " No import task run was started as far as Glue lists them (GetMLTaskRuns after each"
                                        + " attempt without an answer showed none); to be sure before importing"
                                        + " again, look with: " + lookup.command(errors.region())
                                : " Glue acted on none of the attempts: no import was started."),
                translated,
                last);
    }

    private static AwsCallException failure(String message, GlueLabelsException translated, SdkException cause) {
        return translated instanceof AwsCallException call
                ? new AwsCallException(
                        Redaction.text(message),
                        ImportStart.OPERATION,
                        call.errorCode(),
                        call.statusCode(),
                        call.requestId(),
                        cause)
                : new AwsCallException(Redaction.text(message), ImportStart.OPERATION, null, 0, null, cause);
    }
}
