package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The check that an import's input path holds nothing Glue would read, before anything is uploaded: Glue imports
 * every label file under it, so files left there by someone else would be imported too, and an upload over them would
 * destroy them. What Glue reads of an input path: the object it names, when there is one; else every object under it
 * as a folder but empty folder markers (a key ending {@code /}, as the S3 console makes) and files whose name starts
 * with {@code _} (Spark's {@code _SUCCESS}). The fake's import reads the same.
 */
final class InputPathCheck {

    /** How many of the objects found a refusal names. */
    static final int NAMED = 5;

    private InputPathCheck() {}

    /**
     * @throws GlueLabelsException naming up to {@value #NAMED} of the objects, when the input path holds any Glue reads
     * @throws AwsCallException when the bucket cannot be listed, explained
     */
    static void requireEmpty(S3Client s3, ErrorTranslator errors, ImportRequest request) {
        S3Uri input = request.inputS3Path();
        List<String> found = new ArrayList<>();
        try {
            if (request.namesObject()) {
                // the named object sorts first among the keys it begins: one key says whether it exists
                s3
                        .listObjectsV2(r ->
                                r.bucket(input.bucket()).prefix(input.key()).maxKeys(1))
                        .contents()
                        .stream()
                        .map(S3Object::key)
                        .filter(input.key()::equals)
                        .forEach(found::add);
            }
            // only as many pages as it takes to find a few: markers and _-files may fill the first ones
            s3.listObjectsV2Paginator(r -> r.bucket(input.bucket()).prefix(input.folderPrefix())).contents().stream()
                    .map(S3Object::key)
                    .filter(InputPathCheck::isRead)
                    .limit(NAMED + 1L - found.size())
                    .forEach(found::add);
        } catch (SdkException e) {
            throw errors.s3("ListObjectsV2", input.toString(), e);
        }
        if (!found.isEmpty()) {
            List<String> named = found.subList(0, Math.min(NAMED, found.size()));
            throw new GlueLabelsException("The input path " + input + " already holds objects ("
                    + String.join(
                            ", ",
                            named.stream().map(k -> input.withKey(k).toString()).toList())
                    + (found.size() > NAMED ? ", …" : "") + "): Glue would import them with the new labels, and an"
                    + " upload over them would destroy them. Give an input path that holds nothing, e.g. one named"
                    + " after this import; nothing was uploaded or imported.");
        }
    }

    /** @return whether Glue's import reads the object under a folder: not a folder marker, not a {@code _}-file */
    static boolean isRead(String key) {
        return !key.endsWith("/") && !key.substring(key.lastIndexOf('/') + 1).startsWith("_");
    }
}
