package io.github.gluelabels.junit5;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What users may call is what the fake makes public outside {@code fake.internal}; this module holds to it too. */
@DisplayName("Layering: the fake's internals and WireMock are not used here")
class LayeringTest {

    /** This module's main classes, as compiled: what its jar holds (before shading). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void nothingHereUsesTheFakesInternals() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.gluelabels.fake.internal..")
                .check(CLASSES);
    }

    @Test
    void nothingHereUsesWireMockOrJetty() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.github.tomakehurst..",
                        "org.wiremock..",
                        "wiremock..",
                        "io.github.gluelabels.fake.shaded..")
                .check(CLASSES);
    }
}
