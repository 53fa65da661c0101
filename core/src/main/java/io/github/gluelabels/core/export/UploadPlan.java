package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which local file goes to which object of an import's input path (see {@link ImportRequest}). That the input path
 * holds nothing yet is {@link InputPathCheck}'s to check.
 */
final class UploadPlan {

    /** One file to upload, and where. */
    record Upload(Path file, S3Uri target, long size) {}

    private final List<Upload> uploads;

    private UploadPlan(List<Upload> uploads) {
        this.uploads = List.copyOf(uploads);
    }

    /**
     * @param request the import
     * @param files the labeling files of {@code request.labels()}, as the check found them
     */
    static UploadPlan of(ImportRequest request, List<Path> files) {
        List<Upload> uploads = new ArrayList<>();
        boolean oneFile = Files.isRegularFile(request.labels());
        for (Path file : files) {
            String key;
            if (oneFile && request.namesObject()) {
                key = request.inputS3Path().key();
            } else {
                Path relative = oneFile ? file.getFileName() : request.labels().relativize(file);
                key = request.inputS3Path().folderPrefix() + relative.toString().replace('\\', '/');
            }
            uploads.add(new Upload(file, request.inputS3Path().withKey(key), size(file)));
        }
        return new UploadPlan(uploads);
    }

    List<Upload> uploads() {
        return uploads;
    }

    long bytes() {
        return uploads.stream().mapToLong(Upload::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
