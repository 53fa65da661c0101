package io.github.gluelabels.maven;

import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;

/**
 * One side of {@code diff}, as configured: a local labeling file or folder, or an S3 path that is downloaded first.
 *
 * @param parameter the parameter it comes from, {@code from} or {@code to}
 * @param local the local file or folder, or {@code null} for an S3 side
 * @param s3Path the S3 path, or {@code null} for a local side
 */
record DiffSide(String parameter, Path local, S3Uri s3Path) {

    static DiffSide local(String parameter, Path path) {
        return new DiffSide(parameter, path, null);
    }

    static DiffSide s3(String parameter, S3Uri path) {
        return new DiffSide(parameter, null, path);
    }

    boolean isS3() {
        return s3Path != null;
    }

    @Override
    public String toString() {
        return isS3() ? s3Path.toString() : local.toString();
    }
}
