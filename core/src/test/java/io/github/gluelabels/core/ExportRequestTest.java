package io.github.gluelabels.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    @Test
    void buildsAValidRequest() {
        ExportRequest request = ExportRequest.of("tfm-1", "s3://bucket/labels");
        assertThat(request.transformId()).isEqualTo("tfm-1");
        assertThat(request.outputS3Path()).isEqualTo(new S3Uri("bucket", "labels"));
        assertThat(request.outputS3Path().folderPrefix()).isEqualTo("labels/");
        assertThat(request.outputS3Path()).hasToString("s3://bucket/labels");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ExportRequest.of("bad\nid", "s3://B/x"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("""
            Invalid request, nothing was sent (2 problems):
              - TransformId must not contain control characters other than tab, nor U+FFFE or U+FFFF \
            (found U+000A (line feed) at character 4); value seen: "bad\\nid"
              - OutputS3Path must name a valid S3 bucket (3 to 63 lower-case letters, digits, dots and hyphens, \
            beginning and ending with a letter or digit, not an IP address) (bucket "B" has 1 characters); \
            value seen: "s3://B/x\"""");
    }

    @Test
    void bucketOnlyPathHasAnEmptyPrefix() {
        S3Uri uri = S3Uri.parse("OutputS3Path", "s3://bucket");
        assertThat(uri.key()).isEmpty();
        assertThat(uri.folderPrefix()).isEmpty();
    }
}
