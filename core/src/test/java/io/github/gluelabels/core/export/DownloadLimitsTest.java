package io.github.gluelabels.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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

    @Test
    void aBoundIsAtLeastOne() {
        assertThatThrownBy(() -> new DownloadLimits(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxObjects must be at least 1, was 0");
        assertThatThrownBy(() -> new DownloadLimits(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes must be at least 1, was 0");
        assertThatThrownBy(() -> DownloadLimits.defaults().withMaxBytes(-5))
                .hasMessage("maxBytes must be at least 1, was -5");

        assertThat(new DownloadLimits(1, 1)).isEqualTo(new DownloadLimits(1, 1));
    }

    @Test
    void eachBoundChangesAlone() {
        DownloadLimits limits = DownloadLimits.defaults().withMaxObjects(7).withMaxBytes(9);

        assertThat(limits).isEqualTo(new DownloadLimits(7, 9));
        assertThat(DownloadLimits.defaults().withMaxObjects(7))
                .isEqualTo(new DownloadLimits(7, DownloadLimits.DEFAULT_MAX_BYTES));
        assertThat(DownloadLimits.defaults().withMaxBytes(9))
                .isEqualTo(new DownloadLimits(DownloadLimits.DEFAULT_MAX_OBJECTS, 9));
        assertThat(DownloadLimits.defaults()).isEqualTo(new DownloadLimits(100_000, 50L * 1024 * 1024 * 1024));
    }

    @Test
    void exactlyTheBoundIsAllowed() {
        DownloadLimits limits = new DownloadLimits(3, 100);

        assertThatCode(() -> limits.check(SOURCE, 3, 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(SOURCE, 4, 100)).hasMessageContaining("4 objects");
        assertThatThrownBy(() -> limits.check(SOURCE, 3, 101)).hasMessageContaining("101 bytes");
    }
}
