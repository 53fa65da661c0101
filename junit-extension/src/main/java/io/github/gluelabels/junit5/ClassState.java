package io.github.gluelabels.junit5;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * What a class context knows: its settings, its server, and its seeds level by level (the outermost enclosing class
 * first, the class itself last). Made once per class, in the store of the context that first asks: the class's context
 * for {@code @FakeGlueTest} and a static {@code @RegisterExtension} field, the test's for an instance field (which so
 * starts a server per test).
 *
 * @param settings the settings, checked
 * @param server the server: found in an enclosing class's context when its server settings are equal, else started
 * @param levels the seeds of each level
 */
record ClassState(Settings settings, ServerResource server, List<Level> levels) {

    private record ClassKey(Class<?> testClass) {}

    private record ServerKey(Settings.ServerSettings settings) {}

    /**
     * One level of seeds: a class with its superclasses.
     *
     * @param testClass the class
     * @param seeds its seeds, loaded and checked
     */
    record Level(Class<?> testClass, Seeds seeds) {}

    /** @return the level of the class itself */
    Level own() {
        return levels.get(levels.size() - 1);
    }

    /**
     * The class context's state, made the first time: settings checked, seeds loaded, server found or started.
     *
     * @param settings the settings of the extension for this context, asked for only when the state is made
     * @throws ExtensionConfigurationException naming every setting that is not valid
     */
    static ClassState of(ExtensionContext context, Supplier<Settings> settings) {
        Store store = FakeGlueStore.of(context);
        ClassKey key = new ClassKey(context.getRequiredTestClass());
        ClassState state = store.get(key, ClassState.class);
        if (state == null) {
            state = make(context, store, settings.get());
            store.put(key, state);
        }
        return state;
    }

    private static ClassState make(ExtensionContext context, Store store, Settings settings) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException(settings.origin() + ": " + String.join("; ", problems));
        }
        List<Level> levels = levels(context, settings);
        ServerKey serverKey = new ServerKey(settings.server());
        ServerResource server = store.get(serverKey, ServerResource.class);
        if (server == null) {
            server = ServerResource.start(settings.server());
            store.put(serverKey, server);
        }
        return new ClassState(settings, server, levels);
    }

    /** The seeds of the enclosing classes and the class; the outermost also gets those of the builder. */
    private static List<Level> levels(ExtensionContext context, Settings settings) {
        List<Class<?>> classes = new ArrayList<>(JupiterSupport.enclosingTestClasses(context));
        classes.add(context.getRequiredTestClass());
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Class<?> c = classes.get(i);
            levels.add(new Level(
                    c,
                    i == 0
                            ? Seeds.declaredOn(c, settings.seeds(), settings.buckets(), "class " + c.getName())
                            : Seeds.declaredOn(c, List.of(), List.of(), "class " + c.getName())));
        }
        return List.copyOf(levels);
    }

    /**
     * Removes, from the context's own store only (not its ancestors'), what this context started: its state, its
     * shared account and its server, in the order to close them.
     *
     * @return the account and the server, each {@code null} when this context did not start it
     */
    static List<AutoCloseable> removeOwnedHere(ExtensionContext context) {
        Store store = FakeGlueStore.of(context);
        ClassState state = store.remove(new ClassKey(context.getRequiredTestClass()), ClassState.class);
        List<AutoCloseable> owned = new ArrayList<>();
        if (state != null) {
            owned.add(SharedAccount.removeOwnedHere(context, state.settings().server()));
            owned.add(store.remove(new ServerKey(state.settings().server()), ServerResource.class));
        }
        return owned;
    }
}
