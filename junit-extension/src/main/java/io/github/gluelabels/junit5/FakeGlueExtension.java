package io.github.gluelabels.junit5;

import io.github.gluelabels.core.aws.AwsSdkVersions;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit Jupiter extension that runs a fake AWS Glue (ML task runs) and S3, seeds it with labels, and injects
 * clients for it. Two doors lead to it:
 *
 * <ul>
 *   <li>declarative: {@link FakeGlueTest @FakeGlueTest} on the class (or {@code @ExtendWith(FakeGlueExtension.class)}
 *       for the defaults), with {@link SeedLabels @SeedLabels} and {@link FakeBucket @FakeBucket};</li>
 *   <li>programmatic: a field built with {@link #builder()}:
 *       <pre>{@code
 * @RegisterExtension
 * static FakeGlueExtension glue = FakeGlueExtension.builder().seed("tfm-123", "labels/people.csv").build();
 * }</pre>
 *       A {@code static} field shares one fake server across the class; an instance field starts one per test.</li>
 * </ul>
 *
 * <p>Test methods, {@code @BeforeEach}/{@code @AfterEach} methods and constructors can take a
 * {@link software.amazon.awssdk.services.glue.GlueClient GlueClient}, an
 * {@link software.amazon.awssdk.services.s3.S3Client S3Client}, the core's
 * {@link io.github.gluelabels.core.export.LabelExporter LabelExporter} over those clients, and the
 * {@link io.github.gluelabels.fake.FakeGlue FakeGlue} account they reach. The clients can only reach the fake: their endpoint, region and fake credentials are
 * given, never looked up. The extension closes them after the test.
 *
 * <p><b>Lifecycle.</b> One fake server serves a test class and its {@code @Nested} classes, started before the first
 * test and stopped after the last; a {@code @Nested} class that asks for another region, part size or transport gets a
 * server of its own. The injected clients reach it in this JVM; it opens a port on 127.0.0.1 only when something asks
 * for its endpoint (see {@link Transport}). Each test gets a fresh account on that server, seeded from the seeds of its
 * class, superclasses, enclosing classes and method: requests signed with an account's key reach only that account, so
 * tests running in parallel never see each other's labels, task runs, faults or journal. With {@code resetPerTest =
 * false} the class shares one account instead. All state lives in JUnit's {@link ExtensionContext.Store}; the extension
 * keeps none in fields, so one instance serves any number of classes, subclasses and threads.
 *
 * <p>After each test, calls the fake did not understand fail the test, with a message saying what was asked, unless
 * {@code failOnUnknownRequests = false}.
 *
 * @since 0.1.0
 */
public final class FakeGlueExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(FakeGlueExtension.class);
    private static final String OWNER = "owner";
    private static final String TEST_SCOPE = "test-scope";
    private static final String CLASS_PROPERTIES = "class-system-properties";

    /** The settings of the builder; {@code null} when they come from the annotations. */
    private final Settings programmatic;

    /**
     * The extension as {@code @ExtendWith(FakeGlueExtension.class)} and {@link FakeGlueTest @FakeGlueTest} make it: it
     * reads its settings from the nearest {@code @FakeGlueTest}, or uses the defaults. To configure it in code, use
     * {@link #builder()}.
     */
    public FakeGlueExtension() {
        this.programmatic = null;
    }

    private FakeGlueExtension(Settings settings) {
        this.programmatic = settings;
    }

    /**
     * Starts configuring an extension for a {@code @RegisterExtension} field.
     *
     * @return a builder with the defaults of {@link FakeGlueTest}
     */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------ the callbacks

    @Override
    public void beforeAll(ExtensionContext context) {
        claim(context);
        ClassState state = classState(context);
        if (!state.settings().resetPerTest()) {
            requireSequentialTests(context, state.settings());
            AccountResource shared = sharedAccount(context, state);
            if (state.settings().publishSystemProperties()) {
                requireSystemPropertiesLock(context, state.settings());
                context.getStore(NAMESPACE).put(CLASS_PROPERTIES, PublishedProperties.publish(shared.fake()));
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        claim(context);
        TestScope scope = testScope(context);
        if (scope.settings().publishSystemProperties()) {
            requireSystemPropertiesLock(context, scope.settings());
            scope.publish();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        TestScope scope = store.remove(TEST_SCOPE, TestScope.class);
        AssertionError unknown = null;
        try {
            if (scope != null && scope.settings().failOnUnknownRequests()) {
                unknown = scope.unknownRequests().check(scope.account().fake(), describe(context));
            }
        } finally {
            List<AutoCloseable> resources = new ArrayList<>();
            resources.add(scope);
            resources.addAll(removeOwnedHere(context));
            closeAll(resources);
        }
        if (unknown != null) {
            throw unknown;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        PublishedProperties published = store.remove(CLASS_PROPERTIES, PublishedProperties.class);
        if (published != null) {
            published.restore();
        }
        closeAll(removeOwnedHere(context));
    }

    /**
     * Removes, from the context's own store only (not its ancestors'), what this context started: its shared account
     * and its server, in the order to close them.
     */
    private static List<AutoCloseable> removeOwnedHere(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        ClassState state = store.remove(new ClassKey(context.getRequiredTestClass()), ClassState.class);
        List<AutoCloseable> owned = new ArrayList<>();
        if (state != null) {
            owned.add(store.remove(new SharedAccountKey(state.settings().server()), AccountResource.class));
            owned.add(store.remove(new ServerKey(state.settings().server()), ServerResource.class));
        }
        return owned;
    }

    /** Closes every resource, even when one fails, and reports the first failure with the others suppressed. */
    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Cannot release the fake Glue: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ------------------------------------------------------------------------------------------------ injection

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return Injectable.of(parameterContext.getParameter().getType()) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Injectable kind = Injectable.of(parameterContext.getParameter().getType());
        claim(context);
        if (context.getTestMethod().isPresent()) {
            return kind.resolve(testScope(context).account());
        }
        ClassState state = classState(context);
        if (!state.settings().resetPerTest()) {
            return kind.resolve(sharedAccount(context, state));
        }
        throw new ParameterResolutionException("Cannot inject a " + kind.type().getSimpleName() + " into "
                + describe(parameterContext.getDeclaringExecutable())
                + ": each test gets a fresh fake Glue account of its "
                + "own (resetPerTest = true, the default), and this runs outside any test, so what it did there would not be "
                + "seen by the tests. Take the parameter in a @BeforeEach, @AfterEach or test method instead, or share one "
                + "account across the class with @FakeGlueTest(resetPerTest = false) (builder: resetPerTest(false))."
                + (JupiterSupport.constructorsRunInTestScope()
                                || !(parameterContext.getDeclaringExecutable() instanceof Constructor<?>)
                        ? ""
                        : " (JUnit 5.11 makes test instances outside the test "
                                + "they are for; JUnit 5.12 and newer make them inside it, and a constructor then gets the test's "
                                + "account.)"));
    }

    /**
     * Constructors of test classes with the default lifecycle resolve their parameters in the context of the test they
     * are made for, so that they get the test's account.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    // ------------------------------------------------------------------------------------------------ the state

    private record ClassKey(Class<?> testClass) {}

    private record ServerKey(Settings.ServerSettings settings) {}

    private record SharedAccountKey(Settings.ServerSettings settings) {}

    /** One level of seeds: a class with its superclasses. */
    private record Level(Class<?> testClass, Seeds seeds) {}

    /**
     * What a class context knows: its settings, its server, and its seeds level by level (the outermost enclosing
     * class first, the class itself last).
     */
    private record ClassState(Settings settings, ServerResource server, List<Level> levels) {

        Level own() {
            return levels.get(levels.size() - 1);
        }
    }

    /** What one test holds: its account, whether it owns it, the unknown calls before it, its published properties. */
    private static final class TestScope implements AutoCloseable {
        private final Settings settings;
        private final AccountResource account;
        private final boolean ownsAccount;
        private final UnknownRequests unknownRequests;
        private PublishedProperties published;

        TestScope(Settings settings, AccountResource account, boolean ownsAccount) {
            this.settings = settings;
            this.account = account;
            this.ownsAccount = ownsAccount;
            this.unknownRequests = UnknownRequests.since(account.fake());
        }

        Settings settings() {
            return settings;
        }

        AccountResource account() {
            return account;
        }

        UnknownRequests unknownRequests() {
            return unknownRequests;
        }

        void publish() {
            if (published == null) {
                published = PublishedProperties.publish(account.fake());
            }
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

    /**
     * Makes sure that only one FakeGlueExtension serves a context: two would both claim the parameters, and a test
     * would not know which fake it talks to.
     */
    private void claim(ExtensionContext context) {
        // the first thing each callback does: below a supported JUnit or AWS SDK, this class fails with a message
        // naming
        // the version found and the one needed, and the user's other test classes run on
        JupiterSupport.requireSupportedVersion();
        AwsSdkVersions.requireSupported();
        Store store = context.getStore(NAMESPACE);
        Object owner = store.get(OWNER);
        if (owner == null) {
            store.put(OWNER, this);
        } else if (owner != this) {
            throw new ExtensionConfigurationException("Two FakeGlueExtensions serve " + describe(context) + ": "
                    + ((FakeGlueExtension) owner).origin(context) + ", and " + origin(context)
                    + ". Keep one, in the class, "
                    + "its superclasses and its enclosing classes: either @FakeGlueTest (or "
                    + "@ExtendWith(FakeGlueExtension.class)), or a @RegisterExtension field built with "
                    + "FakeGlueExtension.builder().");
        }
    }

    private String origin(ExtensionContext context) {
        return programmatic != null
                ? "a @RegisterExtension field built with FakeGlueExtension.builder()"
                : settings(context).origin();
    }

    /** The class context's state, made the first time: settings checked, seeds loaded, server found or started. */
    private ClassState classState(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Store store = context.getStore(NAMESPACE);
        ClassKey key = new ClassKey(testClass);
        ClassState state = store.get(key, ClassState.class);
        if (state != null) {
            return state;
        }
        Settings settings = settings(context);
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException(settings.origin() + ": " + String.join("; ", problems));
        }
        List<Class<?>> classes = new ArrayList<>(JupiterSupport.enclosingTestClasses(context));
        classes.add(testClass);
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Class<?> c = classes.get(i);
            levels.add(new Level(
                    c,
                    i == 0
                            ? Seeds.declaredOn(c, settings.seeds(), settings.buckets(), "class " + c.getName())
                            : Seeds.declaredOn(c, List.of(), List.of(), "class " + c.getName())));
        }
        ServerKey serverKey = new ServerKey(settings.server());
        ServerResource server = store.get(serverKey, ServerResource.class);
        if (server == null) {
            server = ServerResource.start(settings.server());
            store.put(serverKey, server);
        }
        state = new ClassState(settings, server, List.copyOf(levels));
        store.put(key, state);
        return state;
    }

    /** The settings of the nearest {@code @FakeGlueTest} (the class, its superclasses, then its enclosing classes). */
    private Settings settings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
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
                return Settings.of(annotation.get(), candidate);
            }
        }
        return Settings.defaults(testClass);
    }

    /**
     * The account a class shares when {@code resetPerTest} is off: made by the outermost class that asks (seeded with
     * every level's seeds), and shared by its {@code @Nested} classes, which add their own class seeds.
     */
    private static AccountResource sharedAccount(ExtensionContext context, ClassState state) {
        Store store = context.getStore(NAMESPACE);
        SharedAccountKey key = new SharedAccountKey(state.settings().server());
        AccountResource shared = store.get(key, AccountResource.class);
        if (shared == null) {
            shared = new AccountResource(state.server().server().newAccount(), state.server());
            try {
                for (Level level : state.levels()) {
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

    /** The test's scope, made the first time (by a constructor, a parameter or beforeEach, whichever comes first). */
    private TestScope testScope(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        TestScope scope = store.get(TEST_SCOPE, TestScope.class);
        if (scope != null) {
            return scope;
        }
        ClassState state = classState(context);
        Seeds methodSeeds = Seeds.declaredOn(context.getRequiredTestMethod(), context.getRequiredTestClass());
        if (state.settings().resetPerTest()) {
            AccountResource account = state.server().acquire();
            try {
                for (Level level : state.levels()) {
                    level.seeds().applyTo(account.fake());
                }
                methodSeeds.applyTo(account.fake());
            } catch (RuntimeException e) {
                account.close();
                throw e;
            }
            scope = new TestScope(state.settings(), account, true);
        } else {
            AccountResource shared = sharedAccount(context, state);
            methodSeeds.applyTo(shared.fake());
            scope = new TestScope(state.settings(), shared, false);
        }
        store.put(TEST_SCOPE, scope);
        return scope;
    }

    /**
     * Refuses to publish system properties, which are global to the JVM, in tests that run in parallel without holding
     * JUnit's lock on them. {@code @FakeGlueTest(publishSystemProperties = true)} takes the lock itself.
     */
    private static void requireSystemPropertiesLock(ExtensionContext context, Settings settings) {
        if (settings.fromAnnotation() && JupiterSupport.annotationsProvideLocks()) {
            return;
        }
        if (!parallel(context)) {
            return;
        }
        List<AnnotatedElement> elements = new ArrayList<>();
        context.getTestMethod().ifPresent(elements::add);
        elements.add(context.getRequiredTestClass());
        elements.addAll(JupiterSupport.enclosingTestClasses(context));
        for (AnnotatedElement element : elements) {
            if (AnnotationSupport.isAnnotated(element, Isolated.class)
                    || AnnotationSupport.findRepeatableAnnotations(element, ResourceLock.class).stream()
                            .anyMatch(lock -> lock.value().equals(Resources.SYSTEM_PROPERTIES))) {
                return;
            }
        }
        throw new ExtensionConfigurationException("The FakeGlueExtension of " + describe(context) + " publishes the "
                + "fake's endpoint and credentials as system properties (publishSystemProperties(true)), which are global to "
                + "the JVM, but tests run in parallel and this one holds no lock on them: another test could see this test's "
                + "account, or restore the properties under it. Add @ResourceLock(Resources.SYSTEM_PROPERTIES) to the class "
                + "(JUnit then runs it apart from every other test that declares the lock)"
                + (JupiterSupport.annotationsProvideLocks()
                        ? ", or use @FakeGlueTest(publishSystemProperties = true), which takes the lock itself."
                        : "; on JUnit 5.11 @FakeGlueTest cannot take it for you (JUnit 5.12 and newer can)."));
    }

    /**
     * A {@link FakeGlueTest} class that shares one account runs its tests one after another: the annotation takes a
     * lock for that from JUnit 5.12 on. On JUnit 5.11, under parallel execution, the class must say so itself. (The
     * builder never promised it: see {@link Builder#resetPerTest(boolean)}.)
     */
    private static void requireSequentialTests(ExtensionContext context, Settings settings) {
        if (!settings.fromAnnotation()
                || JupiterSupport.annotationsProvideLocks()
                || !parallel(context)
                || context.getConfigurationParameter("junit.jupiter.execution.parallel.mode.default")
                        .map(mode -> mode.trim().equalsIgnoreCase("same_thread"))
                        .orElse(false)) {
            return;
        }
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(context.getRequiredTestClass());
        elements.addAll(JupiterSupport.enclosingTestClasses(context));
        for (AnnotatedElement element : elements) {
            if (AnnotationSupport.isAnnotated(element, Isolated.class)
                    || AnnotationSupport.findAnnotation(element, Execution.class)
                            .map(e -> e.value() == ExecutionMode.SAME_THREAD)
                            .orElse(false)) {
                return;
            }
        }
        throw new ExtensionConfigurationException("The FakeGlueExtension of " + describe(context) + " shares one "
                + "account among its tests (resetPerTest = false), but tests run in parallel and nothing makes this class "
                + "run its tests one after another: they would change the account under each other. Add "
                + "@Execution(ExecutionMode.SAME_THREAD) to the class; on JUnit 5.11 @FakeGlueTest cannot do it for you "
                + "(JUnit 5.12 and newer can).");
    }

    private static boolean parallel(ExtensionContext context) {
        return context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    private static String describe(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        return method.map(m -> "test " + context.getRequiredTestClass().getName() + "." + m.getName() + "()")
                .orElseGet(() -> "class " + context.getRequiredTestClass().getName());
    }

    private static String describe(Executable executable) {
        if (executable instanceof Constructor<?> c) {
            return "the constructor of " + c.getDeclaringClass().getName();
        }
        return "method " + executable.getDeclaringClass().getName() + "." + executable.getName() + "()";
    }

    // ------------------------------------------------------------------------------------------------ the builder

    /**
     * Configures a {@link FakeGlueExtension} for a {@code @RegisterExtension} field. The defaults are those of
     * {@link FakeGlueTest}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String region = "us-east-1";
        private int rowsPerPart = 10_000;
        private Transport transport = Transport.IN_PROCESS;
        private boolean resetPerTest = true;
        private boolean publishSystemProperties;
        private boolean failOnUnknownRequests = true;
        private final List<SeedSpec> seeds = new ArrayList<>();
        private final List<String> buckets = new ArrayList<>();

        private Builder() {}

        /**
         * @param region the fake's region; {@code us-east-1} by default. See {@link FakeGlueTest#region()}.
         * @return this
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * @param rowsPerPart the most labels in one exported part file; 10,000 by default. See
         *     {@link FakeGlueTest#rowsPerPart()}.
         * @return this
         */
        public Builder rowsPerPart(int rowsPerPart) {
            this.rowsPerPart = rowsPerPart;
            return this;
        }

        /**
         * @param transport how the injected clients reach the fake; {@link Transport#IN_PROCESS} by default. See
         *     {@link FakeGlueTest#transport()}.
         * @return this
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Whether each test gets a fresh account; see {@link FakeGlueTest#resetPerTest()}. Unlike the annotation, the
         * builder cannot take a lock: under parallel execution, annotate a class that shares one account with
         * {@code @Execution(ExecutionMode.SAME_THREAD)} unless its tests may see each other's changes as they happen.
         *
         * @param resetPerTest {@code true} by default
         * @return this
         */
        public Builder resetPerTest(boolean resetPerTest) {
            this.resetPerTest = resetPerTest;
            return this;
        }

        /**
         * Publishes the fake as the AWS SDK's system properties during each test; see
         * {@link FakeGlueTest#publishSystemProperties()}. Unlike the annotation, the builder cannot take JUnit's lock on
         * the system properties: under parallel execution, annotate the class with
         * {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)}, or the extension refuses to run it.
         *
         * @param publish whether to publish them; {@code false} by default
         * @return this
         */
        public Builder publishSystemProperties(boolean publish) {
            this.publishSystemProperties = publish;
            return this;
        }

        /**
         * @param fail whether calls the fake does not understand fail the test; {@code true} by default. See
         *     {@link FakeGlueTest#failOnUnknownRequests()}.
         * @return this
         */
        public Builder failOnUnknownRequests(boolean fail) {
            this.failOnUnknownRequests = fail;
            return this;
        }

        /**
         * Seeds a transform for every test, before the seeds of the annotations (which win for the same transform).
         *
         * @param transformId the transform
         * @param csv the labeling file, a class path resource; see {@link SeedLabels#csv()}
         * @return this
         */
        public Builder seed(String transformId, String csv) {
            seeds.add(SeedSpec.ofBuilder(
                    Objects.requireNonNull(transformId, "transformId"), Objects.requireNonNull(csv, "csv"), ""));
            return this;
        }

        /**
         * Creates a bucket for every test.
         *
         * @param bucket the bucket name
         * @return this
         */
        public Builder bucket(String bucket) {
            buckets.add(Objects.requireNonNull(bucket, "bucket"));
            return this;
        }

        /**
         * @return the extension, for a {@code @RegisterExtension} field
         * @throws IllegalArgumentException naming every setting that is not valid
         */
        public FakeGlueExtension build() {
            Settings settings = new Settings(
                    new Settings.ServerSettings(region, rowsPerPart, transport),
                    resetPerTest,
                    publishSystemProperties,
                    failOnUnknownRequests,
                    List.copyOf(seeds),
                    List.copyOf(buckets),
                    false,
                    "FakeGlueExtension.builder()");
            List<String> problems = settings.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("FakeGlueExtension.builder(): " + String.join("; ", problems));
            }
            return new FakeGlueExtension(settings);
        }
    }
}
