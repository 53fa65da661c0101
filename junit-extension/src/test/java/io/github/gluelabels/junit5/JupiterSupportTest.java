package io.github.gluelabels.junit5;

import static io.github.gluelabels.junit5.TestKit.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("JUnit Jupiter versions: from the floor on, and a plain message below it")
@ExtendWith(JupiterSupportTest.ContextResolver.class)
class JupiterSupportTest {

    /** Hands a test its own extension context, as JUnit hands it to extensions. */
    static final class ContextResolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ExtensionContext.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.11.0", "5.11.4", "5.12.2", "5.14.4", "6.0.0", "6.1.3", "5.11.0-M1", "10.0.0"})
    void theFloorAndNewerAreSupported(String version) {
        assertThatCode(() -> JupiterSupport.requireSupportedVersion(Optional.of(version)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.10.5", "5.9.3", "5.0.0", "4.13.2"})
    void olderVersionsFailTheClassNamingFoundAndNeeded(String version) {
        assertThatThrownBy(() -> JupiterSupport.requireSupportedVersion(Optional.of(version)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("glue-labels-junit5 needs JUnit Jupiter 5.11 or newer, and this test runs on JUnit Jupiter "
                        + version + " (junit-jupiter-api). Import a newer org.junit:junit-bom in your POM's "
                        + "<dependencyManagement> (Spring Boot 3.4 and newer bring one).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.11", "6", "5.11rc1", "5.12-SNAPSHOT", "5.123456789012"})
    void partsAreReadByTheirLeadingDigits(String version) {
        assertThat(JupiterSupport.isAtLeastFloor(version)).as(version).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "4", "5.10rc1", "5.x", "5.x11.0", "5.", "x.12", ""})
    void missingOrNonNumericPartsCountAsZero(String version) {
        assertThat(JupiterSupport.isAtLeastFloor(version)).as(version).isFalse();
    }

    @Test
    void aVersionBelowTheFloorFailsEveryClassThatAsks() {
        AtomicInteger reads = new AtomicInteger();
        JupiterSupport.VersionCheck check = new JupiterSupport.VersionCheck(() -> {
            reads.incrementAndGet();
            return Optional.of("5.10.5");
        });

        for (int i = 1; i <= 2; i++) {
            assertThatThrownBy(check::require)
                    .isInstanceOf(ExtensionConfigurationException.class)
                    .hasMessageStartingWith("glue-labels-junit5 needs JUnit Jupiter 5.11 or newer, and this test runs "
                            + "on JUnit Jupiter 5.10.5 (junit-jupiter-api).");
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void aSupportedVersionIsReadOnce() {
        AtomicInteger reads = new AtomicInteger();
        JupiterSupport.VersionCheck check = new JupiterSupport.VersionCheck(() -> {
            reads.incrementAndGet();
            return Optional.of("5.12.0");
        });

        check.require();
        check.require();

        assertThat(reads).hasValue(1);
    }

    @Test
    void aClassIsFoundByItsNameAndAMissingOneIsNot() {
        assertThat(JupiterSupport.hasClass("org.junit.jupiter.api.Test")).isTrue();
        assertThat(JupiterSupport.hasClass("org.junit.jupiter.api.NoSuchAnnotation"))
                .isFalse();
    }

    /**
     * The features are told by classes that JUnit 5.12 added; the version in junit-jupiter-api's manifest, another
     * source, must agree (on every JUnit this suite runs on: the floor, the BOM's and JUnit 6).
     */
    @Test
    void theFeaturesOfThisJUnitAgreeWithItsVersion() {
        String version = Test.class.getPackage().getImplementationVersion();
        assumeThat(version).as("junit-jupiter-api's version").isNotNull();
        String[] parts = version.split("[.-]", -1);
        boolean from512 = Integer.parseInt(parts[0]) > 5 || Integer.parseInt(parts[1]) >= 12;

        assertThat(JupiterSupport.annotationsProvideLocks()).as(version).isEqualTo(from512);
        assertThat(JupiterSupport.constructorsRunInTestScope()).as(version).isEqualTo(from512);
    }

    @Test
    void anUnknownVersionIsNotJudged() {
        assertThatCode(() -> JupiterSupport.requireSupportedVersion(Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void theJupiterOfThisRunIsSupported() {
        assertThatCode(JupiterSupport::requireSupportedVersion).doesNotThrowAnyException();
    }

    @Nested
    class Outer {
        @Nested
        class Inner {
            @Test
            void enclosingClassesAreListedOutermostFirst(ExtensionContext context) {
                assertThat(JupiterSupport.enclosingTestClasses(context))
                        .containsExactly(JupiterSupportTest.class, Outer.class);
            }
        }
    }

    /**
     * A class template (JUnit 5.13 and newer) has two contexts of its class above its nested classes: the template's
     * and the invocation's. Older JUnit ignores the annotations and runs the class once, with the same outcome.
     */
    @Test
    void anEnclosingClassWithTwoContextsIsListedOnce() {
        assertAllPassed(TestKit.run(Parameterized.class), 1);
    }

    @TestKitFixture
    @ParameterizedClass
    @ValueSource(ints = 1)
    @ExtendWith(ContextResolver.class)
    static class Parameterized {
        @Parameter
        int value;

        @Nested
        class Inner {
            @Test
            void listsTheParameterizedClassOnce(ExtensionContext context) {
                assertThat(JupiterSupport.enclosingTestClasses(context)).containsExactly(Parameterized.class);
            }
        }
    }

    @Test
    void aTopLevelClassHasNoEnclosingClasses(ExtensionContext context) {
        assertThat(JupiterSupport.enclosingTestClasses(context)).isEmpty();
    }
}
