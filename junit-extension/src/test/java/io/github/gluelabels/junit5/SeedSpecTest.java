package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

@DisplayName("Seeds as asked for: the file, the bucket, and where they were asked, word for word")
class SeedSpecTest {

    @SeedLabels(transformId = "tfm-1", csv = "/labels/people.csv", bucket = "labels-bucket")
    @SeedRecords(transformId = "tfm-2", csv = "records/people.csv", bucket = "records-bucket")
    static class WithBuckets {
        @SeedLabels(transformId = "tfm-3", csv = "labels/places.csv")
        @SeedRecords(transformId = "tfm-4", csv = "/records/people.csv")
        void method() {}

        String field;
    }

    private static Method method() throws NoSuchMethodException {
        return WithBuckets.class.getDeclaredMethod("method");
    }

    @Test
    void anAnnotationWithABucketSaysSoAndLosesTheLeadingSlashOfItsFile() {
        assertThat(SeedSpec.of(WithBuckets.class.getAnnotation(SeedLabels.class), WithBuckets.class))
                .isEqualTo(new SeedSpec(
                        "tfm-1",
                        "labels/people.csv",
                        "labels-bucket",
                        "@SeedLabels(transformId = \"tfm-1\", csv = \"/labels/people.csv\", bucket = \"labels-bucket\")"
                                + " on class " + WithBuckets.class.getName(),
                        false));
        assertThat(SeedSpec.of(WithBuckets.class.getAnnotation(SeedRecords.class), WithBuckets.class))
                .isEqualTo(new SeedSpec(
                        "tfm-2",
                        "records/people.csv",
                        "records-bucket",
                        "@SeedRecords(transformId = \"tfm-2\", csv = \"records/people.csv\", bucket = "
                                + "\"records-bucket\") on class " + WithBuckets.class.getName(),
                        true));
    }

    @Test
    void anAnnotationWithoutABucketOnAMethodSaysNeither() throws NoSuchMethodException {
        Method method = method();
        String where = " on method " + WithBuckets.class.getName() + ".method()";

        assertThat(SeedSpec.of(method.getAnnotation(SeedLabels.class), method))
                .isEqualTo(new SeedSpec(
                        "tfm-3",
                        "labels/places.csv",
                        "",
                        "@SeedLabels(transformId = \"tfm-3\", csv = \"labels/places.csv\")" + where,
                        false));
        assertThat(SeedSpec.of(method.getAnnotation(SeedRecords.class), method))
                .isEqualTo(new SeedSpec(
                        "tfm-4",
                        "records/people.csv",
                        "",
                        "@SeedRecords(transformId = \"tfm-4\", csv = \"/records/people.csv\")" + where,
                        true));
    }

    @Test
    void theBuildersSeedHasNoBucketUnlessGivenOne() {
        assertThat(SeedSpec.ofBuilder("tfm-5", "/labels/people.csv", null))
                .isEqualTo(new SeedSpec(
                        "tfm-5",
                        "labels/people.csv",
                        "",
                        "FakeGlueExtension.builder().seed(\"tfm-5\", \"/labels/people.csv\")",
                        false));
        assertThat(SeedSpec.ofBuilder("tfm-5", "labels/people.csv", "a-bucket").bucket())
                .isEqualTo("a-bucket");
        assertThat(SeedSpec.ofBuilder("tfm-5", "labels/people.csv", "a-bucket").source())
                .isEqualTo("classpath:labels/people.csv");
    }

    @Test
    void placesAreNamedByWhatTheyAre() throws NoSuchFieldException, NoSuchMethodException {
        Field field = WithBuckets.class.getDeclaredField("field");

        assertThat(SeedSpec.describe(WithBuckets.class)).isEqualTo("class " + WithBuckets.class.getName());
        assertThat(SeedSpec.describe(SeedLabels.class)).isEqualTo("annotation @" + SeedLabels.class.getName());
        assertThat(SeedSpec.describe(method())).isEqualTo("method " + WithBuckets.class.getName() + ".method()");
        assertThat(SeedSpec.describe(field)).isEqualTo(field.toString());
    }

    /** Two annotations that carry each other, and a seed. */
    @Retention(RetentionPolicy.RUNTIME)
    @CarriesTheFirst
    @SeedLabels(transformId = "tfm-cycle", csv = "labels/people.csv")
    @interface CarriesTheSecond {}

    @Retention(RetentionPolicy.RUNTIME)
    @CarriesTheSecond
    @FakeBucket("cycle-bucket")
    @interface CarriesTheFirst {}

    @CarriesTheFirst
    static class InACycle {}

    @Test
    void annotationsThatCarryEachOtherAreReadOnce() {
        Seeds seeds = Seeds.declaredOn(InACycle.class, List.of(), List.of(), "class InACycle");

        assertThat(seeds.seeds())
                .extracting(loaded -> loaded.spec().origin())
                .containsExactly("@SeedLabels(transformId = \"tfm-cycle\", csv = \"labels/people.csv\") on annotation @"
                        + CarriesTheSecond.class.getName());
        assertThat(seeds.buckets()).containsExactly("cycle-bucket");
    }

    @SeedRecords(transformId = "tfm-a", csv = "records/people.csv")
    @SeedRecords(transformId = "tfm-b", csv = "records/people.csv", bucket = "records-bucket")
    static class TwoRecordSeeds {}

    @Test
    void repeatedRecordSeedsAreAllRead() {
        Seeds seeds = Seeds.declaredOn(TwoRecordSeeds.class, List.of(), List.of(), "class TwoRecordSeeds");

        assertThat(seeds.seeds())
                .extracting(loaded ->
                        loaded.spec().transformId() + " " + loaded.spec().records())
                .containsExactly("tfm-a true", "tfm-b true");
        assertThat(seeds.buckets()).containsExactly("records-bucket");
    }

    @SeedLabels(transformId = "tfm-1", csv = "")
    static class EmptyPath {}

    @Test
    void anEmptyPathIsNoResource() {
        assertThatThrownBy(() -> Seeds.declaredOn(EmptyPath.class, List.of(), List.of(), "class EmptyPath"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Cannot seed the fake Glue for class EmptyPath:\n  - @SeedLabels(transformId = \"tfm-1\", "
                        + "csv = \"\") on class " + EmptyPath.class.getName() + ": there is no class path resource "
                        + "\"\". The path starts at the root of the class path: put the file at src/test/resources/ "
                        + "(Maven and Gradle layout).");
    }
}
