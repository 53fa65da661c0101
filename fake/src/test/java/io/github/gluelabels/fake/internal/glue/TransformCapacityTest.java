package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.validation.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capacity rules of the model's documentation of {@code CreateMLTransform}: {@code MaxCapacity}, or else
 * {@code WorkerType} with {@code NumberOfWorkers}; never both kinds; each number at least 1, and 1 itself allowed.
 */
class TransformCapacityTest {

    private static final String BOTH = "MaxCapacity must not be set with WorkerType or NumberOfWorkers";
    private static final String NO_WORKERS = "NumberOfWorkers is required when WorkerType is set; value seen: null";
    private static final String NO_TYPE = "WorkerType is required when NumberOfWorkers is set; value seen: null";

    static Stream<Arguments> capacities() {
        return Stream.of(
                Arguments.of(null, null, null, List.of()),
                Arguments.of(10.0, null, null, List.of()),
                Arguments.of(1.0, null, null, List.of()),
                Arguments.of(0.5, null, null, List.of("MaxCapacity must be at least 1; value seen: \"0.5\"")),
                Arguments.of(-3.0, null, null, List.of("MaxCapacity must be at least 1; value seen: \"-3.0\"")),
                Arguments.of(null, "G.1X", 4, List.of()),
                Arguments.of(null, "G.1X", 1, List.of()),
                Arguments.of(null, "G.1X", 0, List.of("NumberOfWorkers must be at least 1; value seen: \"0\"")),
                Arguments.of(null, "G.2X", null, List.of(NO_WORKERS)),
                Arguments.of(null, null, 3, List.of(NO_TYPE)),
                Arguments.of(2.0, "G.1X", 2, List.of(BOTH + "; value seen: \"2.0\"")),
                Arguments.of(2.0, "G.1X", null, List.of(BOTH + "; value seen: \"2.0\"", NO_WORKERS)),
                Arguments.of(2.0, null, 2, List.of(BOTH + "; value seen: \"2.0\"", NO_TYPE)),
                Arguments.of(
                        0.0,
                        null,
                        0,
                        List.of(
                                BOTH + "; value seen: \"0.0\"",
                                NO_TYPE,
                                "MaxCapacity must be at least 1; value seen: \"0.0\"",
                                "NumberOfWorkers must be at least 1; value seen: \"0\"")));
    }

    @ParameterizedTest(name = "MaxCapacity {0}, WorkerType {1}, NumberOfWorkers {2}")
    @MethodSource("capacities")
    void violations(Double maxCapacity, String workerType, Integer numberOfWorkers, List<String> messages) {
        assertThat(TransformCapacity.violations(maxCapacity, workerType, numberOfWorkers))
                .extracting(Violation::message)
                .containsExactlyElementsOf(messages);
    }
}
