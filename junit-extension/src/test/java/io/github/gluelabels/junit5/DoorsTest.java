package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.FakeGlueServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

@DisplayName("Two doors, one engine: @FakeGlueTest, @ExtendWith, and @RegisterExtension fields")
class DoorsTest {

    /** The accounts the fixtures' tests saw, in the order they ran. */
    static final List<FakeGlue> SEEN = new CopyOnWriteArrayList<>();

    /** The access key each fixture test had while it ran (a finished test's account is renamed for the next one). */
    static final List<String> KEYS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
        KEYS.clear();
    }

    @Test
    void theComposedAnnotationInjectsClientsForTheTestsAccount() {
        assertAllPassed(TestKit.run(Annotated.class), 1);
    }

    @TestKitFixture
    @FakeGlueTest
    static class Annotated {
        @Test
        void injected(GlueClient glue, S3Client s3, FakeGlue fake) {
            // in process by default (see TransportTest)
            assertThat(glue.serviceClientConfiguration().endpointOverride())
                    .hasValue(FakeGlueServer.IN_PROCESS_ENDPOINT);
            assertThat(glue.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(s3.serviceClientConfiguration().endpointOverride()).hasValue(FakeGlueServer.IN_PROCESS_ENDPOINT);
            fake.createTransform("tfm-doors");
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-doors")).transformId())
                    .isEqualTo("tfm-doors");
            s3.createBucket(r -> r.bucket("made-by-the-s3-client"));
            assertThat(fake.buckets()).containsExactly("made-by-the-s3-client");
        }
    }

    @Test
    void extendWithAloneUsesTheDefaults() {
        assertAllPassed(TestKit.run(ExtendedWith.class), 1);
    }

    @TestKitFixture
    @ExtendWith(FakeGlueExtension.class)
    static class ExtendedWith {
        @Test
        void injected(GlueClient glue, FakeGlue fake) {
            assertThat(fake.region()).isEqualTo("us-east-1");
            fake.createTransform("tfm-none");
            assertThat(glue.getMLTaskRuns(r -> r.transformId("tfm-none")).taskRuns())
                    .isEmpty();
        }
    }

    @Test
    void theAnnotationWorksAsAMetaAnnotationWithItsSettingsAndSeeds() {
        assertAllPassed(TestKit.run(MetaAnnotated.class), 1);
    }

    /** A team's own annotation, carrying the fake's settings and seeds. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @FakeGlueTest(region = "eu-west-1")
    @SeedLabels(transformId = "tfm-people", csv = "labels/people.csv", bucket = "eu-exports")
    @interface PeopleInEurope {}

    @TestKitFixture
    @PeopleInEurope
    static class MetaAnnotated {
        @Test
        void seededInTheRegion(GlueClient glue, FakeGlue fake) {
            assertThat(glue.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(fake.region()).isEqualTo("eu-west-1");
            assertThat(fake.labelCount("tfm-people")).isEqualTo(3);
            assertThat(fake.buckets()).containsExactly("eu-exports");
        }
    }

    @Test
    void aStaticFieldSharesOneServerAcrossTheClassWithAnAccountPerTest() {
        assertAllPassed(TestKit.run(StaticField.class), 2);

        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0).server()).isSameAs(SEEN.get(1).server());
        assertThat(KEYS.get(0)).isNotEqualTo(KEYS.get(1));
        assertThat(SEEN.get(0).server().isRunning())
                .as("stopped when the class ended")
                .isFalse();
    }

    @TestKitFixture
    static class StaticField {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder().build();

        @Test
        void one(FakeGlue fake) {
            SEEN.add(fake);
            KEYS.add(fake.accessKeyId());
        }

        @Test
        void two(FakeGlue fake) {
            SEEN.add(fake);
            KEYS.add(fake.accessKeyId());
        }
    }

    @Test
    void anInstanceFieldStartsAServerPerTest() {
        assertAllPassed(TestKit.run(InstanceField.class), 2);

        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0).server()).isNotSameAs(SEEN.get(1).server());
        assertThat(SEEN)
                .allSatisfy(fake -> assertThat(fake.server().isRunning()).isFalse());
    }

    @TestKitFixture
    static class InstanceField {
        @RegisterExtension
        FakeGlueExtension glue = FakeGlueExtension.builder().build();

        @Test
        void one(FakeGlue fake) {
            assertThat(fake.server().isRunning()).isTrue();
            SEEN.add(fake);
            KEYS.add(fake.accessKeyId());
        }

        @Test
        void two(FakeGlue fake) {
            assertThat(fake.server().isRunning()).isTrue();
            SEEN.add(fake);
            KEYS.add(fake.accessKeyId());
        }
    }

    @Test
    void theBuilderSetsTheRegionAndThePartSize() {
        assertAllPassed(TestKit.run(Built.class), 1);
    }

    @TestKitFixture
    static class Built {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder()
                .region("ap-southeast-2")
                .rowsPerPart(2)
                .seed("tfm-people", "labels/people.csv")
                .bucket("exports")
                .build();

        @Test
        void exportsInParts(GlueClient client, FakeGlue fake) {
            assertThat(fake.region()).isEqualTo("ap-southeast-2");
            client.startExportLabelsTaskRun(r -> r.transformId("tfm-people").outputS3Path("s3://exports/out"));
            assertThat(fake.objects("exports", "out/")).hasSize(2);
        }
    }

    @Test
    void theBuilderRefusesSettingsThatAreNotValidNamingEveryOne() {
        assertThatThrownBy(() -> FakeGlueExtension.builder()
                        .region("Not A Region")
                        .rowsPerPart(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FakeGlueExtension.builder(): region must be a region name such as us-east-1, was "
                        + "\"Not A Region\"; rowsPerPart must be at least 1, was 0");
    }
}
