package io.github.gluelabels.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.Outcome;
import io.github.gluelabels.fake.Pacing;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("fakePacing and fakeOutcome take exactly the forms of the standalone fake's --pacing and --outcome")
class FakeBehaviourFormsTest {

    @Test
    @DisplayName("every pacing form the fake reads, hours, ISO and manual included")
    void pacingForms() {
        assertThat(FakeBehaviour.pacing("manual")).contains(Pacing.manual());
        assertThat(FakeBehaviour.pacing("duration:1h")).contains(Pacing.afterDuration(Duration.ofHours(1)));
        assertThat(FakeBehaviour.pacing("1h30m")).contains(Pacing.afterDuration(Duration.ofMinutes(90)));
        assertThat(FakeBehaviour.pacing("duration:PT2M")).contains(Pacing.afterDuration(Duration.ofMinutes(2)));
        assertThat(FakeBehaviour.pacing("reads:3")).contains(Pacing.afterReads(3));
        assertThat(FakeBehaviour.pacing("reads:0")).isEmpty();
        assertThat(FakeBehaviour.pacing("never")).isEmpty();
    }

    @Test
    @DisplayName("every outcome form the fake reads, the statuses and STOPPED included")
    void outcomeForms() {
        assertThat(FakeBehaviour.outcome("stopped")).contains(Outcome.stopped());
        assertThat(FakeBehaviour.outcome("SUCCEEDED")).contains(Outcome.succeed());
        assertThat(FakeBehaviour.outcome("TIMEOUT")).contains(Outcome.timeout());
        assertThat(FakeBehaviour.outcome("fail:disk full")).contains(Outcome.fail("disk full"));
        assertThat(FakeBehaviour.outcome("tfm-1=timeout")).isEmpty();
        assertThat(FakeBehaviour.outcome("sometimes")).isEmpty();
    }

    @Test
    @DisplayName("a run that ends STOPPED is described so in the goal's log")
    void describesStopped() {
        assertThat(FakeBehaviour.describe(Pacing.immediate(), Outcome.stopped()))
                .isEqualTo("task runs end at once with STOPPED");
    }

    @Test
    @DisplayName("no pacing or outcome set (null or blank): task runs end at once and succeed")
    void blankIsTheDefault() {
        assertThat(FakeBehaviour.pacing(null)).contains(Pacing.immediate());
        assertThat(FakeBehaviour.pacing(" ")).contains(Pacing.immediate());
        assertThat(FakeBehaviour.outcome(null)).contains(Outcome.succeed());
        assertThat(FakeBehaviour.outcome(" ")).contains(Outcome.succeed());
    }

    @Test
    @DisplayName("each pacing and a failure are described in the goal's log in their own words")
    void describesEachPacing() {
        assertThat(FakeBehaviour.describe(Pacing.afterReads(3), Outcome.succeed()))
                .isEqualTo("task runs end at status read 3 with SUCCEEDED");
        assertThat(FakeBehaviour.describe(Pacing.afterDuration(Duration.ofSeconds(5)), Outcome.timeout()))
                .isEqualTo("task runs end after 5 s with TIMEOUT");
        assertThat(FakeBehaviour.describe(Pacing.manual(), Outcome.fail("disk full")))
                .isEqualTo("task runs end only when told with FAILED with \"disk full\"");
        assertThat(FakeBehaviour.describe(Pacing.immediate(), Outcome.succeed()))
                .isEqualTo("task runs end at once with SUCCEEDED");
    }
}
