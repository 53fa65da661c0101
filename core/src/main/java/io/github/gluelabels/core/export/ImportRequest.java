package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to import where: a transform, the local labeling file or folder of them, and the S3 path they are uploaded to
 * and imported from ({@code InputS3Path}).
 *
 * <p>A local file goes to the input path itself when the path names an object ({@code s3://b/in/labels.csv}), else
 * into it as a folder ({@code s3://b/in/} gets {@code s3://b/in/labels.csv}); a local folder's files go into it as a
 * folder, under their paths relative to the local folder.
 *
 * @param transformId the transform
 * @param labels the local labeling file, or folder of them
 * @param inputS3Path where they are uploaded, and what {@code StartImportLabelsTaskRun} reads
 * @since 0.1.0
 */
public record ImportRequest(String transformId, Path labels, S3Uri inputS3Path) {

    /** The request member the input path is sent as. */
    public static final String INPUT_S3_PATH = "InputS3Path";

    /** Checks the members are there. */
    public ImportRequest {
        Objects.requireNonNull(transformId, "transformId");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(inputS3Path, "inputS3Path");
    }

    /**
     * Validates every member at once.
     *
     * @param transformId the transform
     * @param labels the local labeling file, or folder of them
     * @param inputS3Path e.g. {@code s3://my-bucket/labels/import-1/}
     * @return the request
     * @throws InvalidRequestException naming each field, rule and value that is not valid
     */
    public static ImportRequest of(String transformId, Path labels, String inputS3Path) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(Constraints.hashString("TransformId", transformId));
        violations.addAll(Constraints.s3Path(INPUT_S3_PATH, inputS3Path));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ImportRequest(
                transformId, Objects.requireNonNull(labels, "labels"), S3Uri.parse(INPUT_S3_PATH, inputS3Path));
    }

    /** @return whether the input path names one object, to which a single local file is uploaded */
    boolean namesObject() {
        return !inputS3Path.key().isEmpty() && !inputS3Path.key().endsWith("/");
    }
}
