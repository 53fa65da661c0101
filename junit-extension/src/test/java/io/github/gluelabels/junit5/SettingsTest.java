package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The settings' problems: a region name and at least one row per part")
class SettingsTest {

    private static List<String> problems(String region, int rowsPerPart) {
        Settings defaults = Settings.defaults(SettingsTest.class);
        return new Settings(
                        new Settings.ServerSettings(region, rowsPerPart, Transport.IN_PROCESS),
                        true,
                        false,
                        true,
                        List.of(),
                        List.of(),
                        false,
                        defaults.origin())
                .problems();
    }

    @Test
    void aRegionNameAndOneRowPerPartAreFine() {
        assertThat(problems("eu-west-3", 1)).isEmpty();
        assertThat(problems("x1", 5000)).isEmpty();
    }

    @Test
    void noRegionIsAProblem() {
        assertThat(problems(null, 1)).containsExactly("region must be a region name such as us-east-1, was null");
    }

    @Test
    void everyProblemIsNamed() {
        assertThat(problems("EU-West-3", 0))
                .containsExactly(
                        "region must be a region name such as us-east-1, was \"EU-West-3\"",
                        "rowsPerPart must be at least 1, was 0");
    }
}
