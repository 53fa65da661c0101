package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labeling file a labeling set generation writes: its fields quoted by RFC 4180 whichever special character they
 * hold and wherever (the first character too), and the failure, in the service's words, when the output bucket does
 * not exist.
 */
class LabelingSetWriterTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "plain|plain",
                "''|''",
                ",a|\",a\"",
                "a,b|\"a,b\"",
                "\"a|\"\"\"a\"",
                "a\"b|\"a\"\"b\"",
            })
    void quotesAFieldWithACommaOrAQuote(String value, String written) {
        assertThat(LabelingSetWriter.quoted(value)).isEqualTo(written);
    }

    @Test
    void quotesAFieldWithALineBreakWherever() {
        assertThat(LabelingSetWriter.quoted("\na")).isEqualTo("\"\na\"");
        assertThat(LabelingSetWriter.quoted("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(LabelingSetWriter.quoted("\ra")).isEqualTo("\"\ra\"");
        assertThat(LabelingSetWriter.quoted("a\r")).isEqualTo("\"a\r\"");
    }

    @Test
    void failsAsTheServiceDoesWhenTheOutputBucketDoesNotExist() {
        S3Store s3 = new S3Store(root, Clock.systemUTC());
        InputRecords records = new InputRecords(List.of("id", "name"), List.of(List.of("1", "Ann")));
        S3Uri output = S3Paths.parse("OutputS3Path", "s3://missing/sets/");

        assertThatThrownBy(() -> LabelingSetWriter.write("tfm-1", records, s3, output, "tsk-1"))
                .isInstanceOf(TaskRun.Failure.class)
                .hasMessage("Failed to write the labeling set to s3://missing/sets/: the S3 bucket missing does not"
                        + " exist (Service: Amazon S3; Status Code: 404; Error Code: NoSuchBucket).");
    }
}
