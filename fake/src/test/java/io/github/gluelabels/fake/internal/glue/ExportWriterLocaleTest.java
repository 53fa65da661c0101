package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of an export are named the same whatever the JVM's default locale: their names are S3 keys. */
class ExportWriterLocaleTest {

    @TempDir
    Path folder;

    @Test
    void partNumbersAreAsciiDigitsInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            S3Store s3 = new S3Store(folder.resolve("s3"), Clock.systemUTC());
            s3.createBucket("bucket", "us-east-1");
            LabelSet labels = new LabelFiles(folder.resolve("labels"), 2)
                    .read(
                            new ByteArrayInputStream(
                                    "labeling_set_id,label\ns1,A\ns1,A\ns2,B\n".getBytes(StandardCharsets.UTF_8)),
                            "seed");

            ExportWriter.write(
                    labels,
                    s3,
                    S3Uri.parse("OutputS3Path", "s3://bucket/out/"),
                    "tfm-1",
                    Instant.parse("2026-12-07T06:00:00Z"));

            assertThat(s3.list("bucket", "out/"))
                    .extracting(object -> object.key().replaceAll(".*_part-", "_part-"))
                    .containsExactly("_part-00001.csv", "_part-00002.csv");
        } finally {
            Locale.setDefault(before);
        }
    }
}
