package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.export.DownloadLimits;
import io.github.gluelabels.core.export.WaitOptions;
import io.github.gluelabels.fake.FakeDefaults;
import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The goals' defaults, written as text for Maven, read as core's and the fake's own defaults")
class GoalDefaultsTest {

    @Test
    @DisplayName("waiting: timeout, poll interval, unreachable reads and time")
    void waiting() {
        assertThat(DurationParameter.parse(GoalDefaults.TIMEOUT)).contains(WaitOptions.DEFAULT_TIMEOUT);
        assertThat(DurationParameter.parse(GoalDefaults.POLL_INTERVAL)).contains(WaitOptions.DEFAULT_POLL_INTERVAL);
        assertThat(Integer.parseInt(GoalDefaults.MAX_UNREACHABLE_READS))
                .isEqualTo(WaitOptions.DEFAULT_MAX_UNREACHABLE_READS);
        assertThat(DurationParameter.parse(GoalDefaults.MAX_UNREACHABLE_TIME))
                .contains(WaitOptions.DEFAULT_MAX_UNREACHABLE_TIME);
    }

    @Test
    @DisplayName("downloading and retrying: download limits and attempts per call")
    void downloadAndRetries() {
        assertThat(Long.parseLong(GoalDefaults.MAX_DOWNLOAD_OBJECTS)).isEqualTo(DownloadLimits.DEFAULT_MAX_OBJECTS);
        assertThat(ByteSizeParameter.parse(GoalDefaults.MAX_DOWNLOAD_BYTES)).contains(DownloadLimits.DEFAULT_MAX_BYTES);
        assertThat(Integer.parseInt(GoalDefaults.MAX_ATTEMPTS)).isEqualTo(ClientSettings.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    @DisplayName("the fake: region, rows per part, pacing and outcome")
    void fake() {
        assertThat(GoalDefaults.FAKE_REGION).isEqualTo(FakeDefaults.REGION);
        assertThat(Integer.parseInt(GoalDefaults.FAKE_ROWS_PER_PART)).isEqualTo(FakeDefaults.ROWS_PER_PART);
        assertThat(FakeBehaviour.pacing(GoalDefaults.FAKE_PACING)).contains(Pacing.immediate());
        assertThat(FakeBehaviour.outcome(GoalDefaults.FAKE_OUTCOME)).contains(Outcome.succeed());
    }
}
