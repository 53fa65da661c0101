package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
 * {@link io.github.gluelabels.core.export.LabelExporter LabelExporter} and
 * {@link io.github.gluelabels.core.export.LabelImporter LabelImporter} over those clients, and the
 * {@link io.github.gluelabels.fake.FakeGlue FakeGlue} account they reach. The clients can only reach the fake: their
 * endpoint, region and fake credentials are given, never looked up. The extension closes them after the test.
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

    /** Where the extension finds its state; the state itself lives in JUnit's store. */
    private final Scopes scopes;

    /**
     * The extension as {@code @ExtendWith(FakeGlueExtension.class)} and {@link FakeGlueTest @FakeGlueTest} make it: it
     * reads its settings from the nearest {@code @FakeGlueTest}, or uses the defaults. To configure it in code, use
     * {@link #builder()}.
     */
    public FakeGlueExtension() {
        this.scopes = new Scopes(this, null);
    }

    private FakeGlueExtension(Settings settings) {
        this.scopes = new Scopes(this, settings);
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
        scopes.enter(context);
        ClassState state = scopes.classState(context);
        if (!state.settings().resetPerTest()) {
            SharedAccount.openForClass(context, state);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        scopes.enter(context);
        scopes.testScope(context).publishIfAsked(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Teardown.afterTest(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Teardown.afterClass(context);
    }

    // ------------------------------------------------------------------------------------------------ injection

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return Injectable.of(parameterContext.getParameter().getType()) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Injectable kind = Injectable.of(parameterContext.getParameter().getType());
        scopes.enter(context);
        return scopes.accountFor(context, kind, parameterContext.getDeclaringExecutable())
                .injected(kind);
    }

    /**
     * Constructors of test classes with the default lifecycle resolve their parameters in the context of the test they
     * are made for, so that they get the test's account.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    /** @return this extension's settings for the context, for messages that name where it comes from */
    Settings settings(ExtensionContext context) {
        return scopes.settings(context);
    }

    // ------------------------------------------------------------------------------------------------ the builder

    /**
     * Configures a {@link FakeGlueExtension} for a {@code @RegisterExtension} field. The defaults are those of
     * {@link FakeGlueTest}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String region = FakeDefaults.REGION;
        private int rowsPerPart = FakeDefaults.ROWS_PER_PART;
        private Transport transport = Transport.IN_PROCESS;
        private boolean resetPerTest = true;
        private boolean publishSystemProperties;
        private boolean failOnUnknownRequests = true;
        private final List<SeedSpec> seeds = new ArrayList<>();
        private final List<String> buckets = new ArrayList<>();

        private Builder() {}

        /**
         * @param region the fake's region; {@value FakeDefaults#REGION} by default. See {@link FakeGlueTest#region()}.
         * @return this
         */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * @param rowsPerPart the most labels in one exported part file; {@value FakeDefaults#ROWS_PER_PART} by
         *     default. See {@link FakeGlueTest#rowsPerPart()}.
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
         * {@link FakeGlueTest#publishSystemProperties()}. Unlike the annotation, the builder cannot take JUnit's lock
         * on the system properties: under parallel execution, annotate the class with
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
            Settings settings = settings();
            List<String> problems = settings.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("FakeGlueExtension.builder(): " + String.join("; ", problems));
            }
            return new FakeGlueExtension(settings);
        }

        /** @return the settings as given so far, not checked */
        Settings settings() {
            return new Settings(
                    new Settings.ServerSettings(region, rowsPerPart, transport),
                    resetPerTest,
                    publishSystemProperties,
                    failOnUnknownRequests,
                    List.copyOf(seeds),
                    List.copyOf(buckets),
                    false,
                    "a @RegisterExtension field built with FakeGlueExtension.builder()");
        }
    }
}
