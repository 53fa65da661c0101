package io.github.gluelabels.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * The account a class shares when {@code resetPerTest} is off: made by the outermost class that asks (seeded with every
 * level's seeds), and shared by its {@code @Nested} classes, which add their own class seeds; and the system properties
 * published for it while the class runs.
 */
final class SharedAccount {

    private static final String CLASS_PROPERTIES = "class-system-properties";

    private record Key(Settings.ServerSettings settings) {}

    private SharedAccount() {}

    /** @return the account the class shares, made (or given the class's seeds) the first time the class asks */
    static AccountResource of(ExtensionContext context, ClassState state) {
        Store store = FakeGlueStore.of(context);
        Key key = new Key(state.settings().server());
        AccountResource shared = store.get(key, AccountResource.class);
        if (shared == null) {
            shared = new AccountResource(state.server().server().newAccount(), state.server());
            try {
                for (ClassState.Level level : state.levels()) {
                    shared.markSeeded(level.testClass());
                    level.seeds().applyTo(shared.fake());
                }
            } catch (RuntimeException e) {
                shared.close();
                throw e;
            }
            store.put(key, shared);
        } else if (shared.markSeeded(state.own().testClass())) {
            state.own().seeds().applyTo(shared.fake());
        }
        return shared;
    }

    /**
     * Before a class's first test: checks that its tests may share an account, makes the account, and publishes it as
     * system properties when asked to.
     */
    static void openForClass(ExtensionContext context, ClassState state) {
        LockChecks.requireSequentialTests(context, state.settings());
        AccountResource shared = of(context, state);
        if (state.settings().publishSystemProperties()) {
            LockChecks.requireSystemPropertiesLock(context, state.settings());
            FakeGlueStore.of(context).put(CLASS_PROPERTIES, PublishedProperties.publish(shared.fake()));
        }
    }

    /** After a class's last test: restores the system properties published for it, if any. */
    static void restoreProperties(ExtensionContext context) {
        PublishedProperties published = FakeGlueStore.of(context).remove(CLASS_PROPERTIES, PublishedProperties.class);
        if (published != null) {
            published.restore();
        }
    }

    /** @return the account this context made, removed from its store; {@code null} when it made none */
    static AccountResource removeOwnedHere(ExtensionContext context, Settings.ServerSettings server) {
        return FakeGlueStore.of(context).remove(new Key(server), AccountResource.class);
    }
}
