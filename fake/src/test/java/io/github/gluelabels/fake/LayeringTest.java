package io.github.gluelabels.fake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fake's fences: WireMock and Jetty stay behind its HTTP front, where the shading relocates them together; its
 * API (the package {@code io.github.gluelabels.fake}) names no internal type, so users never need one.
 */
@DisplayName("Layering: WireMock behind the HTTP front, internals out of the API")
class LayeringTest {

    /** This module's main classes, as compiled: what its jar holds (before shading). */
    private static final JavaClasses FAKE = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void wireMockAndJettyAreUsedOnlyByTheHttpFront() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.gluelabels.fake.internal.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.github.tomakehurst..", "org.wiremock..", "wiremock..", "org.eclipse.jetty..")
                .check(FAKE);
    }

    private static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe(
            "an internal type", type -> type.getPackageName().startsWith("io.github.gluelabels.fake.internal"));

    @Test
    void thePublicApiReturnsNoInternalType() {
        noMethods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.gluelabels.fake")
                .should()
                .haveRawReturnType(INTERNAL)
                .check(FAKE);
    }

    @Test
    void thePublicApiTakesNoInternalType() {
        noMethods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.github.gluelabels.fake")
                .should()
                .haveRawParameterTypes(DescribedPredicate.describe(
                        "an internal type among them", types -> types.stream().anyMatch(INTERNAL)))
                .check(FAKE);
    }

    @Test
    void theFakeDependsOnNoneOfTheModulesBuiltOnIt() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("io.github.gluelabels.junit5..", "io.github.gluelabels.maven..")
                .check(FAKE);
    }
}
