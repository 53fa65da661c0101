package io.github.gluelabels.core;

import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code StartExportLabelsTaskRun} request, valid by construction: {@link #of} checks every documented constraint
 * and reports every violation at once.
 *
 * @param transformId the transform whose labels to export
 * @param outputS3Path where the labels go, {@code s3://bucket/prefix}
 * @since 0.1.0
 */
public record ExportRequest(String transformId, S3Uri outputS3Path) {

    /** The API's name of the transform member. */
    public static final String TRANSFORM_ID = "TransformId";

    /** The API's name of the output path member. */
    public static final String OUTPUT_S3_PATH = "OutputS3Path";

    /**
     * Validates and builds a request.
     *
     * @param transformId the transform id
     * @param outputS3Path the output path
     * @return the request
     * @throws InvalidRequestException listing every violation, when any constraint is broken
     */
    public static ExportRequest of(String transformId, String outputS3Path) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(Constraints.hashString(TRANSFORM_ID, transformId));
        violations.addAll(Constraints.s3Path(OUTPUT_S3_PATH, outputS3Path));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ExportRequest(transformId, S3Uri.parse(OUTPUT_S3_PATH, outputS3Path));
    }
}
