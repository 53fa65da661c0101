package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes ({@link TestKitFixture}) on the Jupiter engine and reads the outcome. */
final class TestKit {

    static final String LAUNCHED = "gluelabels.testkit";

    private TestKit() {}

    static EngineExecutionResults run(Class<?>... fixtures) {
        return run(Map.of(), fixtures);
    }

    /** Runs the fixtures with parallel execution on, every class and method concurrent, on {@code threads} threads. */
    static EngineExecutionResults runInParallel(int threads, Class<?>... fixtures) {
        return run(
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(threads),
                        "junit.jupiter.execution.parallel.config.fixed.max-pool-size", String.valueOf(threads)),
                fixtures);
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
        Map<String, String> parameters = new HashMap<>(configuration);
        parameters.put(LAUNCHED, "true");
        return EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(parameters)
                .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    /** @return the failures of tests and containers, as "display name: exception" lines */
    static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + throwable(e))
                .toList();
    }

    /** @return the failures (exceptions) of tests and containers */
    static List<Throwable> thrown(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .toList();
    }

    private static String throwable(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::toString)
                .orElse("?");
    }

    /** Asserts that every test and container passed, and that {@code tests} tests ran. */
    static void assertAllPassed(EngineExecutionResults results, int tests) {
        assertThat(failures(results)).as("failures").isEmpty();
        assertThat(results.testEvents().succeeded().count())
                .as("tests that passed")
                .isEqualTo(tests);
    }
}
