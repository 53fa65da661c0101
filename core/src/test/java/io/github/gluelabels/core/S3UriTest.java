package io.github.gluelabels.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.validation.InvalidRequestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("S3Uri: a bucket and a key, the key as a folder, and the whole bucket told apart")
class S3UriTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            s3://bkt            | bkt | ''         | ''         | true  | s3://bkt
            s3://bkt/           | bkt | ''         | ''         | true  | s3://bkt
            s3://bkt/out        | bkt | out        | out/       | false | s3://bkt/out
            s3://bkt/out/       | bkt | out/       | out/       | false | s3://bkt/out/
            s3://bkt/a/b/c.csv  | bkt | a/b/c.csv  | a/b/c.csv/ | false | s3://bkt/a/b/c.csv
            s3://bkt//x         | bkt | /x         | /x/        | false | s3://bkt//x
            """)
    void parses(String path, String bucket, String key, String folder, boolean wholeBucket, String shown) {
        S3Uri uri = S3Uri.parse("OutputS3Path", path);
        assertThat(uri.bucket()).isEqualTo(bucket);
        assertThat(uri.key()).isEqualTo(key);
        assertThat(uri.folderPrefix()).isEqualTo(folder);
        assertThat(uri.isWholeBucket()).isEqualTo(wholeBucket);
        assertThat(uri).hasToString(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels/part-1.csv", ""})
    void namesAnotherKeyInTheSameBucket(String childKey) {
        S3Uri child = S3Uri.parse("OutputS3Path", "s3://bkt/out/").withKey(childKey);
        assertThat(child).isEqualTo(new S3Uri("bkt", childKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://bkt/x", "s3://B/x"})
    void refusesAnInvalidPathNamingTheField(String path) {
        assertThatThrownBy(() -> S3Uri.parse("InputS3Path", path))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("\n  - InputS3Path must ");
    }

    @Test
    void refusesANullBucketOrKey() {
        assertThatThrownBy(() -> new S3Uri(null, ""))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("bucket");
        assertThatThrownBy(() -> new S3Uri("bkt", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key");
    }
}
