package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.S3Uri;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Which files go up in one {@code PutObject} and which in parts, the parts' bytes, and the abort of a multipart upload
 * that failed. Sizes are tiny here: the threshold and part size are the uploader's own (the builder's floor of 5 MiB
 * is not its concern).
 */
class UploaderTest {

    private static final int THRESHOLD = 8;
    private static final int PART_SIZE = 4;

    @TempDir
    Path folder;

    private final ErrorTranslator errors = AwsErrors.euWest1();
    private final RecordingS3 s3 = new RecordingS3();
    private final List<String> heard = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void uploaded(S3Uri object, long bytes) {
            heard.add(object + " " + bytes);
        }
    };
    private final Uploader uploader = new Uploader(s3, errors, listener, THRESHOLD, PART_SIZE);

    private UploadPlan plan(String... contents) throws IOException {
        Path labels = Files.createDirectories(folder.resolve("labels"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            files.add(Files.writeString(labels.resolve("f" + i + ".csv"), contents[i], StandardCharsets.UTF_8));
        }
        return UploadPlan.of(ImportRequest.of("tfm-1", labels, "s3://bucket/in/"), files);
    }

    private static AwsServiceException denied() {
        return AwsServiceException.builder()
                .statusCode(403)
                .requestId("req-1")
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDenied")
                        .errorMessage("Access Denied")
                        .build())
                .build();
    }

    @Test
    void aFileUnderTheThresholdIsPutAndOneOfTheThresholdGoesUpInParts() throws IOException {
        List<S3Uri> done = uploader.upload(plan("1234567", "abcdefgh"));

        assertThat(done).extracting(S3Uri::toString).containsExactly("s3://bucket/in/f0.csv", "s3://bucket/in/f1.csv");
        assertThat(s3.calls)
                .containsExactly(
                        "put bucket/in/f0.csv text/csv 1234567",
                        "create bucket/in/f1.csv text/csv",
                        "part 1 of up-1 abcd",
                        "part 2 of up-1 efgh",
                        "complete bucket/in/f1.csv up-1 [1=etag-1, 2=etag-2]");
        assertThat(heard).containsExactly("s3://bucket/in/f0.csv 7", "s3://bucket/in/f1.csv 8");
    }

    @Test
    void theLastPartHoldsWhatIsLeft() throws IOException {
        uploader.upload(plan("abcdefghij"));

        assertThat(s3.calls)
                .containsExactly(
                        "create bucket/in/f0.csv text/csv",
                        "part 1 of up-1 abcd",
                        "part 2 of up-1 efgh",
                        "part 3 of up-1 ij",
                        "complete bucket/in/f0.csv up-1 [1=etag-1, 2=etag-2, 3=etag-3]");
    }

    @Test
    void aPartThatFailsAbortsTheUploadAndAFailedAbortIsKeptWithTheFailure() throws IOException {
        AwsServiceException partFailure = denied();
        s3.partFailure = partFailure;
        AwsServiceException abortFailure = denied();
        s3.abortFailure = abortFailure;
        UploadPlan plan = plan("abcdefgh");

        assertThatThrownBy(() -> uploader.upload(plan))
                .isInstanceOf(AwsCallException.class)
                .hasMessage("S3 UploadPart of s3://bucket/in/f0.csv failed: AccessDenied: Access Denied. Check that"
                        + " the credentials' IAM policy allows s3:ListBucket on the bucket and s3:GetObject on the"
                        + " export's prefix. (request id req-1)")
                .hasCause(partFailure);
        assertThat(partFailure.getSuppressed()).containsExactly(abortFailure);
        assertThat(s3.calls).containsExactly("create bucket/in/f0.csv text/csv", "abort bucket/in/f0.csv up-1");
        assertThat(heard).isEmpty();
    }

    @Test
    void anyOtherFailureOfAPartAbortsTheUploadToo() throws IOException {
        IllegalStateException broken = new IllegalStateException("the file changed");
        s3.partFailure = broken;
        UploadPlan plan = plan("abcdefgh");

        assertThatThrownBy(() -> uploader.upload(plan)).isSameAs(broken);
        assertThat(broken.getSuppressed()).isEmpty();
        assertThat(s3.calls).containsExactly("create bucket/in/f0.csv text/csv", "abort bucket/in/f0.csv up-1");
    }
}
