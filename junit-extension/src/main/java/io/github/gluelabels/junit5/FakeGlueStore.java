package io.github.gluelabels.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * Where the extension keeps its state: JUnit's store, in a namespace of its own. The extension keeps none in fields,
 * so that one instance serves any number of classes, subclasses and threads. Each kind of state has its key in the
 * class that makes it: {@link Ownership}, {@link ClassState} (with the server), {@link SharedAccount},
 * {@link TestScope}.
 */
final class FakeGlueStore {

    private static final Namespace NAMESPACE = Namespace.create(FakeGlueExtension.class);

    private FakeGlueStore() {}

    /**
     * @return the context's store: {@code get} finds values of its ancestors too, {@code remove} removes only its own
     */
    static Store of(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
