package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The lock checks on both kinds of JUnit: one whose {@code @FakeGlueTest} takes the locks it asks for (5.12 and newer)
 * and one that does not (5.11), told apart by the {@code annotationsProvideLocks} parameter, on real extension contexts
 * of the engine, with parallel execution on or off.
 */
@DisplayName("Lock checks under parallel execution, as on JUnit 5.12 and newer and as on JUnit 5.11")
class LockChecksTest {

    private static final String FROM_ANNOTATION = "lockchecks.fromAnnotation";
    private static final String LOCKS = "lockchecks.annotationsProvideLocks";

    private static final String PROPERTIES_ADVICE =
            "Add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class (JUnit "
                    + "then runs it apart from every other test that declares the lock)";

    /**
     * Runs a check with settings from the annotation or the builder (configuration parameter {@value FROM_ANNOTATION})
     * as on a JUnit that does or does not take the annotation's locks ({@value LOCKS}): the system-properties check
     * before each test, the one for sequential tests before each class.
     */
    static final class Probe implements BeforeAllCallback, BeforeEachCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (context.getRequiredTestClass().isAnnotationPresent(Sequential.class)) {
                LockChecks.requireSequentialTests(context, settings(context), locks(context));
            }
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (!context.getRequiredTestClass().isAnnotationPresent(Sequential.class)) {
                LockChecks.requireSystemPropertiesLock(context, settings(context), locks(context));
            }
        }

        private static boolean locks(ExtensionContext context) {
            return context.getConfigurationParameter(LOCKS, Boolean::parseBoolean)
                    .orElseThrow();
        }

        private static Settings settings(ExtensionContext context) {
            Settings defaults = Settings.defaults(context.getRequiredTestClass());
            boolean fromAnnotation = context.getConfigurationParameter(FROM_ANNOTATION, Boolean::parseBoolean)
                    .orElseThrow();
            return new Settings(
                    defaults.server(), false, true, true, List.of(), List.of(), fromAnnotation, defaults.origin());
        }
    }

    /** Marks a fixture whose probe runs the check for sequential tests (else: the one for system properties). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Sequential {}

    private static EngineExecutionResults run(
            Class<?> fixture, boolean parallel, boolean fromAnnotation, boolean locks, String defaultMode) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("junit.jupiter.execution.parallel.enabled", String.valueOf(parallel));
        configuration.put("junit.jupiter.execution.parallel.mode.default", defaultMode);
        configuration.put(FROM_ANNOTATION, String.valueOf(fromAnnotation));
        configuration.put(LOCKS, String.valueOf(locks));
        return TestKit.run(configuration, fixture);
    }

    private static EngineExecutionResults runInParallel(Class<?> fixture, boolean fromAnnotation, boolean locks) {
        return run(fixture, true, fromAnnotation, locks, "concurrent");
    }

    private static String propertiesRefusal(Class<?> fixture, String ending) {
        return "The FakeGlueExtension of test " + fixture.getName() + ".publishes() publishes the fake's endpoint and "
                + "credentials as system properties (publishSystemProperties(true)), which are global to the JVM, but "
                + "tests run in parallel and this one holds no lock on them: another test could see this test's "
                + "account, or restore the properties under it. " + PROPERTIES_ADVICE + ending;
    }

    @Nested
    @DisplayName("system properties")
    class SystemProperties {

        @Test
        void withoutParallelExecutionNoLockIsNeeded() {
            assertAllPassed(run(NoLock.class, false, false, false, "concurrent"), 1);
            assertAllPassed(run(NoLock.class, false, false, true, "concurrent"), 1);
        }

        @Test
        void theBuilderNeedsTheLockEvenWhereTheAnnotationTakesIt() {
            assertThat(TestKit.thrown(runInParallel(NoLock.class, false, true)))
                    .singleElement(THROWABLE)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage(propertiesRefusal(
                            NoLock.class,
                            ", or use @FakeGlueTest(publishSystemProperties = true), which takes the lock itself."));
        }

        @Test
        void onJUnit511TheMessageSaysTheAnnotationCannotTakeTheLock() {
            String ending = "; on JUnit 5.11 @FakeGlueTest cannot take it for you (JUnit 5.12 and newer can).";
            assertThat(TestKit.thrown(runInParallel(NoLock.class, false, false)))
                    .singleElement(THROWABLE)
                    .hasMessage(propertiesRefusal(NoLock.class, ending));
            assertThat(TestKit.thrown(runInParallel(NoLock.class, true, false)))
                    .singleElement(THROWABLE)
                    .hasMessage(propertiesRefusal(NoLock.class, ending));
        }

        @Test
        void theAnnotationNeedsNoDeclaredLockWhereItTakesItItself() {
            assertAllPassed(runInParallel(NoLock.class, true, true), 1);
        }

        @Test
        void aLockOnTheMethodIsEnough() {
            assertAllPassed(runInParallel(LockOnTheMethod.class, false, false), 1);
        }

        @Test
        void aLockOnAnEnclosingClassIsEnough() {
            assertAllPassed(runInParallel(LockOnTheOuterClass.class, false, false), 2);
        }

        @Test
        void anIsolatedClassNeedsNoLock() {
            assertAllPassed(runInParallel(IsolatedClass.class, false, false), 1);
        }

        @Test
        void aLockOnAnotherResourceIsNotEnough() {
            assertThat(TestKit.thrown(runInParallel(OtherLock.class, false, true)))
                    .singleElement(THROWABLE)
                    .hasMessageStartingWith("The FakeGlueExtension of test " + OtherLock.class.getName());
        }
    }

    @Nested
    @DisplayName("sequential tests")
    class SequentialTests {

        @Test
        void onJUnit511TheAnnotationsSharedAccountNeedsTheClassToRunItsTestsInOneThread() {
            assertThat(TestKit.thrown(runInParallel(Concurrent.class, true, false)))
                    .singleElement(THROWABLE)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("The FakeGlueExtension of class " + Concurrent.class.getName() + " shares one account "
                            + "among its tests (resetPerTest = false), but tests run in parallel and nothing makes "
                            + "this class run its tests one after another: they would change the account under each "
                            + "other. Add @Execution(ExecutionMode.SAME_THREAD) to the class; on JUnit 5.11 "
                            + "@FakeGlueTest cannot do it for you (JUnit 5.12 and newer can).");
        }

        @Test
        void anExplicitlyConcurrentClassIsRefusedToo() {
            assertThat(TestKit.thrown(runInParallel(ExplicitlyConcurrent.class, true, false)))
                    .singleElement(THROWABLE)
                    .hasMessageStartingWith("The FakeGlueExtension of class " + ExplicitlyConcurrent.class.getName());
        }

        @Test
        void theBuilderNeverPromisedSequentialTests() {
            assertAllPassed(runInParallel(Concurrent.class, false, false), 2);
        }

        @Test
        void whereTheAnnotationTakesTheLockTheClassNeedsNothing() {
            assertAllPassed(runInParallel(Concurrent.class, true, true), 2);
        }

        @Test
        void withoutParallelExecutionNothingIsNeeded() {
            assertAllPassed(run(Concurrent.class, false, true, false, "concurrent"), 2);
        }

        @Test
        void sameThreadByDefaultIsEnough() {
            assertAllPassed(run(Concurrent.class, true, true, false, "same_thread"), 2);
            assertAllPassed(run(Concurrent.class, true, true, false, " SAME_THREAD "), 2);
        }

        @Test
        void sameThreadOnTheClassIsEnough() {
            assertAllPassed(runInParallel(SameThread.class, true, false), 2);
        }

        @Test
        void anIsolatedClassIsEnough() {
            assertAllPassed(runInParallel(IsolatedSequential.class, true, false), 2);
        }
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    static class NoLock {
        @Test
        void publishes() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    static class LockOnTheMethod {
        @Test
        @ResourceLock(Resources.SYSTEM_PROPERTIES)
        void publishes() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    static class LockOnTheOuterClass {
        @Test
        void publishes() {}

        @Nested
        class Inner {
            @Test
            void publishes() {}
        }
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @Isolated
    static class IsolatedClass {
        @Test
        void publishes() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @ResourceLock("io.github.gluelabels.junit5.LockChecksTest.something-else")
    static class OtherLock {
        @Test
        void publishes() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @Sequential
    static class Concurrent {
        @Test
        void first() {}

        @Test
        void second() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @Sequential
    @Execution(ExecutionMode.CONCURRENT)
    static class ExplicitlyConcurrent {
        @Test
        void first() {}

        @Test
        void second() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @Sequential
    @Execution(ExecutionMode.SAME_THREAD)
    static class SameThread {
        @Test
        void first() {}

        @Test
        void second() {}
    }

    @TestKitFixture
    @ExtendWith(Probe.class)
    @Sequential
    @Isolated
    static class IsolatedSequential {
        @Test
        void first() {}

        @Test
        void second() {}
    }
}
