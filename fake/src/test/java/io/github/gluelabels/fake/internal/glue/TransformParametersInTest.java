package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the {@code Parameters} of an {@code UpdateMLTransform} do to a transform's FindMatches parameters: each member
 * given replaces the current one, each member not given keeps it; a primary key given replaces the key a seeded
 * transform took from its labels.
 */
class TransformParametersInTest {

    /** A seeded transform's parameters: every member set, and the key from its labels. */
    private static final TransformSettings.FindMatches SEEDED =
            new TransformSettings.FindMatches("id", 0.3, 0.7, true, true);

    private static TransformParametersIn parameters(String json) {
        return TransformParametersIn.read(
                JsonIn.parse(("{\"Parameters\":" + json + "}").getBytes(StandardCharsets.UTF_8))
                        .object("Parameters"));
    }

    @Test
    void membersGivenReplaceTheCurrentOnes() {
        TransformParametersIn update = parameters("{\"TransformType\":\"FIND_MATCHES\",\"FindMatchesParameters\":{"
                + "\"PrimaryKeyColumnName\":\"email\",\"PrecisionRecallTradeoff\":0.9,"
                + "\"AccuracyCostTradeoff\":0.1,\"EnforceProvidedLabels\":false}}");

        assertThat(update.applyTo(SEEDED))
                .isEqualTo(new TransformSettings.FindMatches("email", 0.9, 0.1, false, false));
    }

    @Test
    void membersNotGivenKeepTheCurrentOnes() {
        TransformParametersIn update = parameters("{\"TransformType\":\"FIND_MATCHES\",\"FindMatchesParameters\":{}}");

        assertThat(update.applyTo(SEEDED)).isEqualTo(SEEDED);
    }

    @Test
    void parametersWithoutFindMatchesParametersKeepThemAll() {
        TransformParametersIn update = parameters("{\"TransformType\":\"FIND_MATCHES\"}");

        assertThat(update.applyTo(SEEDED)).isEqualTo(SEEDED);
    }

    @Test
    void aPrimaryKeyGivenAloneReplacesTheKeyFromTheLabelsAndKeepsTheRest() {
        TransformParametersIn update = parameters(
                "{\"TransformType\":\"FIND_MATCHES\",\"FindMatchesParameters\":{\"PrimaryKeyColumnName\":\"email\"}}");

        assertThat(update.applyTo(SEEDED)).isEqualTo(new TransformSettings.FindMatches("email", 0.3, 0.7, true, false));
    }

    @Test
    void eachTradeoffGivenAloneReplacesOnlyItself() {
        assertThat(parameters("{\"FindMatchesParameters\":{\"AccuracyCostTradeoff\":1}}")
                        .applyTo(SEEDED))
                .isEqualTo(new TransformSettings.FindMatches("id", 0.3, 1.0, true, true));
        assertThat(parameters("{\"FindMatchesParameters\":{\"PrecisionRecallTradeoff\":0}}")
                        .applyTo(SEEDED))
                .isEqualTo(new TransformSettings.FindMatches("id", 0.0, 0.7, true, true));
        assertThat(parameters("{\"FindMatchesParameters\":{\"EnforceProvidedLabels\":false}}")
                        .applyTo(SEEDED))
                .isEqualTo(new TransformSettings.FindMatches("id", 0.3, 0.7, false, true));
    }

    @Test
    void aTransformWhoseKeyIsNotFromItsLabelsKeepsItThatWay() {
        TransformSettings.FindMatches created = new TransformSettings.FindMatches("id", 0.5, 0.5, false, false);

        assertThat(parameters("{\"FindMatchesParameters\":{}}").applyTo(created))
                .isEqualTo(created);
    }
}
