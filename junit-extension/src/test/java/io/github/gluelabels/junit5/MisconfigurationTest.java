package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import io.github.gluelabels.fake.FakeGlue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.glue.GlueClient;

@DisplayName("Misconfiguration fails with a message that says what is wrong, where, and what to do")
class MisconfigurationTest {

    @Test
    void aMissingLabelingFileNamesTheResourceTheAnnotationAndTheClass() {
        EngineExecutionResults results = TestKit.run(MissingCsv.class);

        assertThat(results.testEvents().started().count()).as("no test runs").isZero();
        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Cannot seed the fake Glue for class " + MissingCsv.class.getName() + ":\n  - "
                        + "@SeedLabels(transformId = \"tfm-1\", csv = \"labels/missing.csv\") on class "
                        + MissingCsv.class.getName()
                        + ": there is no class path resource \"labels/missing.csv\". The path "
                        + "starts at the root of the class path: put the file at src/test/resources/labels/missing.csv (Maven "
                        + "and Gradle layout).");
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/missing.csv")
    static class MissingCsv {
        @Test
        void never() {}
    }

    @Test
    void aMalformedLabelingFileGivesTheFileAndTheLine() {
        EngineExecutionResults results = TestKit.run(RaggedCsv.class);

        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@SeedLabels(transformId = \"tfm-1\", csv = \"labels/ragged.csv\") on class "
                        + RaggedCsv.class.getName() + ": classpath:labels/ragged.csv line 3: ");
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/ragged.csv")
    static class RaggedCsv {
        @Test
        void never() {}
    }

    @Test
    void everyProblemOfTheClassIsReportedAtOnce() {
        EngineExecutionResults results = TestKit.run(ManyProblems.class);

        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage().split("\n  - "))
                        .hasSize(5)
                        .anySatisfy(line -> assertThat(line)
                                .startsWith("@SeedLabels(transformId = \"\", csv = \"labels/people.csv\")")
                                .contains("transformId must not be empty"))
                        .anySatisfy(line -> assertThat(line).contains("no class path resource \"labels/missing.csv\""))
                        .anySatisfy(line -> assertThat(line).contains("classpath:labels/wrong-header.csv"))
                        .anySatisfy(
                                line -> assertThat(line).startsWith("the bucket name \"Bad_Bucket\" is not valid")));
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "", csv = "labels/people.csv")
    @SeedLabels(transformId = "tfm-2", csv = "labels/missing.csv")
    @SeedLabels(transformId = "tfm-3", csv = "labels/wrong-header.csv")
    @FakeBucket("Bad_Bucket")
    static class ManyProblems {
        @Test
        void never() {}
    }

    @Test
    void aBadSeedOnAMethodFailsThatTestOnly() {
        EngineExecutionResults results = TestKit.run(BadMethodSeed.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .hasMessageStartingWith(
                                "Cannot seed the fake Glue for test " + BadMethodSeed.class.getName() + ".bad():")
                        .hasMessageContaining("on method " + BadMethodSeed.class.getName()
                                + ".bad(): classpath:labels/ragged.csv " + "line 3: "));
    }

    @TestKitFixture
    @FakeGlueTest
    static class BadMethodSeed {
        @Test
        @SeedLabels(transformId = "tfm-1", csv = "labels/ragged.csv")
        void bad() {}

        @Test
        void good(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-1")).isZero();
        }
    }

    @Test
    void settingsThatAreNotValidNameTheAnnotation() {
        EngineExecutionResults results = TestKit.run(BadSettings.class);

        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessage("@FakeGlueTest on " + BadSettings.class.getName()
                                + ": rowsPerPart must be at least 1, was 0"));
    }

    @TestKitFixture
    @FakeGlueTest(rowsPerPart = 0)
    static class BadSettings {
        @Test
        void never() {}
    }

    @Test
    void parameterTypesThatAreNotOursAreLeftToOtherResolvers() {
        EngineExecutionResults results = TestKit.run(OtherParameters.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .isInstanceOf(ParameterResolutionException.class)
                        .hasMessageStartingWith(
                                "No ParameterResolver registered for parameter [java.lang.StringBuilder"));
    }

    /** Resolves String parameters: stands for any other extension. */
    static final class Strings implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == String.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return "from another resolver";
        }
    }

    @TestKitFixture
    @FakeGlueTest
    @ExtendWith(Strings.class)
    static class OtherParameters {
        @Test
        void mixed(GlueClient glue, String text) {
            assertThat(text).isEqualTo("from another resolver");
        }

        @Test
        void unknown(StringBuilder nobodyResolvesThis) {}
    }

    @Test
    void aClientAskedForOutsideAnyTestSaysHowToGetOne() {
        EngineExecutionResults results = TestKit.run(OutsideAnyTest.class, OutsideAnyTestPerClass.class);

        List<Throwable> thrown = TestKit.thrown(results);
        assertThat(thrown)
                .hasSize(2)
                .allSatisfy(
                        e -> assertThat(e)
                                .isInstanceOf(ParameterResolutionException.class)
                                .hasMessageContaining("Cannot inject a GlueClient into method ")
                                .hasMessageContaining(
                                        ".setUp(): each test gets a fresh fake Glue account of its own (resetPerTest = true, "
                                                + "the default)")
                                .hasMessageEndingWith(
                                        "Take the parameter in a @BeforeEach, @AfterEach or test method instead, or share one "
                                                + "account across the class with @FakeGlueTest(resetPerTest = false) (builder: resetPerTest(false))."));
    }

    @TestKitFixture
    @FakeGlueTest
    static class OutsideAnyTest {
        @BeforeAll
        static void setUp(GlueClient glue) {}

        @Test
        void never() {}
    }

    @TestKitFixture
    @FakeGlueTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class OutsideAnyTestPerClass {
        @BeforeAll
        void setUp(GlueClient glue) {}

        @Test
        void never() {}
    }

    @Test
    void twoExtensionsForOneClassAreRefused() {
        EngineExecutionResults results = TestKit.run(TwoExtensions.class);

        assertThat(TestKit.thrown(results))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .isInstanceOf(ExtensionConfigurationException.class)
                        .hasMessageStartingWith(
                                "Two FakeGlueExtensions serve class " + TwoExtensions.class.getName() + ": ")
                        .hasMessageContaining("@FakeGlueTest on " + TwoExtensions.class.getName())
                        .hasMessageContaining("a @RegisterExtension field built with FakeGlueExtension.builder()")
                        .hasMessageEndingWith(
                                "Keep one, in the class, its superclasses and its enclosing classes: either "
                                        + "@FakeGlueTest (or @ExtendWith(FakeGlueExtension.class)), or a @RegisterExtension field built with "
                                        + "FakeGlueExtension.builder()."));
    }

    @TestKitFixture
    @FakeGlueTest
    static class TwoExtensions {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder().build();

        @Test
        void never() {}
    }
}
