package io.github.gluelabels.junit5;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The locks a class annotated with {@link FakeGlueTest} takes under parallel execution, which depend on its
 * attributes (a plain {@code @ResourceLock} on the annotation could not express that):
 *
 * <ul>
 *   <li>{@code publishSystemProperties = true}: JUnit's lock on the system properties, so that the class runs apart
 *       from every other test that declares it uses them;</li>
 *   <li>{@code resetPerTest = false}: a lock of the class's own, so that its tests, which share one account, run one
 *       after another, while other classes still run beside them.</li>
 * </ul>
 *
 * A class holding a lock runs its tests in one thread: JUnit's rule for containers with exclusive resources.
 */
final class FakeGlueLocks implements ResourceLocksProvider {

    /**
     * The read lock every {@link FakeGlueTest} class holds, and no test writes: it holds nothing back. It is there
     * because JUnit 5.11's {@code @ResourceLock} needs a value.
     */
    static final String FAKE_GLUE_TEST = "io.github.gluelabels.junit5.FakeGlueTest";

    /** The prefix of the lock a class sharing one account takes, followed by the class name. */
    static final String SHARED_ACCOUNT = "io.github.gluelabels.junit5.shared-account:";

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return locks(testClass);
    }

    @Override
    public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
        return locks(testClass);
    }

    @Override
    public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
        return Set.of();
    }

    private static Set<Lock> locks(Class<?> testClass) {
        Optional<FakeGlueTest> annotation = AnnotationSupport.findAnnotation(testClass, FakeGlueTest.class);
        if (annotation.isEmpty()) {
            return Set.of();
        }
        Set<Lock> locks = new HashSet<>();
        if (annotation.get().publishSystemProperties()) {
            locks.add(new Lock(Resources.SYSTEM_PROPERTIES, ResourceAccessMode.READ_WRITE));
        }
        if (!annotation.get().resetPerTest()) {
            locks.add(new Lock(SHARED_ACCOUNT + testClass.getName(), ResourceAccessMode.READ_WRITE));
        }
        return locks;
    }
}
