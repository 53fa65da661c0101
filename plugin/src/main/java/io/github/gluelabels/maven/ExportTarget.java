package io.github.gluelabels.maven;

import io.github.gluelabels.core.ExportRequest;
import java.nio.file.Path;

/**
 * One transform to export, validated: the request and where its labels go on disk.
 *
 * @param request the validated request
 * @param downloadDir the local folder, or {@code null} when nothing is downloaded
 */
record ExportTarget(ExportRequest request, Path downloadDir) {

    String transformId() {
        return request.transformId();
    }
}
