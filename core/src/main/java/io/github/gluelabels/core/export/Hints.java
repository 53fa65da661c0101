package io.github.gluelabels.core.export;

import io.github.gluelabels.core.text.Redaction;
import java.net.URI;

/**
 * The advice of messages, as {@link EndpointKind} says what works: the AWS CLI on AWS, seeding on a fake, nothing
 * once an embedded fake is gone. Endpoints in it are redacted.
 */
final class Hints {

    private final EndpointKind kind;
    private final URI glueEndpoint;

    Hints(EndpointKind kind, URI glueEndpoint) {
        this.kind = kind;
        this.glueEndpoint = glueEndpoint;
    }

    EndpointKind kind() {
        return kind;
    }

    /** @return the Glue endpoint as it may be shown */
    String endpoint() {
        return Redaction.endpoint(glueEndpoint);
    }

    /**
     * @return the AWS CLI command that shows a run, or {@code null} when nothing is left to ask after the export (an
     *     embedded fake)
     */
    String checkRunCommand(String transformId, String taskRunId) {
        return switch (kind) {
            case AWS -> "aws glue get-ml-task-run --transform-id " + transformId + " --task-run-id " + taskRunId;
            case FAKE ->
                "aws glue get-ml-task-run --transform-id " + transformId + " --task-run-id " + taskRunId
                        + endpointOption();
            case EMBEDDED_FAKE -> null;
        };
    }

    /** @return the advice for a transform Glue cannot find, after "Glue cannot find transform … in region …." */
    String unknownTransform(String transformId, String region) {
        if (kind == EndpointKind.AWS) {
            return "Check the transform id ('aws glue get-ml-transforms' lists them), that the transform lives in "
                    + region
                    + " (a transform exists in one region only), and that the credentials belong to its account.";
        }
        return "The fake at " + endpoint() + " knows only the transforms seeded into it: seed " + transformId
                + " (--seed " + transformId
                + "=labels.csv of the standalone fake, <fakeSeeds> of glue-labels:fake-start, "
                + "fakeLabels of the export goal's embedded fake, @SeedLabels in a JUnit test), and check that the region ("
                + region + ") and access key id are those it was seeded under.";
    }

    /** @return the advice for a run Glue cannot find */
    String unknownTaskRun(String transformId) {
        return kind == EndpointKind.EMBEDDED_FAKE
                ? "Check the task run id."
                : "Check the task run id ('aws glue get-ml-task-runs --transform-id " + transformId + endpointOption()
                        + "' lists the transform's runs) and that it belongs to this transform.";
    }

    private String endpointOption() {
        return kind == EndpointKind.FAKE ? " --endpoint-url " + endpoint() : "";
    }
}
