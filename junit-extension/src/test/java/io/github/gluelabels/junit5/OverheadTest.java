package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;

import io.github.gluelabels.fake.FakeGlue;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Measures, and prints, what the extension costs: the time from the start of a run to its first test, and the time
 * each of a hundred tests takes over the same tests without the extension. Nothing is asserted about the figures:
 * they depend on the machine; they are here to be read, and compared between changes.
 */
// a figure to read, not a check: about 700 tests run for it, so only ./mvnw -B verify -Pslow runs it
@Tag("slow")
@DisplayName("Overhead: time to the first test and per test, for a hundred tests (printed, not asserted)")
class OverheadTest {

    static final int TESTS = 100;

    @Test
    void measure() {
        System.out.printf(
                Locale.ROOT,
                "[overhead] on JUnit Jupiter %s, %d processors%n",
                Test.class.getPackage().getImplementationVersion(),
                Runtime.getRuntime().availableProcessors());
        // the first run in a JVM pays for loading classes; later runs show what a test class costs in a warm suite
        report("first run, sequential", TestKit.run(WithTheFake.class));
        for (int i = 0; i < 2; i++) {
            TestKit.run(WithTheFake.class); // let the JIT compiler catch up
        }
        report("warm, sequential", TestKit.run(WithTheFake.class));
        report("warm, sequential, without the fake", TestKit.run(WithoutTheFake.class));
        report("warm, 4 threads", TestKit.runInParallel(4, WithTheFake.class));
        report("warm, 4 threads, without the fake", TestKit.runInParallel(4, WithoutTheFake.class));
    }

    private static void report(String run, EngineExecutionResults results) {
        assertAllPassed(results, TESTS);
        List<Event> events = results.allEvents().list();
        Instant start = events.get(0).getTimestamp();
        Instant firstTest = results.testEvents().started().stream()
                .map(Event::getTimestamp)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant end = events.stream()
                .filter(e -> e.getType() == EventType.FINISHED)
                .map(Event::getTimestamp)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Duration toFirst = Duration.between(start, firstTest);
        Duration tests = Duration.between(firstTest, end);
        System.out.printf(
                Locale.ROOT,
                "[overhead] %-40s first test after %5d ms; %d tests in %5d ms, %6.2f ms each%n",
                run,
                toFirst.toMillis(),
                TESTS,
                tests.toMillis(),
                tests.toNanos() / 1e6 / TESTS);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv")
    static class WithTheFake {
        @RepeatedTest(TESTS)
        void oneCall(GlueClient glue, FakeGlue fake) {
            glue.getMLTransform(r -> r.transformId("tfm-people"));
        }
    }

    @TestKitFixture
    static class WithoutTheFake {
        @RepeatedTest(TESTS)
        void nothing() {}
    }
}
