package io.github.gluelabels.junit5;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the extension needs of JUnit Jupiter, written so that it runs on every version it supports, from
 * {@value #FLOOR} on: the check of that floor, and JUnit API the floor lacks.
 */
final class JupiterSupport {

    /** The oldest JUnit Jupiter the extension supports (Spring Boot 3.4's is 5.11). */
    static final String FLOOR = "5.11";

    /** The check of the JUnit Jupiter this test runs on. */
    private static final VersionCheck RUNNING =
            new VersionCheck(() -> Optional.ofNullable(Test.class.getPackage().getImplementationVersion()));

    private JupiterSupport() {}

    /**
     * Fails the class that uses the extension, not the whole test engine, when JUnit Jupiter is older than
     * {@value #FLOOR}.
     *
     * @throws ExtensionConfigurationException naming the version found and the one needed
     */
    static void requireSupportedVersion() {
        RUNNING.require();
    }

    /**
     * The check of one JUnit Jupiter's version, which reads the version until it has passed once (a version that
     * fails, fails every class that asks); its own type so that a version other than the running one can be checked.
     */
    static final class VersionCheck {
        private final Supplier<Optional<String>> version;
        private volatile boolean checked;

        /** @param version the version of junit-jupiter-api, if its jar says */
        VersionCheck(Supplier<Optional<String>> version) {
            this.version = version;
        }

        /** @throws ExtensionConfigurationException naming the version found and the one needed */
        void require() {
            if (checked) {
                return;
            }
            requireSupportedVersion(version.get());
            checked = true;
        }
    }

    /** @param version the version of junit-jupiter-api, if its jar says */
    static void requireSupportedVersion(Optional<String> version) {
        if (version.isEmpty() || isAtLeastFloor(version.get())) {
            return;
        }
        throw new ExtensionConfigurationException("glue-labels-junit5 needs JUnit Jupiter " + FLOOR + " or newer, and "
                + "this test runs on JUnit Jupiter " + version.get() + " (junit-jupiter-api). Import a newer "
                + "org.junit:junit-bom in your POM's <dependencyManagement> (Spring Boot 3.4 and newer bring one).");
    }

    static boolean isAtLeastFloor(String version) {
        String[] parts = version.split("[.-]", -1);
        String[] floor = FLOOR.split("\\.", -1);
        for (int i = 0; i < floor.length; i++) {
            int have = i < parts.length ? leadingNumber(parts[i]) : 0;
            int need = Integer.parseInt(floor[i]);
            if (have != need) {
                return have > need;
            }
        }
        return true;
    }

    private static int leadingNumber(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }

    /**
     * @return whether {@code @ResourceLock(providers = …)} works, so that {@link FakeGlueTest} takes the locks its
     *     attributes call for (JUnit 5.12 and newer); JUnit 5.11 ignores it
     */
    static boolean annotationsProvideLocks() {
        return hasClass("org.junit.jupiter.api.parallel.ResourceLocksProvider");
    }

    /**
     * @return whether JUnit makes a test instance in the context of the test it is made for, so that its constructor
     *     gets that test's account (JUnit 5.12 and newer); JUnit 5.11 makes it in the class's context
     */
    static boolean constructorsRunInTestScope() {
        return hasClass("org.junit.jupiter.api.extension.TestInstantiationAwareExtension$ExtensionContextScope");
    }

    /** @return whether the class of this name is on the class path of the extension */
    static boolean hasClass(String name) {
        try {
            Class.forName(name, false, JupiterSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The test classes enclosing the context's class, outermost first: its {@code @Nested} parents.
     * {@code ExtensionContext.getEnclosingTestClasses()} does the same from JUnit 5.13 on.
     */
    static List<Class<?>> enclosingTestClasses(ExtensionContext context) {
        Class<?> own = context.getRequiredTestClass();
        List<Class<?>> enclosing = new ArrayList<>();
        for (Optional<ExtensionContext> parent = context.getParent();
                parent.isPresent();
                parent = parent.get().getParent()) {
            Optional<Class<?>> testClass = parent.get().getTestClass();
            if (testClass.isPresent() && testClass.get() != own && !enclosing.contains(testClass.get())) {
                enclosing.add(testClass.get());
            }
        }
        Collections.reverse(enclosing);
        return enclosing;
    }
}
