package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Streams one object of a download into its staged file and checks that all of it arrived: a body that breaks off, or
 * ends short of the size the listing gave, fails the download with a message that names the object. Thread-safe.
 */
final class ObjectFetch {

    private static final int BUFFER = 1 << 16;

    private final S3Client s3;
    private final ErrorTranslator errors;

    ObjectFetch(S3Client s3, ErrorTranslator errors) {
        this.s3 = s3;
        this.errors = errors;
    }

    /**
     * @param source the download's S3 folder
     * @param object the object, as listed
     * @param target where the file goes once the download is complete, for messages
     * @param staged where it is written now
     * @param progress hears every chunk that arrives
     * @throws GlueLabelsException naming the object, when it cannot be fetched or written whole
     */
    void fetch(S3Uri source, S3Object object, Path target, Path staged, DownloadProgress progress) {
        String location = DownloadTargets.location(source, object.key());
        try {
            long copied = copy(source, object, staged, progress, location);
            if (copied != object.size()) {
                throw new GlueLabelsException("Download of " + location + " is incomplete: the listing says "
                        + object.size() + " bytes, " + copied + " arrived. Nothing was kept of it; run again.");
            }
        } catch (SdkException e) {
            throw errors.s3("GetObject", location, e);
        } catch (IOException e) {
            throw new GlueLabelsException(
                    "Cannot write the download of " + location + " to " + target + ": " + e
                            + ". Nothing was kept of it; check the folder (space, permissions) and run again.",
                    e);
        }
    }

    /** @return the bytes copied from the object's body to the staged file */
    private long copy(S3Uri source, S3Object object, Path staged, DownloadProgress progress, String location)
            throws IOException {
        long copied = 0;
        try (ResponseInputStream<GetObjectResponse> in =
                        s3.getObject(r -> r.bucket(source.bucket()).key(object.key()));
                OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[BUFFER];
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException | SdkException e) {
                    throw brokeOff(location, copied, object.size(), e);
                }
                if (n < 0) {
                    return copied;
                }
                out.write(buffer, 0, n);
                copied += n;
                progress.add(n);
            }
        }
    }

    /** The body of an object stopped arriving: the connection broke, or the SDK found it damaged. */
    private static GlueLabelsException brokeOff(String location, long copied, long size, Exception e) {
        return new GlueLabelsException(
                "Download of " + location + " broke off after " + copied + " of " + size + " bytes: " + e.getMessage()
                        + ". Nothing was kept of it; run again.",
                e);
    }
}
