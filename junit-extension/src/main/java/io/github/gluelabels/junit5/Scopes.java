package io.github.gluelabels.junit5;

import io.github.gluelabels.core.aws.AwsSdkVersions;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Where one extension finds its state for a JUnit context, made the first time it is needed: the settings that apply
 * there, the class's state (server and seeds), the test's scope (its account), and the account a parameter is injected
 * from. The state itself lives in JUnit's store ({@link FakeGlueStore}), never here.
 */
final class Scopes {

    private final FakeGlueExtension extension;

    /** The settings of the builder; {@code null} when they come from the annotations. */
    private final Settings programmatic;

    Scopes(FakeGlueExtension extension, Settings programmatic) {
        this.extension = extension;
        this.programmatic = programmatic;
    }

    /**
     * The first thing each callback does: below a supported JUnit or AWS SDK, this class fails with a message naming
     * the version found and the one needed, and the user's other test classes run on. Then it claims the context.
     */
    void enter(ExtensionContext context) {
        JupiterSupport.requireSupportedVersion();
        AwsSdkVersions.requireSupported();
        Ownership.claim(context, extension);
    }

    /** @return the extension's settings for the context: the builder's, or those of the nearest annotation */
    Settings settings(ExtensionContext context) {
        return programmatic != null ? programmatic : Settings.nearest(context);
    }

    ClassState classState(ExtensionContext context) {
        return ClassState.of(context, () -> settings(context));
    }

    TestScope testScope(ExtensionContext context) {
        TestScope scope = TestScope.find(context);
        return scope != null ? scope : TestScope.open(context, classState(context));
    }

    /**
     * @return the account a parameter of this kind is injected from: the test's, or outside a test the class's shared
     *     one
     * @throws ParameterResolutionException outside a test when each test gets an account of its own
     */
    AccountResource accountFor(ExtensionContext context, Injectable kind, Executable executable) {
        if (context.getTestMethod().isPresent()) {
            return testScope(context).account();
        }
        ClassState state = classState(context);
        if (!state.settings().resetPerTest()) {
            return SharedAccount.of(context, state);
        }
        throw kind.refusedOutsideTest(executable);
    }
}
