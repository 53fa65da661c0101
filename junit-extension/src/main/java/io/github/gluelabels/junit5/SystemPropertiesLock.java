package io.github.gluelabels.junit5;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Takes JUnit's lock on the system properties for a class whose {@link FakeGlueTest} publishes them, and for no other:
 * a lock that depends on an attribute, which a plain {@code @ResourceLock} on the annotation could not express.
 */
final class SystemPropertiesLock implements ResourceLocksProvider {

  private static final Set<Lock> LOCK = Set.of(new Lock(Resources.SYSTEM_PROPERTIES, ResourceAccessMode.READ_WRITE));

  @Override
  public Set<Lock> provideForClass(Class<?> testClass) {
    return publishes(testClass) ? LOCK : Set.of();
  }

  @Override
  public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
    return publishes(testClass) ? LOCK : Set.of();
  }

  @Override
  public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method testMethod) {
    return Set.of();
  }

  static boolean publishes(Class<?> testClass) {
    return AnnotationSupport.findAnnotation(testClass, FakeGlueTest.class)
        .map(FakeGlueTest::publishSystemProperties).orElse(false);
  }
}
