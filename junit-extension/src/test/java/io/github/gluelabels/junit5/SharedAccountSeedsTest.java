package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeGlue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DisplayName("A shared account gets each class's seeds once: a later test sees what an earlier one changed")
class SharedAccountSeedsTest {

    private static final String CHANGED = "labeling_set_id,label\ns,changed\n";

    @Test
    void classSeedsAreAppliedOncePerClass() {
        assertAllPassed(TestKit.run(ChangedByTheFirstTest.class), 3);
    }

    @TestKitFixture
    @FakeGlueTest(resetPerTest = false)
    @SeedLabels(transformId = "tfm-class", csv = "labels/people.csv")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ChangedByTheFirstTest {
        @Test
        @Order(1)
        void first(FakeGlue fake) {
            assertThat(fake.labelCount("tfm-class")).isEqualTo(3);
            fake.seedLabels("tfm-class", CHANGED);
        }

        @Test
        @Order(2)
        void second(FakeGlue fake) {
            assertThat(fake.labels("tfm-class"))
                    .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                            .isEqualTo(CHANGED));
        }

        @Nested
        @SeedLabels(transformId = "tfm-nested", csv = "labels/places.csv")
        class Inner {
            @Test
            void inner(FakeGlue fake) {
                assertThat(fake.labelCount("tfm-nested")).isEqualTo(2);
                fake.seedLabels("tfm-nested", CHANGED);
                assertThat(fake.labelCount("tfm-nested")).isEqualTo(1);
            }
        }
    }
}
