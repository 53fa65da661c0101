package io.github.gluelabels.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the extension does when a test or a class ends: checks for calls the fake did not understand, then releases
 * what the context holds (its scope, and what it started: an instance field's extension starts a server per test), all
 * of it even when a part fails.
 */
final class Teardown {

    private Teardown() {}

    /**
     * After a test's {@code @AfterEach} methods: releases its account and restores the system properties, then fails
     * the test when its account received calls the fake did not understand.
     */
    static void afterTest(ExtensionContext context) {
        TestScope scope = TestScope.remove(context);
        AssertionError unknown = null;
        try {
            if (scope != null) {
                unknown = scope.unknownRequestsFailure(context);
            }
        } finally {
            List<AutoCloseable> resources = new ArrayList<>();
            resources.add(scope);
            resources.addAll(ClassState.removeOwnedHere(context));
            Closeables.closeAll(resources);
        }
        if (unknown != null) {
            throw unknown;
        }
    }

    /** After a class's last test: restores the system properties published for it, closes its account and server. */
    static void afterClass(ExtensionContext context) {
        SharedAccount.restoreProperties(context);
        Closeables.closeAll(ClassState.removeOwnedHere(context));
    }
}
