package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A download past its bounds is refused in words that read the same whatever the JVM's default locale. */
class DownloadLimitsTest {

    private static final S3Uri SOURCE = S3Uri.parse("OutputS3Path", "s3://bucket/out/");

    @Test
    void numbersReadTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            for (String tag : new String[] {"de-DE", "fr-FR", "th-TH-u-nu-thai", "en-US"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                DownloadLimits limits = new DownloadLimits(1_000, 2_000_000);

                assertThatThrownBy(() -> limits.check(SOURCE, 1_001, 10))
                        .as(tag)
                        .isInstanceOf(GlueLabelsException.class)
                        .hasMessageStartingWith("Refusing to download 1,001 objects from s3://bucket/out/: that is more"
                                + " than maxDownloadObjects (1,000). Nothing was downloaded.");
                assertThatThrownBy(() -> limits.check(SOURCE, 5, 2_000_001))
                        .as(tag)
                        .hasMessageStartingWith("Refusing to download 2,000,001 bytes from s3://bucket/out/: that is"
                                + " more than maxDownloadBytes (2,000,000 bytes).");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
