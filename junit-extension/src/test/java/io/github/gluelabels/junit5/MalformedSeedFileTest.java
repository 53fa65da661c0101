package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import io.github.gluelabels.fake.FakeGlue;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code @SeedLabels} with each kind of malformed labeling file (the wrong header and the ragged row are in
 * {@link MisconfigurationTest}): the class fails before any test runs, with the annotation, the file and the line;
 * and on a method, the test that needed the labels fails while the others see a fake without them.
 */
@DisplayName("@SeedLabels with a malformed labeling file")
class MalformedSeedFileTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(
                        BadQuoting.class,
                        "labels/bad-quoting.csv",
                        "classpath:labels/bad-quoting.csv line 3: a closing "
                                + "quote is followed by other characters before the next comma or line break; inside a quoted field, "
                                + "write a quote as two quotes \"\""),
                Arguments.of(
                        NotUtf8.class,
                        "labels/not-utf8.csv",
                        "classpath:labels/not-utf8.csv line 3: the byte 0xEB is "
                                + "not valid UTF-8 (at byte offset 49 of the file): a labeling file must be encoded in UTF-8; convert it "
                                + "to UTF-8 and try again"),
                Arguments.of(
                        Empty.class,
                        "labels/empty.csv",
                        "classpath:labels/empty.csv is empty: a labeling file starts "
                                + "with the header labeling_set_id,label,…"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    @DisplayName("on a class: no test runs, and the message names the annotation, the file and the line")
    void onAClass(Class<?> fixture, String csv, String problem) {
        EngineExecutionResults results = TestKit.run(fixture);

        assertThat(results.testEvents().started().count()).as("tests started").isZero();
        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(
                        "Cannot seed the fake Glue for class " + fixture.getName() + ":\n  - @SeedLabels(transformId = "
                                + "\"tfm-1\", csv = \"" + csv + "\") on class " + fixture.getName() + ": " + problem);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/bad-quoting.csv")
    static class BadQuoting {
        @Test
        void never() {}
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/not-utf8.csv")
    static class NotUtf8 {
        @Test
        void never() {}
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/empty.csv")
    static class Empty {
        @Test
        void never() {}
    }

    @Test
    @DisplayName("after a good one on the same method: the test fails, and the next test's fake has neither")
    void afterAGoodSeedOnAMethod() {
        EngineExecutionResults results = TestKit.run(GoodThenBad.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(TestKit.thrown(results))
                .singleElement(THROWABLE)
                .hasMessageContaining("classpath:labels/not-utf8.csv line 3: the byte 0xEB is not valid UTF-8");
    }

    @TestKitFixture
    @FakeGlueTest
    static class GoodThenBad {
        @Test
        @SeedLabels(transformId = "tfm-good", csv = "labels/people.csv")
        @SeedLabels(transformId = "tfm-bad", csv = "labels/not-utf8.csv")
        void a() {}

        @Test
        void b(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-good")).isZero();
            assertThat(fake.labelCount("tfm-bad")).isZero();
        }
    }
}
