package io.github.gluelabels.junit5;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Under parallel execution, refuses to run a class whose settings need a lock it does not hold: where
 * {@link FakeGlueLocks} cannot take it (JUnit 5.11, which ignores lock providers, and the builder, which has no
 * annotation to carry them), the class must declare it itself, and the message says how.
 */
final class LockChecks {

    private LockChecks() {}

    /**
     * Refuses to publish system properties, which are global to the JVM, in tests that run in parallel without holding
     * JUnit's lock on them. {@code @FakeGlueTest(publishSystemProperties = true)} takes the lock itself.
     */
    static void requireSystemPropertiesLock(ExtensionContext context, Settings settings) {
        requireSystemPropertiesLock(context, settings, JupiterSupport.annotationsProvideLocks());
    }

    /**
     * {@link #requireSystemPropertiesLock(ExtensionContext, Settings)} as on a JUnit that does
     * ({@code annotationsProvideLocks}) or does not take the locks {@link FakeGlueTest} asks for: both can be tested
     * on one JUnit.
     */
    static void requireSystemPropertiesLock(
            ExtensionContext context, Settings settings, boolean annotationsProvideLocks) {
        if (settings.fromAnnotation() && annotationsProvideLocks) {
            return;
        }
        if (!parallel(context)) {
            return;
        }
        List<AnnotatedElement> elements = new ArrayList<>();
        context.getTestMethod().ifPresent(elements::add);
        elements.add(context.getRequiredTestClass());
        elements.addAll(JupiterSupport.enclosingTestClasses(context));
        for (AnnotatedElement element : elements) {
            if (AnnotationSupport.isAnnotated(element, Isolated.class)
                    || AnnotationSupport.findRepeatableAnnotations(element, ResourceLock.class).stream()
                            .anyMatch(lock -> lock.value().equals(Resources.SYSTEM_PROPERTIES))) {
                return;
            }
        }
        throw new ExtensionConfigurationException("The FakeGlueExtension of " + Descriptions.of(context)
                + " publishes the fake's endpoint and credentials as system properties "
                + "(publishSystemProperties(true)), which are global to the JVM, but tests run in parallel and this "
                + "one holds no lock on them: another test could see this test's account, or restore the properties "
                + "under it. Add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class (JUnit then runs it apart "
                + "from every other test that declares the lock)"
                + (annotationsProvideLocks
                        ? ", or use @FakeGlueTest(publishSystemProperties = true), which takes the lock itself."
                        : "; on JUnit 5.11 @FakeGlueTest cannot take it for you (JUnit 5.12 and newer can)."));
    }

    /**
     * A {@link FakeGlueTest} class that shares one account runs its tests one after another: the annotation takes a
     * lock for that from JUnit 5.12 on. On JUnit 5.11, under parallel execution, the class must say so itself. (The
     * builder never promised it: see {@link FakeGlueExtension.Builder#resetPerTest(boolean)}.)
     */
    static void requireSequentialTests(ExtensionContext context, Settings settings) {
        requireSequentialTests(context, settings, JupiterSupport.annotationsProvideLocks());
    }

    /**
     * {@link #requireSequentialTests(ExtensionContext, Settings)} as on a JUnit that does
     * ({@code annotationsProvideLocks}) or does not take the locks {@link FakeGlueTest} asks for.
     */
    static void requireSequentialTests(ExtensionContext context, Settings settings, boolean annotationsProvideLocks) {
        if (!settings.fromAnnotation()
                || annotationsProvideLocks
                || !parallel(context)
                || context.getConfigurationParameter("junit.jupiter.execution.parallel.mode.default")
                        .map(mode -> mode.trim().equalsIgnoreCase("same_thread"))
                        .orElse(false)) {
            return;
        }
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(context.getRequiredTestClass());
        elements.addAll(JupiterSupport.enclosingTestClasses(context));
        for (AnnotatedElement element : elements) {
            if (AnnotationSupport.isAnnotated(element, Isolated.class)
                    || AnnotationSupport.findAnnotation(element, Execution.class)
                            .map(e -> e.value() == ExecutionMode.SAME_THREAD)
                            .orElse(false)) {
                return;
            }
        }
        throw new ExtensionConfigurationException("The FakeGlueExtension of " + Descriptions.of(context)
                + " shares one account among its tests (resetPerTest = false), but tests run in parallel and nothing "
                + "makes this class run its tests one after another: they would change the account under each other. "
                + "Add @Execution(ExecutionMode.SAME_THREAD) to the class; on JUnit 5.11 @FakeGlueTest cannot do it "
                + "for you (JUnit 5.12 and newer can).");
    }

    private static boolean parallel(ExtensionContext context) {
        return context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }
}
