package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Which local file goes to which object of an import's input path (see {@link ImportRequest}), and the check that the
 * input path holds nothing yet: Glue imports every object under it, so objects left there by someone else would be
 * imported too, and uploading over them would destroy them.
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

    /**
     * @throws GlueLabelsException naming some of the objects, when the input path already holds any
     * @throws AwsCallException when the bucket cannot be listed, explained
     */
    void requireEmptyInput(S3Client s3, ErrorTranslator errors, ImportRequest request) {
        S3Uri input = request.inputS3Path();
        List<String> found = new ArrayList<>();
        try {
            if (request.namesObject()) {
                s3
                        .listObjectsV2(r ->
                                r.bucket(input.bucket()).prefix(input.key()).maxKeys(5))
                        .contents()
                        .stream()
                        .map(S3Object::key)
                        .filter(k -> k.equals(input.key()) || k.startsWith(input.folderPrefix()))
                        .forEach(found::add);
            } else {
                s3
                        .listObjectsV2(r -> r.bucket(input.bucket())
                                .prefix(input.folderPrefix())
                                .maxKeys(5))
                        .contents()
                        .stream()
                        .map(S3Object::key)
                        .forEach(found::add);
            }
        } catch (SdkException e) {
            throw errors.s3("ListObjectsV2", input.toString(), e);
        }
        if (!found.isEmpty()) {
            throw new GlueLabelsException("The input path " + input + " already holds objects ("
                    + String.join(
                            ", ",
                            found.stream().map(k -> input.withKey(k).toString()).toList())
                    + (found.size() == 5 ? ", …" : "") + "): Glue would import them with the new labels, and an upload"
                    + " over them would destroy them. Give an input path that holds nothing, e.g. one named after"
                    + " this import; nothing was uploaded or imported.");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
