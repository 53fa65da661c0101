package io.github.gluelabels.junit5;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What one test holds: its account, whether it owns it, the unknown calls before it, its published properties. Made
 * the first time the test needs it (by a constructor, a parameter or {@code beforeEach}, whichever comes first), kept
 * in the test's store, and closed after the test.
 */
final class TestScope implements AutoCloseable {

    private static final String KEY = "test-scope";

    private final Settings settings;
    private final AccountResource account;
    private final boolean ownsAccount;
    private final UnknownRequests unknownRequests;
    private PublishedProperties published;

    private TestScope(Settings settings, AccountResource account, boolean ownsAccount) {
        this.settings = settings;
        this.account = account;
        this.ownsAccount = ownsAccount;
        this.unknownRequests = UnknownRequests.since(account.fake());
    }

    /** @return the test's scope, or {@code null} when it has none yet */
    static TestScope find(ExtensionContext context) {
        return FakeGlueStore.of(context).get(KEY, TestScope.class);
    }

    /**
     * Makes the test's scope: with {@code resetPerTest}, an account of its own seeded with every level's seeds and the
     * method's; otherwise the class's shared account, given the method's seeds.
     */
    static TestScope open(ExtensionContext context, ClassState state) {
        Seeds methodSeeds = Seeds.declaredOn(context.getRequiredTestMethod(), context.getRequiredTestClass());
        TestScope scope;
        if (state.settings().resetPerTest()) {
            AccountResource account = state.server().acquire();
            try {
                for (ClassState.Level level : state.levels()) {
                    level.seeds().applyTo(account.fake());
                }
                methodSeeds.applyTo(account.fake());
            } catch (RuntimeException e) {
                account.close();
                throw e;
            }
            scope = new TestScope(state.settings(), account, true);
        } else {
            AccountResource shared = SharedAccount.of(context, state);
            methodSeeds.applyTo(shared.fake());
            scope = new TestScope(state.settings(), shared, false);
        }
        FakeGlueStore.of(context).put(KEY, scope);
        return scope;
    }

    /** @return the test's scope, removed from its store, or {@code null} when it had none */
    static TestScope remove(ExtensionContext context) {
        return FakeGlueStore.of(context).remove(KEY, TestScope.class);
    }

    AccountResource account() {
        return account;
    }

    /**
     * Publishes the account as the SDK's system properties, when the settings ask for it and the test may: see
     * {@link LockChecks#requireSystemPropertiesLock}.
     */
    void publishIfAsked(ExtensionContext context) {
        if (settings.publishSystemProperties()) {
            LockChecks.requireSystemPropertiesLock(context, settings);
            if (published == null) {
                published = PublishedProperties.publish(account.fake());
            }
        }
    }

    /**
     * @return the failure for calls the fake did not understand during the test, or {@code null} when there were none
     *     or the settings do not ask
     */
    AssertionError unknownRequestsFailure(ExtensionContext context) {
        return settings.failOnUnknownRequests()
                ? unknownRequests.check(account.fake(), Descriptions.of(context))
                : null;
    }

    @Override
    public void close() {
        try {
            if (published != null) {
                published.restore();
            }
        } finally {
            if (ownsAccount) {
                account.release();
            }
        }
    }
}
