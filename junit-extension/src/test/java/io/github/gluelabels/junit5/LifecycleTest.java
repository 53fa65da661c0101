package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeGlue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;

// ApacheHttpClient: deprecated in newer SDKs for apache5-client, but the client every supported SDK version has
@SuppressWarnings("deprecation")
@DisplayName("Lifecycle: @Nested classes, inheritance, PER_CLASS, constructors, and one account per class")
class LifecycleTest {

    /** What the fixtures' tests saw, by name. */
    static final Map<String, FakeGlue> SEEN = new ConcurrentHashMap<>();

    /**
     * The access key each fixture test had while it ran: an account a test is done with is reset and renamed (a new
     * key) for the next one, so the key is what tells two tests' accounts apart.
     */
    static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
        KEYS.clear();
    }

    @Test
    void nestedClassesShareTheServerOfTheirEnclosingClassUntilTheOutermostEnds() {
        assertAllPassed(TestKit.run(Outer.class), 4);

        assertThat(SEEN.values())
                .extracting(FakeGlue::server)
                .containsOnly(SEEN.get("outer").server());
        assertThat(KEYS.values()).doesNotHaveDuplicates();
        assertThat(SEEN.get("outer").server().isRunning()).isFalse();
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-outer", csv = "labels/people.csv")
    static class Outer {
        FakeGlue fromBeforeEach;

        @BeforeEach
        void seedAtRunTime(FakeGlue fake) {
            fromBeforeEach = fake;
            fake.seedLabels("tfm-before-each", "labeling_set_id,label\ns,A\n");
        }

        @Test
        void outer(FakeGlue fake) {
            SEEN.put("outer", fake);
            KEYS.put("outer", fake.accessKeyId());
        }

        @Nested
        @SeedLabels(transformId = "tfm-inner", csv = "labels/places.csv")
        class First {
            @Test
            void first(FakeGlue fake) {
                assertThat(fake.server().isRunning()).isTrue();
                assertThat(fake)
                        .as("the outer @BeforeEach got the same account")
                        .isSameAs(fromBeforeEach);
                assertThat(fake.labelCount("tfm-outer")).isEqualTo(3);
                assertThat(fake.labelCount("tfm-inner")).isEqualTo(2);
                assertThat(fake.labelCount("tfm-before-each")).isEqualTo(1);
                SEEN.put("first", fake);
                KEYS.put("first", fake.accessKeyId());
            }

            @Nested
            class Deeper {
                @Test
                void deeper(FakeGlue fake) {
                    assertThat(fake.labelCount("tfm-outer")).isEqualTo(3);
                    assertThat(fake.labelCount("tfm-inner")).isEqualTo(2);
                    SEEN.put("deeper", fake);
                    KEYS.put("deeper", fake.accessKeyId());
                }
            }
        }

        @Nested
        class Second {
            @Test
            void second(FakeGlue fake) {
                assertThat(fake.server().isRunning())
                        .as("still running after First ended")
                        .isTrue();
                assertThat(fake.labelCount("tfm-inner")).isZero();
                SEEN.put("second", fake);
                KEYS.put("second", fake.accessKeyId());
            }
        }
    }

    @Test
    void aNestedClassAskingForOtherSettingsGetsAServerOfItsOwn() {
        assertAllPassed(TestKit.run(OuterInUsEast.class), 2);

        assertThat(SEEN.get("inner").server()).isNotSameAs(SEEN.get("outer").server());
        assertThat(SEEN.get("inner").region()).isEqualTo("eu-central-1");
        assertThat(SEEN.get("inner").server().isRunning()).isFalse();
    }

    @TestKitFixture
    @FakeGlueTest
    static class OuterInUsEast {
        @Test
        void outer(FakeGlue fake) {
            SEEN.put("outer", fake);
            KEYS.put("outer", fake.accessKeyId());
        }

        @Nested
        @FakeGlueTest(region = "eu-central-1")
        class InEurope {
            @Test
            void inner(FakeGlue fake) {
                SEEN.put("inner", fake);
                KEYS.put("inner", fake.accessKeyId());
            }
        }
    }

    @Test
    void subclassesOfOneBaseEachGetAServerThatLivesAsLongAsThey() {
        assertAllPassed(
                TestKit.run(FirstSubclass.class, SecondSubclass.class, FirstOfField.class, SecondOfField.class), 4);

        assertThat(SEEN.get("FirstSubclass").server())
                .isNotSameAs(SEEN.get("SecondSubclass").server());
        assertThat(SEEN.get("FirstOfField").server())
                .isNotSameAs(SEEN.get("SecondOfField").server());
    }

    @FakeGlueTest
    @SeedLabels(transformId = "tfm-base", csv = "labels/people.csv")
    abstract static class AnnotatedBase {
        @Test
        void inherited(FakeGlue fake) {
            assertThat(fake.server().isRunning()).isTrue();
            assertThat(fake.labelCount("tfm-base")).isEqualTo(3);
            SEEN.put(getClass().getSimpleName(), fake);
            KEYS.put(getClass().getSimpleName(), fake.accessKeyId());
        }
    }

    @TestKitFixture
    static class FirstSubclass extends AnnotatedBase {}

    @TestKitFixture
    static class SecondSubclass extends AnnotatedBase {}

    /** The extension in a static field of a base class, which WireMock's users found stopped for the second subclass. */
    abstract static class BaseWithField {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder()
                .seed("tfm-base", "labels/people.csv")
                .build();

        @Test
        void inherited(FakeGlue fake, GlueClient client) {
            assertThat(client.getMLTransform(r -> r.transformId("tfm-base")).labelCount())
                    .isEqualTo(3);
            SEEN.put(getClass().getSimpleName(), fake);
            KEYS.put(getClass().getSimpleName(), fake.accessKeyId());
        }
    }

    @TestKitFixture
    static class FirstOfField extends BaseWithField {}

    @TestKitFixture
    static class SecondOfField extends BaseWithField {}

    @Test
    void eachTestsAccountIsForgottenWhenTheTestEndsAndTheServerWhenTheClassEndsEvenAfterFailures() {
        EngineExecutionResults results = TestKit.run(Forgotten.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(SEEN.get("first").server().isRunning()).isFalse();
    }

    @TestKitFixture
    @FakeGlueTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Forgotten {
        @Test
        @Order(1)
        void first(FakeGlue fake) {
            fake.createTransform("tfm-of-first");
            SEEN.put("first", fake);
            KEYS.put("first", fake.accessKeyId());
            throw new AssertionError("a test that fails still gives its account back");
        }

        @Test
        @Order(2)
        void second(FakeGlue fake) {
            FakeGlue first = SEEN.get("first");
            assertThat(first.server()).isSameAs(fake.server());
            // signed with the first test's key, a call now reaches the default account: the first test's state is gone
            try (GlueClient glue = GlueClient.builder()
                    .endpointOverride(first.glueEndpoint())
                    .region(Region.of(first.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(KEYS.get("first"), first.secretAccessKey())))
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .build()) {
                assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-of-first")))
                        .isInstanceOf(EntityNotFoundException.class);
            }
        }
    }

    @Test
    @DisabledIf("io.github.gluelabels.junit5.JupiterSupport#constructorsRunInTestScope")
    void onJUnit511AConstructorCannotTakeTheTestsAccount() {
        assertThat(TestKit.thrown(TestKit.run(ConstructorInjected.class)))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(ParameterResolutionException.class)
                        .hasMessageStartingWith("Cannot inject a FakeGlue into the constructor of "
                                + ConstructorInjected.class.getName())
                        .hasMessageEndingWith(
                                "(JUnit 5.11 makes test instances outside the test they are for; JUnit 5.12 and newer "
                                        + "make them inside it, and a constructor then gets the test's account.)"));
    }

    @Test
    @EnabledIf("io.github.gluelabels.junit5.JupiterSupport#constructorsRunInTestScope")
    void aConstructorGetsTheAccountOfTheTestItIsMadeFor() {
        assertAllPassed(TestKit.run(ConstructorInjected.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    static class ConstructorInjected {
        private final FakeGlue fromConstructor;

        ConstructorInjected(FakeGlue fake) {
            this.fromConstructor = fake;
        }

        @Test
        void one(FakeGlue fake) {
            assertThat(fake).isSameAs(fromConstructor);
        }

        @Test
        void two(FakeGlue fake) {
            assertThat(fake).isSameAs(fromConstructor);
        }
    }

    @Test
    void perClassInstancesStillGetAnAccountPerTest() {
        assertAllPassed(TestKit.run(PerClass.class), 2);

        assertThat(KEYS.get("one")).isNotEqualTo(KEYS.get("two"));
    }

    @TestKitFixture
    @FakeGlueTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        FakeGlue fromBeforeEach;

        @BeforeEach
        void before(FakeGlue fake) {
            fromBeforeEach = fake;
        }

        @Test
        @Order(1)
        void one(FakeGlue fake) {
            assertThat(fake).isSameAs(fromBeforeEach);
            fake.createTransform("tfm-of-one");
            SEEN.put("one", fake);
            KEYS.put("one", fake.accessKeyId());
        }

        @Test
        @Order(2)
        void two(FakeGlue fake) {
            assertThat(fake).isSameAs(fromBeforeEach);
            assertThat(fake.labelCount("tfm-of-one")).isZero();
            assertThat(fake.taskRuns()).isEmpty();
            SEEN.put("two", fake);
            KEYS.put("two", fake.accessKeyId());
        }
    }

    @Test
    void withoutResetPerTestTheClassAndItsNestedClassesShareOneAccount() {
        assertAllPassed(TestKit.run(Shared.class), 3);

        assertThat(KEYS.values()).containsOnly(KEYS.get("beforeAll"));
    }

    @TestKitFixture
    @FakeGlueTest(resetPerTest = false)
    @SeedLabels(transformId = "tfm-class", csv = "labels/people.csv")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Shared {
        private final FakeGlue fromConstructor;

        Shared(FakeGlue fake) {
            this.fromConstructor = fake;
        }

        @BeforeAll
        void prepare(FakeGlue fake, GlueClient glue) {
            assertThat(fake).isSameAs(fromConstructor);
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-class")).labelCount())
                    .isEqualTo(3);
            fake.seedLabels("tfm-before-all", "labeling_set_id,label\ns,A\n");
            SEEN.put("beforeAll", fake);
            KEYS.put("beforeAll", fake.accessKeyId());
        }

        @Test
        @Order(1)
        @SeedLabels(transformId = "tfm-method", csv = "labels/places.csv")
        void first(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-before-all")).isEqualTo(1);
            fake.createTransform("tfm-of-first");
            SEEN.put("first", fake);
            KEYS.put("first", fake.accessKeyId());
        }

        @Test
        @Order(2)
        void second(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-method"))
                    .as("not reset: the first test's seed stays")
                    .isEqualTo(2);
            assertThat(fake.buckets()).isEmpty();
            SEEN.put("second", fake);
            KEYS.put("second", fake.accessKeyId());
        }

        @Nested
        @SeedLabels(transformId = "tfm-nested", csv = "labels/places.csv")
        class Inner {
            @Test
            void inner(FakeGlue fake) {
                assertThat(fake.labelCount("tfm-class")).isEqualTo(3);
                assertThat(fake.labelCount("tfm-nested")).isEqualTo(2);
                SEEN.put("inner", fake);
                KEYS.put("inner", fake.accessKeyId());
            }
        }

        @AfterAll
        void stillThere(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-of-first")).isZero();
            assertThat(fake.server().isRunning()).isTrue();
        }
    }
}
