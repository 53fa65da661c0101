package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeGlue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;

@DisplayName("The builder's calls chain: each returns the builder, and every setting of the chain is kept")
class BuilderChainTest {

    // built here, in the test, not in a fixture's static field: a static field is built once per JVM, so a builder
    // broken after the first build (or by a mutation tool between runs) would go unseen there
    @Test
    void everyCallOfAChainReturnsTheSameBuilderWithItsSettingKept() {
        FakeGlueExtension.Builder builder = FakeGlueExtension.builder();

        FakeGlueExtension.Builder chained = builder.seed("tfm-chain", "labels/people.csv")
                .bucket("chained-bucket")
                .transport(Transport.HTTP)
                .publishSystemProperties(false)
                .resetPerTest(true)
                .failOnUnknownRequests(false)
                .bucket("second-bucket");

        assertThat(chained).isSameAs(builder);
        Settings settings = chained.settings();
        assertThat(settings.seeds()).singleElement().satisfies(seed -> {
            assertThat(seed.transformId()).isEqualTo("tfm-chain");
            assertThat(seed.csv()).isEqualTo("labels/people.csv");
        });
        assertThat(settings.buckets()).containsExactly("chained-bucket", "second-bucket");
        assertThat(settings.server().transport()).isEqualTo(Transport.HTTP);
        assertThat(settings.failOnUnknownRequests()).isFalse();
        assertThat(chained.build()).isNotNull();
    }

    @Test
    void anExtensionBuiltByAChainSeedsCreatesBucketsAndListensOverHttp() {
        assertAllPassed(TestKit.run(Chained.class), 1);
    }

    @TestKitFixture
    static class Chained {
        @RegisterExtension
        static FakeGlueExtension glue = FakeGlueExtension.builder()
                .seed("tfm-chain", "labels/people.csv")
                .bucket("chained-bucket")
                .transport(Transport.HTTP)
                .build();

        @Test
        void configured(FakeGlue fake, GlueClient client) {
            assertThat(fake.labels("tfm-chain")).hasValue(SeedingTest.resource("labels/people.csv"));
            assertThat(fake.buckets()).containsExactly("chained-bucket");
            assertThat(client.serviceClientConfiguration().endpointOverride()).hasValue(fake.glueEndpoint());
            assertThat(fake.glueEndpoint().getScheme()).isEqualTo("http");
        }
    }
}
