package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.FakeGlue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.glue.GlueClient;

@DisplayName("What the extension opens it closes when the class ends, and an account handed on starts afresh")
class ClosingAndRecyclingTest {

    private static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @Test
    void theServerAndTheInjectedClientsAreClosedWhenTheClassEnds() {
        assertAllPassed(TestKit.run(OverHttp.class), 1);

        FakeGlue fake = (FakeGlue) SEEN.get("fake");
        GlueClient glue = (GlueClient) SEEN.get("glue");
        // whether the freed port refuses a connection is not asked: another process may have taken it meanwhile
        assertThat(fake.server().isRunning()).isFalse();
        assertThatThrownBy(() -> glue.getMLTransform(r -> r.transformId("tfm-1")))
                .hasStackTraceContaining("Connection pool shut down");
    }

    @TestKitFixture
    @FakeGlueTest(transport = Transport.HTTP)
    static class OverHttp {
        @Test
        void uses(FakeGlue fake, GlueClient glue) {
            fake.createTransform("tfm-1");
            assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).transformId())
                    .isEqualTo("tfm-1");
            SEEN.put("fake", fake);
            SEEN.put("glue", glue);
        }
    }

    @Test
    void anAccountHandedToTheNextTestIsEmptiedAndSeededAgain() {
        assertAllPassed(TestKit.run(Recycled.class), 2);
    }

    @TestKitFixture
    @FakeGlueTest
    @SeedLabels(transformId = "tfm-class", csv = "labels/people.csv")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Recycled {
        @Test
        @Order(1)
        void first(FakeGlue fake) {
            assertThat(fake.labels("tfm-class")).hasValue(SeedingTest.resource("labels/people.csv"));
            fake.seedLabels("tfm-of-first", "labeling_set_id,label\ns,A\n");
            fake.seedLabels("tfm-class", "labeling_set_id,label\ns,A\n");
            SEEN.put("recycled", fake);
        }

        @Test
        @Order(2)
        void second(FakeGlue fake) {
            // the same account, handed on (what this test is about), and emptied of the first test's labels
            assertThat(fake).isSameAs(SEEN.get("recycled"));
            assertThat(fake.labels("tfm-of-first")).isEmpty();
            assertThat(fake.labels("tfm-class")).hasValue(SeedingTest.resource("labels/people.csv"));
        }
    }
}
