package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeGlue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Seeds: on the class, the method, the superclass, the builder and at run time; buckets the test names")
class SeedingTest {

    static byte[] resource(String path) {
        try (InputStream in = SeedingTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void classSeedsApplyToEveryTestAndMethodSeedsToThatTestOnly() {
        assertAllPassed(TestKit.run(ClassAndMethod.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv")
    static class ClassAndMethod {
        @Test
        @SeedLabels(transformId = "tfm-places", csv = "/labels/places.csv")
        void withItsOwnSeed(FakeGlue fake) {
            assertThat(fake.labels("tfm-people")).hasValue(resource("labels/people.csv"));
            assertThat(fake.labels("tfm-places")).hasValue(resource("labels/places.csv"));
        }

        @Test
        void withoutIt(FakeGlue fake) {
            assertThat(fake.labels("tfm-people")).hasValue(resource("labels/people.csv"));
            assertThat(fake.labelCount("tfm-places")).isZero();
        }
    }

    @Test
    void theMoreSpecificSeedOfATransformWins() {
        assertAllPassed(TestKit.run(Overridden.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-1", csv = "labels/people.csv")
    static class Overridden {
        @Test
        @SeedLabels(transformId = "tfm-1", csv = "labels/places.csv")
        void methodOverClass(FakeGlue fake) {
            assertThat(fake.labels("tfm-1")).hasValue(resource("labels/places.csv"));
        }

        @Test
        void classOtherwise(FakeGlue fake) {
            assertThat(fake.labels("tfm-1")).hasValue(resource("labels/people.csv"));
        }
    }

    @Test
    void seedsOfSuperclassesApplyAndASubclassWins() {
        assertAllPassed(TestKit.run(Subclass.class), 1);
    }

    @FakeGlueTest
    @SeedLabels(transformId = "tfm-base", csv = "labels/people.csv")
    @SeedLabels(transformId = "tfm-shared", csv = "labels/people.csv")
    @FakeBucket("base-bucket")
    abstract static class Base {}

    @TestKitFixture
    @SeedLabels(transformId = "tfm-shared", csv = "labels/places.csv")
    static class Subclass extends Base {
        @Test
        void seeded(FakeGlue fake) {
            assertThat(fake.labels("tfm-base")).hasValue(resource("labels/people.csv"));
            assertThat(fake.labels("tfm-shared")).hasValue(resource("labels/places.csv"));
            assertThat(fake.buckets()).containsExactly("base-bucket");
        }
    }

    @Test
    void builderSeedsApplyBeforeTheAnnotations() {
        assertAllPassed(TestKit.run(Builder.class), 1);
    }

    @TestKitFixture
    @SeedLabels(transformId = "tfm-both", csv = "labels/places.csv")
    static class Builder {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder()
                .seed("tfm-builder", "labels/people.csv")
                .seed("tfm-both", "labels/people.csv")
                .build();

        @Test
        void seeded(FakeGlue fake) {
            assertThat(fake.labels("tfm-builder")).hasValue(resource("labels/people.csv"));
            assertThat(fake.labels("tfm-both")).hasValue(resource("labels/places.csv"));
        }
    }

    @Test
    void aTestSeedsAtRunTimeThroughItsAccount() {
        assertAllPassed(TestKit.run(RunTime.class), 1);
    }

    @TestKitFixture
    @FakeGlueTest
    static class RunTime {
        @Test
        void seeds(FakeGlue fake) {
            fake.seedLabels("tfm-now", "labeling_set_id,label\ns,A\n");
            assertThat(fake.labelCount("tfm-now")).isEqualTo(1);
        }
    }

    @Test
    void theBucketsTheTestNamesExist() {
        assertAllPassed(TestKit.run(Buckets.class), 1);
    }

    @TestKitFixture
    @SeedLabels(transformId = "tfm-1", csv = "labels/people.csv", bucket = "seed-bucket")
    @FakeBucket("class-bucket")
    @FakeBucket("another-class-bucket")
    static class Buckets {
        @RegisterExtension
        static FakeGlueExtension glue =
                FakeGlueExtension.builder().bucket("builder-bucket").build();

        @Test
        @FakeBucket("method-bucket")
        void exist(FakeGlue fake) {
            assertThat(fake.buckets())
                    .containsExactlyInAnyOrder(
                            "seed-bucket", "class-bucket", "another-class-bucket", "builder-bucket", "method-bucket");
        }
    }
}
