package io.github.gluelabels.junit5;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * Makes sure that only one FakeGlueExtension serves a context: two would both claim the parameters, and a test would
 * not know which fake it talks to. The first extension to reach a context (or one of its ancestors) owns it.
 */
final class Ownership {

    private static final String OWNER = "owner";

    private Ownership() {}

    /**
     * @param context the context a callback of {@code extension} runs in
     * @param extension the extension
     * @throws ExtensionConfigurationException naming both extensions' origins when another one owns the context
     */
    static void claim(ExtensionContext context, FakeGlueExtension extension) {
        Store store = FakeGlueStore.of(context);
        Object owner = store.get(OWNER);
        if (owner == null) {
            store.put(OWNER, extension);
        } else if (owner != extension) {
            throw new ExtensionConfigurationException("Two FakeGlueExtensions serve " + Descriptions.of(context) + ": "
                    + ((FakeGlueExtension) owner).settings(context).origin() + ", and "
                    + extension.settings(context).origin()
                    + ". Keep one, in the class, "
                    + "its superclasses and its enclosing classes: either @FakeGlueTest (or "
                    + "@ExtendWith(FakeGlueExtension.class)), or a @RegisterExtension field built with "
                    + "FakeGlueExtension.builder().");
        }
    }
}
