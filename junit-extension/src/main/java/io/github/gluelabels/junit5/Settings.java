package io.github.gluelabels.junit5;

import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.fake.FakeDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What one door (the annotation or the builder) asks of the extension.
 *
 * @param server how the fake server is made; tests whose settings give equal values share a server
 * @param resetPerTest a fresh account per test, or one per class
 * @param publishSystemProperties publish the account as the SDK's system properties
 * @param failOnUnknownRequests fail a test whose account received calls the fake does not understand
 * @param seeds seeds for every test, before the annotations' (the builder's)
 * @param buckets buckets for every test (the builder's)
 * @param fromAnnotation whether these come from {@link FakeGlueTest}, which takes the system-properties lock itself
 * @param origin where these come from, for messages
 */
record Settings(
        ServerSettings server,
        boolean resetPerTest,
        boolean publishSystemProperties,
        boolean failOnUnknownRequests,
        List<SeedSpec> seeds,
        List<String> buckets,
        boolean fromAnnotation,
        String origin) {

    /**
     * @param region the fake's region
     * @param rowsPerPart the most labels in one exported part
     * @param transport how the injected clients reach the fake
     */
    record ServerSettings(String region, int rowsPerPart, Transport transport) {}

    static Settings of(FakeGlueTest annotation, Class<?> annotated) {
        return new Settings(
                new ServerSettings(annotation.region(), annotation.rowsPerPart(), annotation.transport()),
                annotation.resetPerTest(),
                annotation.publishSystemProperties(),
                annotation.failOnUnknownRequests(),
                List.of(),
                List.of(),
                true,
                "@FakeGlueTest on " + annotated.getName());
    }

    /**
     * The settings of the nearest {@code @FakeGlueTest} (the class, its superclasses, then its enclosing classes), or
     * the defaults when there is none.
     */
    static Settings nearest(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<Class<?>> candidates = new ArrayList<>();
        candidates.add(testClass);
        List<Class<?>> enclosing = JupiterSupport.enclosingTestClasses(context);
        for (int i = enclosing.size() - 1; i >= 0; i--) {
            candidates.add(enclosing.get(i));
        }
        for (Class<?> candidate : candidates) {
            Optional<FakeGlueTest> annotation = AnnotationSupport.findAnnotation(candidate, FakeGlueTest.class);
            if (annotation.isPresent()) {
                return of(annotation.get(), candidate);
            }
        }
        return defaults(testClass);
    }

    /** The settings of {@code @ExtendWith(FakeGlueExtension.class)} without {@code @FakeGlueTest}: its defaults. */
    static Settings defaults(Class<?> testClass) {
        return new Settings(
                new ServerSettings(FakeDefaults.REGION, FakeDefaults.ROWS_PER_PART, Transport.IN_PROCESS),
                true,
                false,
                true,
                List.of(),
                List.of(),
                false,
                "@ExtendWith(FakeGlueExtension.class) on " + testClass.getName());
    }

    /** @return the problems of these settings, empty when there are none */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (server.region() == null || !server.region().matches("[a-z0-9][a-z0-9-]*[a-z0-9]")) {
            problems.add("region must be a region name such as us-east-1, was " + Values.describe(server.region()));
        }
        if (server.rowsPerPart() < 1) {
            problems.add("rowsPerPart must be at least 1, was " + server.rowsPerPart());
        }
        return problems;
    }
}
