package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The objects under an S3 folder, in key order; the empty "folder" objects some tools create left out. */
final class PrefixListing {

    private PrefixListing() {}

    static List<S3Object> list(S3Client s3, ErrorTranslator errors, S3Uri source) {
        try {
            List<S3Object> objects = new ArrayList<>();
            s3.listObjectsV2Paginator(r -> r.bucket(source.bucket()).prefix(source.folderPrefix()))
                    .contents()
                    .forEach(o -> {
                        if (!(o.key().endsWith("/") && o.size() == 0)) {
                            objects.add(o);
                        }
                    });
            return objects;
        } catch (SdkException e) {
            throw errors.s3("ListObjectsV2", source.toString(), e);
        }
    }
}
